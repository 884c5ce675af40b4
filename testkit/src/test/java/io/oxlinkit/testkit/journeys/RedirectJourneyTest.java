package io.oxlinkit.testkit.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import io.oxlinkit.application.RedirectResult;
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
        RedirectResult outcome =
                harness.kit.startRedirectConnection(user, Banks.hsbc().id(), Banks.HSBC_REDIRECT, CALLBACK);
        URI url = outcome.url().orElseThrow();
        Map<String, String> callback = harness.api.completeAuthorization(url);
        StepResult completed = harness.kit.completeRedirect(user, callback);
        ConnectionId connection = completed.connection().orElseThrow();
        NextStep consent = harness.pumpAndNext(user, connection);
        List<ConsentDecision> all = ((NextStep.CollectConsent) consent)
                .request().pendingAccounts().stream()
                        .map(a -> ConsentDecision.grant(a.id()))
                        .toList();
        harness.kit.giveConsent(connection, all);
        assertThat(harness.pumpAndNext(user, connection)).isEqualTo(new NextStep.Done(connection));
        return connection;
    }

    @Test
    void clientHandledRedirectCreatesTheConnectionFromTheCode() {
        RedirectResult outcome = harness.kit.startClientHandledRedirect(
                user, Banks.hsbc().id(), Banks.HSBC_REDIRECT, CALLBACK, Optional.of(new RedirectState("customer-42")));
        Map<String, String> callback =
                harness.api.completeAuthorization(outcome.url().orElseThrow());
        assertThat(callback).containsEntry("state", "customer-42").containsKey("code");

        StepResult completed =
                harness.kit.completeClientHandledRedirect(user, Banks.hsbc().id(), Banks.HSBC_REDIRECT, callback);
        ConnectionId connection = completed.connection().orElseThrow();
        assertThat(harness.api.count("POST /connections")).isEqualTo(1);
        assertThat(harness.pumpAndNext(user, connection)).isInstanceOf(NextStep.CollectConsent.class);
    }

    @Test
    void aClientHandledRedirectWithoutAHostStateGetsOneFromTheKitAndTheCallbackMustCarryIt() {
        RedirectResult outcome = harness.kit.startClientHandledRedirect(
                user, Banks.hsbc().id(), Banks.HSBC_REDIRECT, CALLBACK, Optional.empty());
        Map<String, String> callback =
                harness.api.completeAuthorization(outcome.url().orElseThrow());
        assertThat(callback.get("state")).as("issued by the kit").isNotBlank().hasSizeGreaterThanOrEqualTo(32);
        Map<String, String> tampered = new java.util.HashMap<>(callback);
        tampered.put("state", callback.get("state") + "x");
        Map<String, String> stateless = new java.util.HashMap<>(callback);
        stateless.remove("state");
        for (Map<String, String> forged : List.of(tampered, stateless)) {
            assertThat(harness.kit.completeClientHandledRedirect(
                            user, Banks.hsbc().id(), Banks.HSBC_REDIRECT, forged))
                    .isInstanceOfSatisfying(
                            StepResult.Refused.class,
                            r -> assertThat(r.reason()).isEqualTo(StepResult.Reason.REDIRECT_STATE_MISMATCH));
        }
        assertThat(harness.api.count("POST /connections"))
                .as("no connection from a forged callback")
                .isZero();
        assertThat(harness.kit
                        .completeClientHandledRedirect(user, Banks.hsbc().id(), Banks.HSBC_REDIRECT, callback)
                        .connection())
                .isPresent();
        assertThat(harness.kit.completeClientHandledRedirect(user, Banks.hsbc().id(), Banks.HSBC_REDIRECT, callback))
                .as("a state is spent once accepted: a replay is refused")
                .isInstanceOfSatisfying(
                        StepResult.Refused.class,
                        r -> assertThat(r.reason()).isEqualTo(StepResult.Reason.REDIRECT_STATE_MISMATCH));
        assertThat(harness.api.count("POST /connections")).isEqualTo(1);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(
            strings = {
                "javascript:alert(1)",
                "http://host.example/back",
                "data:text/html,x",
                "/relative/back",
                "https://user:pw@host.example/back",
                "ftp://host.example/back"
            })
    void aRedirectTargetThatIsNotHttpsIsRefusedBeforeTheUserIsSent(String target) {
        RedirectResult outcome = harness.kit.startRedirectConnection(
                user, Banks.hsbc().id(), Banks.HSBC_REDIRECT, java.net.URI.create(target));
        assertThat(outcome)
                .isInstanceOfSatisfying(
                        RedirectResult.Refused.class,
                        r -> assertThat(r.reason()).isEqualTo(StepResult.Reason.UNSAFE_REDIRECT_URI));
        assertThat(harness.kit.startRedirectConnection(
                        user,
                        Banks.hsbc().id(),
                        Banks.HSBC_REDIRECT,
                        java.net.URI.create("http://127.0.0.1:8080/back")))
                .as("http to loopback, for development")
                .isInstanceOf(RedirectResult.SendUser.class);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"connection_id", "code", "state"})
    void aCraftedCallbackIsARefusalNotAnException(String field) {
        Map<String, String> crafted = new java.util.HashMap<>(Map.of("code", "c", "connection_id", "1"));
        crafted.put(field, "x".repeat(100_000) + "|\u0000");
        Map<String, String> withCode = new java.util.HashMap<>(Map.of("code", "c"));
        withCode.put(field, crafted.get(field));
        StepResult completed = field.equals("connection_id")
                ? harness.kit.completeRedirect(user, crafted)
                : harness.kit.completeClientHandledRedirect(user, Banks.hsbc().id(), Banks.HSBC_REDIRECT, withCode);
        assertThat(completed).isInstanceOf(StepResult.Refused.class);
    }

    @Test
    void anEmbeddedChannelCannotStartARedirect() {
        RedirectResult outcome =
                harness.kit.startRedirectConnection(user, Banks.hsbc().id(), Banks.HSBC_EMBEDDED, CALLBACK);
        assertThat(outcome)
                .isInstanceOfSatisfying(
                        RedirectResult.Refused.class,
                        r -> assertThat(r.reason()).isEqualTo(StepResult.Reason.WRONG_CHANNEL_MODE));
    }

    @Test
    void aFailedRedirectIsReported() {
        StepResult result = harness.kit.completeRedirect(user, Map.of("error", "access_denied"));
        assertThat(result)
                .isInstanceOfSatisfying(
                        StepResult.Refused.class, r -> assertThat(r.message()).contains("access_denied"));
    }
}
