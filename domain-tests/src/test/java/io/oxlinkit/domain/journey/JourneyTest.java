package io.oxlinkit.domain.journey;

import static io.oxlinkit.domain.GuideSamples.CONNECTION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oxlinkit.domain.GuideSamples;
import io.oxlinkit.domain.account.AccountStatus;
import io.oxlinkit.domain.connection.Channel;
import io.oxlinkit.domain.connection.ChannelStatus;
import io.oxlinkit.domain.connection.Connection;
import io.oxlinkit.domain.connection.ConnectionStatus;
import io.oxlinkit.domain.connection.Owner;
import io.oxlinkit.domain.event.Event;
import io.oxlinkit.domain.event.EventHeader;
import io.oxlinkit.domain.event.EventType;
import io.oxlinkit.domain.id.ChannelDefinitionId;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.EventId;
import io.oxlinkit.domain.id.ProviderId;
import io.oxlinkit.domain.provider.AccountType;
import io.oxlinkit.domain.provider.ChannelMode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Rule 6: the journey of an embedded connection through both synchronizations. */
class JourneyTest {

    static final Event SEND_SMS = GuideSamples.challenge(
            "14", 100, EventType.LIST_ACCOUNTS_USER_INPUT_REQUESTED, GuideSamples.sendSmsPrompt());
    static final Event SMS_CODE = GuideSamples.challenge(
            "17", 110, EventType.LIST_ACCOUNTS_USER_INPUT_REQUESTED, GuideSamples.smsCodePrompt());
    static final Event LISTED = GuideSamples.success("20", 120, EventType.LIST_ACCOUNTS_SUCCESS);
    static final Event SYNC_CHALLENGE =
            GuideSamples.challenge("30", 130, EventType.SYNC_ALL_USER_INPUT_REQUESTED, GuideSamples.smsCodePrompt());
    static final Event SYNCED = GuideSamples.success("31", 140, EventType.SYNC_ALL_SUCCESS);

    @Test
    void embeddedConnectionGoesFromCreationToDone() {
        Journey journey = Journey.started(CONNECTION);
        assertThat(journey.nextStep()).isInstanceOf(NextStep.Wait.class);

        journey = journey.apply(SEND_SMS);
        assertThat(journey.nextStep())
                .isInstanceOfSatisfying(
                        NextStep.AnswerChallenge.class,
                        step -> assertThat(step.prompt()).isEqualTo(GuideSamples.sendSmsPrompt()));
        journey = journey.challengeAnswered(EventId.of("14"));
        assertThat(journey.nextStep()).isInstanceOf(NextStep.Wait.class);

        journey = journey.apply(SMS_CODE).challengeAnswered(EventId.of("17"));
        assertThat(journey.nextStep()).isInstanceOf(NextStep.Wait.class);

        journey = journey.apply(LISTED);
        assertThat(journey.needsAccountList()).isTrue();
        assertThat(journey.nextStep()).isInstanceOf(NextStep.Wait.class);

        journey = journey.accountsListed(List.of(
                GuideSamples.account("a1", AccountStatus.PENDING_CONSENT),
                GuideSamples.account("a2", AccountStatus.PENDING_CONSENT)));
        assertThat(journey.nextStep())
                .isInstanceOfSatisfying(
                        NextStep.CollectConsent.class,
                        step -> assertThat(step.request().pendingAccounts())
                                .extracting(a -> a.id().value())
                                .containsExactly("a1", "a2"));

        journey = journey.consentGiven(GuideSamples.snapshot(ChannelStatus.SUCCESS));
        assertThat(stage(journey)).isEqualTo(Stage.SYNCHRONIZING);
        assertThat(journey.nextStep()).isInstanceOf(NextStep.Wait.class);

        journey = journey.apply(SYNC_CHALLENGE);
        assertThat(journey.nextStep()).isInstanceOf(NextStep.AnswerChallenge.class);
        journey = journey.challengeAnswered(EventId.of("30"));
        assertThat(journey.nextStep()).isInstanceOf(NextStep.Wait.class);

        journey = journey.apply(SYNCED);
        assertThat(stage(journey)).isEqualTo(Stage.STORING_DATA);
        assertThat(journey.nextStep()).as("not Done before the data is stored").isInstanceOf(NextStep.Wait.class);
        journey = journey.dataStored(journey.channelsStoringData());
        assertThat(journey.nextStep()).isEqualTo(new NextStep.Done(CONNECTION));
    }

