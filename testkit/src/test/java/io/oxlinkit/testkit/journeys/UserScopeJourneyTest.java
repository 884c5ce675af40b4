package io.oxlinkit.testkit.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import io.oxlinkit.application.StepResult;
import io.oxlinkit.application.UserScope;
import io.oxlinkit.domain.challenge.ChallengeAnswer;
import io.oxlinkit.domain.consent.ConsentDecision;
import io.oxlinkit.domain.id.AccountId;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.CredentialId;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.domain.secret.SecretValue;
import io.oxlinkit.testkit.data.Banks;
import io.oxlinkit.testkit.drive.Autopilot;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Two users of one kit: through {@code kit.forUser(bob)}, alice's connection and account ids are answered as
 * unknown ones (nothing read, nothing changed, values wiped), while bob's own work as through the kit.
 */
class UserScopeJourneyTest {

    @Test
    void anotherUsersIdsAreUnknownThroughAUserScope() {
        KitHarness harness = new KitHarness();
        harness.api
                .bank(Banks.linxoTestBank())
                .listsAccounts("Compte courant")
                .transactionsPerAccount(20)
                .acceptsCredential("301", EmbeddedJourneyTest.PASSWORD);
        UserId alice = harness.kit.createUser("alice@host.example");
        UserId bob = harness.kit.createUser("bob@host.example");
        ConnectionId alices = connect(harness, alice);
        ConnectionId bobs = connect(harness, bob);
        AccountId alicesAccount = harness.kit.accounts(alices).get(0).id();
        UserScope asBob = harness.kit.forUser(bob);
        int callsBefore = harness.api.calls().size();

        assertThat(asBob.owns(alices)).isFalse();
        assertThat(asBob.nextStep(alices)).isEmpty();
        assertThat(asBob.connection(alices)).isEmpty();
        assertThat(asBob.accounts(alices)).isEmpty();
        assertThat(asBob.transactions(alicesAccount, 0, 100)).isEmpty();
        assertThat(asBob.answerChallenge(alices, ChallengeAnswer.ok(Map.of())))
                .isInstanceOfSatisfying(
                        StepResult.Refused.class,
                        r -> assertThat(r.reason()).isEqualTo(StepResult.Reason.UNKNOWN_CONNECTION));
        assertThat(asBob.giveConsent(alices, List.of(ConsentDecision.decline(alicesAccount))))
                .isInstanceOf(StepResult.Refused.class);
        SecretValue typed = SecretValue.of("new-password");
        Map<CredentialId, SecretValue> values = new HashMap<>(Map.of(CredentialId.of("301"), typed));
        assertThat(asBob.updateCredentials(alices, Banks.TEST_BANK_EMBEDDED, values))
                .isInstanceOf(StepResult.Refused.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(typed::length)
                .as("a refused value is wiped too")
                .isInstanceOf(IllegalStateException.class);
        assertThat(asBob.refreshConnection(alices)).isInstanceOf(StepResult.Refused.class);
        assertThat(harness.api.calls().subList(callsBefore, harness.api.calls().size()))
                .as("nothing reached OXLIN")
                .isEmpty();
        assertThat(harness.kit.accounts(alices)).as("alice's data untouched").hasSize(1);

        assertThat(asBob.nextStep(bobs)).isEqualTo(harness.kit.nextStep(bobs));
        assertThat(asBob.transactions(harness.kit.accounts(bobs).get(0).id(), 0, 100))
                .hasSize(20);
    }

    private static ConnectionId connect(KitHarness harness, UserId user) {
        ConnectionId connection = harness.kit
                .startEmbeddedConnection(
                        user,
                        Banks.linxoTestBank().id(),
                        Banks.TEST_BANK_EMBEDDED,
                        EmbeddedJourneyTest.credentials("login", EmbeddedJourneyTest.PASSWORD))
                .connection()
                .orElseThrow();
        Autopilot.answering(harness.kit, "123456").untilDone(user, connection);
        return connection;
    }
}
