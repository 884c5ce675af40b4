package io.oxlinkit.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.oxlinkit.application.RedirectResult;
import io.oxlinkit.application.StepResult;
import io.oxlinkit.domain.account.Account;
import io.oxlinkit.domain.challenge.ChallengeAnswer;
import io.oxlinkit.domain.consent.ConsentDecision;
import io.oxlinkit.domain.id.ChannelDefinitionId;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.CredentialId;
import io.oxlinkit.domain.id.ProviderId;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.domain.journey.NextStep;
import io.oxlinkit.domain.secret.SecretValue;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Journeys used as set-up by the adapter's other tests. The journeys themselves are asserted by the API
 * contract's {@code KitJourneys} suite, on the sandbox as on the fake.
 */
final class SandboxJourneys {

    static final ProviderId BANK_87 = ProviderId.of("87");
    static final ChannelDefinitionId EMBEDDED = ChannelDefinitionId.of("8702");
    static final ProviderId HSBC = ProviderId.of("119");
    static final ChannelDefinitionId REDIRECT = ChannelDefinitionId.of("redirect1");
    static final URI CALLBACK = URI.create("https://host.example/oxlin/callback");

    private SandboxJourneys() {}

    static Map<CredentialId, SecretValue> credentials(String password) {
        Map<CredentialId, SecretValue> values = new HashMap<>();
        values.put(CredentialId.of("300"), SecretValue.of("alice"));
        values.put(CredentialId.of("301"), SecretValue.of(password));
        return values;
    }

    /** Journey (a) up to Done; returns the connection. */
    static ConnectionId embeddedJourney(SandboxKit env, UserId user) {
        StepResult started = env.kit.startEmbeddedConnection(user, BANK_87, EMBEDDED, credentials("correct-horse"));
        assertThat(started).as(started.toString()).isInstanceOf(StepResult.Proceeded.class);
        ConnectionId connection = started.connection().orElseThrow();
        assertThat(env.pumpAndNext(user, connection)).isInstanceOf(NextStep.AnswerChallenge.class);
        assertThat(env.kit.answerChallenge(connection, ChallengeAnswer.ok())).isInstanceOf(StepResult.Proceeded.class);
        NextStep code = env.pumpAndNext(user, connection);
        assertThat(code)
                .isInstanceOfSatisfying(
                        NextStep.AnswerChallenge.class,
                        c -> assertThat(c.prompt().inputs())
                                .extracting(i -> i.id().value())
                                .containsExactly("306"));
        env.kit.answerChallenge(
                connection, ChallengeAnswer.ok(Map.of(CredentialId.of("306"), SecretValue.of("999999"))));
        NextStep retry = env.pumpAndNext(user, connection);
        assertThat(retry)
                .isInstanceOfSatisfying(
                        NextStep.AnswerChallenge.class,
                        c -> assertThat(c.prompt().errorMessages())
                                .containsExactly("Code invalide. Encore 2 tentatives"));
        env.kit.answerChallenge(
                connection, ChallengeAnswer.ok(Map.of(CredentialId.of("306"), SecretValue.of("123456"))));
        NextStep consent = env.pumpAndNext(user, connection);
        List<Account> pending = ((NextStep.CollectConsent) consent).request().pendingAccounts();
        assertThat(pending).hasSize(2);
        env.kit.giveConsent(
                connection,
                List.of(
                        ConsentDecision.grant(pending.get(0).id()),
                        ConsentDecision.decline(pending.get(1).id())));
        assertThat(env.pumpAndNext(user, connection)).isEqualTo(new NextStep.Done(connection));
        assertThat(env.kit.accounts(connection))
                .extracting(Account::id)
                .containsExactly(pending.get(0).id());
        assertThat(env.stores.transactions().count(pending.get(0).id())).isEqualTo(250);
        return connection;
    }

    /** Journey (b) up to Done; returns the connection. */
    static ConnectionId redirectJourney(SandboxKit env, UserId user) throws Exception {
        RedirectResult outcome = env.kit.startRedirectConnection(user, HSBC, REDIRECT, CALLBACK);
        URI authorize = outcome.url().orElseThrow();
        Map<String, String> callback = SandboxKit.approveInBrowser(authorize);
        StepResult completed = env.kit.completeRedirect(user, callback);
        ConnectionId connection = completed.connection().orElseThrow();
        NextStep consent = env.pumpAndNext(user, connection);
        List<Account> pending = ((NextStep.CollectConsent) consent).request().pendingAccounts();
        env.kit.giveConsent(
                connection,
                pending.stream().map(a -> ConsentDecision.grant(a.id())).toList());
        assertThat(env.pumpAndNext(user, connection)).isEqualTo(new NextStep.Done(connection));
        for (Account account : pending) {
            assertThat(env.stores.transactions().count(account.id())).isEqualTo(250);
        }
        return connection;
    }
}