    @Test
    void doneOnlyOnceTheDataIsStoredAndAgainAfterEachSyncAll() {
        Journey stored = Journey.started(CONNECTION)
                .apply(LISTED)
                .accountsListed(List.of())
                .apply(SYNCED);
        assertThat(stored.needsDataStored()).isTrue();
        assertThat(stored.consentGiven(GuideSamples.snapshot(ChannelStatus.SUCCESS)))
                .isEqualTo(stored);
        Journey done = stored.dataStored(stored.channelsStoringData());
        assertThat(done.needsDataStored()).isFalse();
        assertThat(done.nextStep()).isEqualTo(new NextStep.Done(CONNECTION));
        assertThat(done.dataStored(Set.of(GuideSamples.EMBEDDED1))).isEqualTo(done);
        assertThat(Journey.started(CONNECTION).dataStored(Set.of(GuideSamples.EMBEDDED1)))
                .as("nothing to store yet")
                .isEqualTo(Journey.started(CONNECTION));
    }

    @Test
    void lateChallengeAfterConsentDoesNotReopenIt() {
        Journey journey = Journey.started(CONNECTION)
                .apply(SMS_CODE)
                .apply(LISTED)
                .accountsListed(List.of(GuideSamples.account("a1", AccountStatus.PENDING_CONSENT)))
                .consentGiven(GuideSamples.snapshot(ChannelStatus.SUCCESS));
        Journey after = journey.apply(SEND_SMS).apply(SMS_CODE).apply(LISTED);
        assertThat(after).isEqualTo(journey);
    }

    @Test
    void noPendingAccountMeansNoConsentStep() {
        Journey journey = Journey.started(CONNECTION)
                .apply(LISTED)
                .accountsListed(List.of(GuideSamples.account("a1", AccountStatus.ACTIVE)));
        assertThat(stage(journey)).isEqualTo(Stage.SYNCHRONIZING);
    }

    @Test
    void failureWithAuthFailedAsksToFixCredentials() {
        Journey journey = Journey.started(CONNECTION)
                .apply(SEND_SMS)
                .apply(GuideSamples.failure("21", 125, EventType.LIST_ACCOUNTS_FAILURE, ChannelStatus.AUTH_FAILED));
        assertThat(journey.nextStep())
                .isInstanceOfSatisfying(
                        NextStep.FixCredentials.class,
                        fix -> assertThat(fix.reason()).isEqualTo(ChannelStatus.AUTH_FAILED));
    }

    @Test
    void laterFailureAfterDoneIsReported() {
        Journey done = Journey.started(CONNECTION).apply(SYNCED);
        Journey broken = done.apply(
                GuideSamples.failure("99", 900, EventType.SYNC_ALL_FAILURE, ChannelStatus.PASSWORD_CHANGE_REQUIRED));
        assertThat(broken.nextStep()).isInstanceOf(NextStep.FixCredentials.class);
    }

    @Test
    void challengeTimedOutAsksToRestart() {
        Journey journey = Journey.started(CONNECTION)
                .apply(SMS_CODE)
                .apply(GuideSamples.failure(
                        "18", 240, EventType.LIST_ACCOUNTS_FAILURE, ChannelStatus.CHALLENGE_TIMED_OUT));
        assertThat(journey.nextStep()).isInstanceOf(NextStep.RestartSynchronization.class);
    }

    @Test
    void unrecognizedEventKeepsTheStageButRecordsTheSnapshot() {
        Journey journey = Journey.started(CONNECTION).apply(LISTED);
        Event odd = new Event.Unrecognized(GuideSamples.header("25", 125, ChannelStatus.SUCCESS), "CONNECTION_RENAMED");
        Journey after = journey.apply(odd);
        assertThat(stage(after)).isEqualTo(stage(journey));
        assertThat(after.newest()).contains(new EventKey(Instant.ofEpochSecond(125), EventId.of("25")));
    }

