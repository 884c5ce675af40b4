package io.oxlinkit.testkit.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oxlinkit.application.PumpReport;
import io.oxlinkit.application.StepResult;
import io.oxlinkit.application.port.CredentialEncryptor;
import io.oxlinkit.application.port.StorageException;
import io.oxlinkit.domain.challenge.ChallengeAnswer;
import io.oxlinkit.domain.consent.ConsentDecision;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.CredentialId;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.domain.journey.NextStep;
import io.oxlinkit.domain.secret.SecretValue;
import io.oxlinkit.testkit.data.Banks;
import io.oxlinkit.testkit.fake.FakeOxlinApi;
import io.oxlinkit.testkit.fake.GuideChallenges;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Journey (a): an EMBEDDED connection with the guide's SMS challenge, consent to one of two accounts, SYNC_ALL. */
class EmbeddedJourneyTest {

    static final String PASSWORD = "correct-horse-é€";

    private KitHarness harness;
    private UserId user;

    @BeforeEach
    void setUp() {
        harness = new KitHarness();
        harness.api
                .bank(Banks.linxoTestBank())
                .listAccountsAsks(GuideChallenges.sms("0606060606", "123456", 3))
                .listsAccounts("Compte courant", "Livret A")
                .acceptsCredential("301", PASSWORD)
                .transactionsPerAccount(1234);
        user = harness.kit.createUser("alice@host.example");
    }

    static Map<CredentialId, SecretValue> credentials(String login, String password) {
        Map<CredentialId, SecretValue> values = new HashMap<>();
        values.put(CredentialId.of("300"), SecretValue.of(login));
        values.put(CredentialId.of("301"), SecretValue.of(password));
        return values;
    }

    /** Starts the embedded connection with alice's good credentials and returns it. */
    static ConnectionId startAsAlice(KitHarness harness, UserId user) {
        return startAsAlice(harness.kit, user);
    }

    /** Starts alice's EMBEDDED connection at the test bank through {@code kit}. */
    static ConnectionId startAsAlice(io.oxlinkit.application.OxlinKit kit, UserId user) {
        return kit.startEmbeddedConnection(
                        user, Banks.linxoTestBank().id(), Banks.TEST_BANK_EMBEDDED, credentials("alice", PASSWORD))
                .connection()
                .orElseThrow();
    }

    /** Runs the journey up to the consent step and returns the connection. */
    static ConnectionId connectUntilConsent(KitHarness harness, UserId user) {
        ConnectionId connection = startAsAlice(harness, user);
        assertThat(harness.pumpAndNext(user, connection)).isInstanceOf(NextStep.AnswerChallenge.class);
        harness.kit.answerChallenge(connection, ChallengeAnswer.ok());
        harness.pumpAndNext(user, connection);
        harness.kit.answerChallenge(
                connection, ChallengeAnswer.ok(Map.of(CredentialId.of("306"), SecretValue.of("123456"))));
        assertThat(harness.pumpAndNext(user, connection)).isInstanceOf(NextStep.CollectConsent.class);
        return connection;
    }

    @Test
    void noPlaintextOfAnEncryptedFieldReachesTheApi() {
        connectUntilConsent(harness, user);
        List<FakeOxlinApi.Received> passwords = harness.api.received().stream()
                .filter(r -> r.id().equals(CredentialId.of("301")))
                .toList();
        assertThat(passwords).isNotEmpty().allSatisfy(r -> {
            assertThat(r.encrypted()).isTrue();
            assertThat(r.value()).startsWith("-----BEGIN PGP MESSAGE-----").doesNotContain("correct-horse");
        });
    }

