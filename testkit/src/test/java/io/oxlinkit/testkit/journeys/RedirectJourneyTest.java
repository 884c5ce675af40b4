package io.oxlinkit.testkit.journeys;

import io.oxlinkit.application.RedirectResult;
import static org.assertj.core.api.Assertions.assertThat;

import io.oxlinkit.application.StartRedirectConnection;
import io.oxlinkit.application.StepResult;
import io.oxlinkit.domain.consent.ConsentDecision;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.domain.journey.NextStep;
import io.oxlinkit.domain.redirect.RedirectState;
import io.oxlinkit.testkit.data.Banks;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Journey (b): a REDIRECT connection created by OXLIN through the callback, consent, sync; and the client-handled mode. */
class RedirectJourneyTest {

    static final URI CALLBACK = URI.create("https://host.example/oxlin/callback");

    private KitHarness harness;
    private UserId user;

    @BeforeEach
    void setUp() {
        harness = new KitHarness();
        harness.api.bank(Banks.hsbc()).listsAccounts("Compte chèques", "Carte").transactionsPerAccount(42);
        user = harness.kit.createUser("carol@host.example");
    }

    /** Runs the redirect journey to Done and returns the connection. */
    static ConnectionId connect(KitHarness harness, UserId user) {
        RedirectResult outcome = harness.kit.startRedirectConnection(user, Banks.hsbc().id(), Banks.HSBC_REDIRECT, CALLBACK);
        URI url = outcome.url().orElseThrow();
        Map<String, String> callback = harness.api.completeAuthorization(url);
        StepResult completed = harness.kit.completeRedirect(user, callback);
        ConnectionId connection = completed.connection().orElseThrow();
        NextStep consent = harness.pumpAndNext(user, connection);
        List<ConsentDecision> all = ((NextStep.CollectConsent) consent).request().pendingAccounts().stream()
                .map(a -> ConsentDecision.grant(a.id())).toList();
        harness.kit.giveConsent(connection, all);
        assertThat(harness.pumpAndNext(user, connection)).isEqualTo(new NextStep.Done(connection));
        return connection;
    }

    @Test
    void clientHandledRedirectCreatesTheConnectionFromTheCode() {
        RedirectResult outcome = harness.kit.startClientHandledRedirect(user, Banks.hsbc().id(), Banks.HSBC_REDIRECT,
                CALLBACK, Optional.of(new RedirectState("customer-42")));
        Map<String, String> callback = harness.api.completeAuthorization(outcome.url().orElseThrow());
        assertThat(callback).containsEntry("state", "customer-42").containsKey("code");

        StepResult completed = harness.kit.completeClientHandledRedirect(user, Banks.hsbc().id(), Banks.HSBC_REDIRECT, callback);
        ConnectionId connection = completed.connection().orElseThrow();
        assertThat(harness.api.count("POST /connections")).isEqualTo(1);
        assertThat(harness.pumpAndNext(user, connection)).isInstanceOf(NextStep.CollectConsent.class);
    }

    @Test
    void anEmbeddedChannelCannotStartARedirect() {
        RedirectResult outcome = harness.kit.startRedirectConnection(user, Banks.hsbc().id(), Banks.HSBC_EMBEDDED, CALLBACK);
        assertThat(outcome).isInstanceOfSatisfying(RedirectResult.Refused.class,
                r -> assertThat(r.reason()).isEqualTo(StepResult.Reason.WRONG_CHANNEL_MODE));
    }

    @Test
    void aFailedRedirectIsReported() {
        StepResult result = harness.kit.completeRedirect(user, Map.of("error", "access_denied"));
        assertThat(result).isInstanceOfSatisfying(StepResult.Refused.class,
                r -> assertThat(r.message()).contains("access_denied"));
    }
}