    @Test
    void eventOfAnotherConnectionIsRefused() {
        Event other = new Event.SynchronizationSucceeded(
                new EventHeader(
                        EventId.of("1"), ConnectionId.of("other"), Instant.EPOCH, Optional.empty(), Optional.empty()),
                EventType.SYNC_ALL_SUCCESS);
        assertThatThrownBy(() -> Journey.started(CONNECTION).apply(other)).isInstanceOf(IllegalArgumentException.class);
    }

    /** The stage of the journey's one channel. */
    static Stage stage(Journey journey) {
        assertThat(journey.channels()).hasSize(1);
        return journey.channels().get(0).state().stage();
    }

    @Test
    void eventsSharingASecondAreOrderedByNumericId() {
        assertThat(new EventKey(Instant.EPOCH, EventId.of("9")))
                .isLessThan(new EventKey(Instant.EPOCH, EventId.of("10")));
    }

    private static Event unnamedChallenge(String id, long at, List<Channel> channels) {
        Connection snapshot = new Connection(
                GuideSamples.CONNECTION,
                ProviderId.of("119"),
                "HSBC",
                ConnectionStatus.RUNNING,
                true,
                channels,
                Owner.unknown(),
                Optional.empty());
        EventHeader header = new EventHeader(
                EventId.of(id),
                GuideSamples.CONNECTION,
                Instant.ofEpochSecond(at),
                Optional.empty(),
                Optional.of(snapshot));
        return new Event.UserInputRequested(
                header, EventType.LIST_ACCOUNTS_USER_INPUT_REQUESTED, GuideSamples.sendSmsPrompt());
    }

    private static Channel channel(String id, ChannelMode mode, ChannelStatus status) {
        return new Channel(
                ChannelDefinitionId.of(id),
                mode,
                status,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                List.of(),
                Set.of(AccountType.SAVINGS));
    }

    @Test
    void aChallengeNamingNoChannelIsAnsweredOnTheOnlyChannelAskingOne() {
        Journey journey = Journey.started(CONNECTION)
                .apply(unnamedChallenge(
                        "50",
                        100,
                        List.of(
                                channel("redirect1", ChannelMode.REDIRECT, ChannelStatus.SUCCESS),
                                channel("embedded1", ChannelMode.EMBEDDED, ChannelStatus.CHALLENGE_REQUIRED))));
        assertThat(journey.nextStep())
                .isInstanceOfSatisfying(
                        NextStep.AnswerChallenge.class,
                        step -> assertThat(step.channel()).isEqualTo(ChannelDefinitionId.of("embedded1")));
    }

    @Test
    void aChallengeNamingNoChannelOfAOneChannelConnectionIsAnsweredOnIt() {
        Journey journey = Journey.started(CONNECTION)
                .apply(unnamedChallenge(
                        "51", 100, List.of(channel("embedded1", ChannelMode.EMBEDDED, ChannelStatus.RUNNING))));
        assertThat(journey.nextStep())
                .isInstanceOfSatisfying(
                        NextStep.AnswerChallenge.class,
                        step -> assertThat(step.channel()).isEqualTo(ChannelDefinitionId.of("embedded1")));
    }

    @Test
    void aChallengeNamingNoChannelThatTwoChannelsCouldOweOnlyUpdatesTheSnapshot() {
        Event ambiguous = unnamedChallenge(
                "52",
                100,
                List.of(
                        channel("redirect1", ChannelMode.REDIRECT, ChannelStatus.CHALLENGE_REQUIRED),
                        channel("embedded1", ChannelMode.EMBEDDED, ChannelStatus.CHALLENGE_REQUIRED)));
        Journey journey = Journey.started(CONNECTION).apply(ambiguous);
        assertThat(journey.pendingChallenge()).isEmpty();
        assertThat(journey.nextStep())
                .as("both channels are followed from the snapshot, neither answered on a guess")
                .isEqualTo(new NextStep.Wait(WaitReason.CHALLENGE_PROMPT_PENDING));
        assertThat(Journey.started(CONNECTION).snapshotAfter(ambiguous, GuideSamples.snapshot(ChannelStatus.NEVER)))
                .isEqualTo(ambiguous.header().snapshot().orElseThrow());
    }
}