    @Test
    void theFakeRefusesAPlaintextInAnEncryptedField() {
        CredentialEncryptor leaky = (key, value) -> value.reveal();
        KitHarness broken = new KitHarness(leaky);
        broken.api.bank(Banks.linxoTestBank());
        UserId bob = broken.kit.createUser("bob@host.example");
        assertThatThrownBy(() -> broken.kit.startEmbeddedConnection(
                        bob, Banks.linxoTestBank().id(), Banks.TEST_BANK_EMBEDDED, credentials("bob", PASSWORD)))
                .isInstanceOfSatisfying(
                        io.oxlinkit.application.port.OxlinApiException.Unprocessable.class,
                        e -> assertThat(e.errorCode()).isEqualTo("credential_not_encrypted"));
        assertThat(broken.api.received())
                .filteredOn(r -> r.id().value().equals("301"))
                .singleElement()
                .satisfies(r -> assertThat(r.value()).doesNotStartWith("-----BEGIN PGP MESSAGE-----"));
    }

    @Test
    void invalidCredentialsAreRefusedBeforeAnyConnectionIsCreated() {
        StepResult result = harness.kit.startEmbeddedConnection(
                user, Banks.linxoTestBank().id(), Banks.TEST_BANK_EMBEDDED, credentials("al", PASSWORD));
        assertThat(result).isInstanceOf(StepResult.InvalidInput.class);
        assertThat(harness.api.count("POST /connections")).isZero();
    }

    @Test
    void theSameEventsDeliveredTwiceOrReversedChangeNothingTwice() {
        ConnectionId connection = connectUntilConsent(harness, user);
        NextStep before = harness.next(connection);
        var journeyBefore = harness.kit.connection(connection).orElseThrow().journey();
        long accountCalls = harness.api.count("GET /accounts?connection_id=" + connection);

        harness.api.server().redeliverAll(user);
        harness.api.server().reverseWaitingEvents(user);
        PumpReport report = harness.kit.pumpEvents(user);

        assertThat(report.polled()).isGreaterThan(0);
        assertThat(report.recorded()).isZero();
        assertThat(harness.next(connection)).isEqualTo(before);
        assertThat(harness.kit.connection(connection).orElseThrow().journey()).isEqualTo(journeyBefore);
        assertThat(harness.api.count("GET /accounts?connection_id=" + connection))
                .isEqualTo(accountCalls);
    }

    @Test
    void aCrashBetweenStoringAndApplyingAnEventLosesNothing() {
        ConnectionId connection = startAsAlice(harness, user);

        harness.stores.connections().failures().failNext(1);
        PumpReport crashed = harness.kit.pumpEvents(user);
        assertThat(crashed.recorded()).isEqualTo(1);
        assertThat(crashed.failed()).isEqualTo(1);
        assertThat(harness.next(connection)).isInstanceOf(NextStep.Wait.class);

        PumpReport recovered = harness.kit.pumpEvents(user);
        assertThat(recovered.polled()).isZero();
        assertThat(recovered.applied()).isEqualTo(1);
        assertThat(harness.next(connection)).isInstanceOf(NextStep.AnswerChallenge.class);
    }

    @Test
    void aStoreFailureWhileRecordingLosesNoEventTheQueueServed() {
        ConnectionId connection = startAsAlice(harness, user);

        harness.stores.inbox().failures().failNext(1);
        assertThatThrownBy(() -> harness.kit.pumpEvents(user)).isInstanceOf(StorageException.class);
        assertThat(harness.next(connection)).isInstanceOf(NextStep.Wait.class);

        PumpReport recovered = harness.kit.pumpEvents(user);
        assertThat(recovered.polled()).as("the queue served its events once").isZero();
        assertThat(recovered.recorded()).as("held in memory, recorded now").isEqualTo(1);
        assertThat(harness.next(connection)).isInstanceOf(NextStep.AnswerChallenge.class);
    }

    @Test
    void aQueueAnswerCutAfterTheServerServedItIsMadeGoodFromTheConnection() {
        ConnectionId connection = connectUntilConsent(harness, user);
        NextStep.CollectConsent consent = (NextStep.CollectConsent) harness.next(connection);
        harness.clock.advance(java.time.Duration.ofMinutes(1)); // the SYNC_ALL ends after the listing did
        harness.kit.giveConsent(
                connection,
                consent.request().pendingAccounts().stream()
                        .map(a -> ConsentDecision.grant(a.id()))
                        .toList());

        harness.api.server().loseNextQueueAnswer(user);
        PumpReport cut = harness.kit.pumpEvents(user);

        assertThat(cut.queueReadFailures()).isEqualTo(1);
        assertThat(cut.polled()).isZero();
        assertThat(harness.kit.pumpEvents(user).polled())
                .as("the server removed what it served")
                .isZero();
        assertThat(harness.next(connection))
                .as("the step the lost events led to, from the connection")
                .isEqualTo(new NextStep.Done(connection));
        assertThat(harness.kit.accounts(connection)).hasSize(2);
    }

    @Test
    void aKeyOxlinRefusesIsReplacedAndTheCredentialsSealedAgainOnce() {
        ConnectionId connection = startAsAlice(harness, user);
        harness.api.server().revokeKeys(user);

        StepResult updated =
                harness.kit.updateCredentials(connection, Banks.TEST_BANK_EMBEDDED, credentials("alice", PASSWORD));

        assertThat(updated).isInstanceOf(StepResult.Proceeded.class);
        assertThat(harness.api.count("POST /keys"))
                .as("a new key for the second sealing")
                .isEqualTo(2);
        assertThat(harness.api.received())
                .as("no plaintext on the way")
                .noneMatch(r -> r.value().contains(PASSWORD));
    }

    @Test
    void cancellingTheChallengeAsksToRestart() {
        ConnectionId connection = startAsAlice(harness, user);
        harness.kit.pumpEvents(user);
        harness.kit.answerChallenge(connection, ChallengeAnswer.cancel());
        assertThat(harness.pumpAndNext(user, connection)).isInstanceOf(NextStep.RestartSynchronization.class);
    }

    @Test
    void aSynchronizationIsRestartedByGivingTheChannelItsCredentialsAgain() {
        ConnectionId connection = startAsAlice(harness, user);
        harness.kit.pumpEvents(user);
        harness.kit.answerChallenge(connection, ChallengeAnswer.cancel());
        assertThat(harness.pumpAndNext(user, connection)).isInstanceOf(NextStep.RestartSynchronization.class);
        assertThat(harness.kit.updateCredentials(connection, Banks.TEST_BANK_EMBEDDED, credentials("alice", PASSWORD)))
                .isInstanceOf(StepResult.Proceeded.class);
        assertThat(harness.pumpAndNext(user, connection))
                .as("LIST_ACCOUNTS runs again and asks again")
                .isInstanceOf(NextStep.AnswerChallenge.class);
    }

    @Test
    void aChallengeLeftUnansweredTimesOut() {
        ConnectionId connection = startAsAlice(harness, user);
        harness.kit.pumpEvents(user);
        harness.api.timeOutChallenge(connection);
        assertThat(harness.pumpAndNext(user, connection))
                .isInstanceOfSatisfying(
                        NextStep.RestartSynchronization.class,
                        step -> assertThat(step.reason())
                                .isEqualTo(io.oxlinkit.domain.connection.ChannelStatus.CHALLENGE_TIMED_OUT));
        assertThat(harness.kit.answerChallenge(connection, ChallengeAnswer.ok()))
                .isInstanceOfSatisfying(
                        StepResult.Refused.class,
                        r -> assertThat(r.reason()).isEqualTo(StepResult.Reason.NO_CHALLENGE_PENDING));
    }

    @Test
    void anUnavailableBankIsRefusedWithoutCreatingAConnection() {
        harness.api.bank(Banks.unavailableBank());
        StepResult result = harness.kit.startEmbeddedConnection(
                user,
                Banks.unavailableBank().id(),
                Banks.unavailableBank().channelDefinitions().get(0).id(),
                credentials("alice", PASSWORD));
        assertThat(result)
                .isInstanceOfSatisfying(
                        StepResult.Refused.class,
                        r -> assertThat(r.reason()).isEqualTo(StepResult.Reason.PROVIDER_UNAVAILABLE));
        assertThat(harness.kit.providers(user)).extracting(p -> p.id().value()).doesNotContain("666");
        assertThat(harness.api.count("POST /connections")).isZero();
    }
}
