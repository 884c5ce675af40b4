package io.oxlinkit.domain.journey;

import static io.oxlinkit.domain.GuideSamples.CONNECTION;
import static io.oxlinkit.domain.journey.TwoChannelServer.EMBEDDED;
import static io.oxlinkit.domain.journey.TwoChannelServer.REDIRECT;
import static org.assertj.core.api.Assertions.assertThat;

import io.oxlinkit.domain.connection.ChannelStatus;
import io.oxlinkit.domain.event.SyncPhase;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** When events were missed, a snapshot from the server moves each channel to where it stands. */
class ReconcileJourneyTest {

    private TwoChannelServer server;
    private HeldConnection held;

    @BeforeEach
    void anEmbeddedConnectionJustCreated() {
        server = new TwoChannelServer();
        server.start(EMBEDDED);
        held = new HeldConnection(server.snapshot(), Journey.started(CONNECTION, EMBEDDED));
    }

    @Test
    void aJourneyWhoseEventsWereAllDroppedReachesDoneFromSnapshotsAlone() {
        server.succeed(EMBEDDED, SyncPhase.LIST_ACCOUNTS);
        held.refreshed(server.snapshot());
        assertThat(held.next()).isEqualTo(new NextStep.Wait(WaitReason.FETCHING_ACCOUNTS));
        held.listed(List.of(TwoChannelServer.pending("e1", EMBEDDED)));
        assertThat(held.next()).isInstanceOf(NextStep.CollectConsent.class);
        held.journey = held.journey.consentGiven(held.snapshot);
        assertThat(held.refreshed(server.snapshot()).next())
                .as("nothing new at the server yet")
                .isEqualTo(new NextStep.Wait(WaitReason.SYNCHRONIZING));
        server.start(EMBEDDED);
        server.succeed(EMBEDDED, SyncPhase.SYNC_ALL);
        assertThat(held.refreshed(server.snapshot()).next()).isEqualTo(new NextStep.Wait(WaitReason.STORING_DATA));
        held.journey = held.journey.dataStored(held.journey.channelsStoringData());
        assertThat(held.next()).isEqualTo(new NextStep.Done(CONNECTION));
    }

    @Test
    void aFailureNoEventReportedBlocksTheChannelOnItsAction() {
        server.fail(EMBEDDED, SyncPhase.LIST_ACCOUNTS, ChannelStatus.AUTH_FAILED);
        assertThat(held.refreshed(server.snapshot()).next()).isInstanceOf(NextStep.FixCredentials.class);
        server.start(EMBEDDED);
        assertThat(held.refreshed(server.snapshot()).next())
                .as("running again after new credentials given elsewhere")
                .isEqualTo(new NextStep.Wait(WaitReason.LISTING_ACCOUNTS));
    }

    @Test
    void aSnapshotShowingNoNewEndKeepsTheRunningJob() {
        held.refreshed(server.snapshot());
        assertThat(held.next()).isEqualTo(new NextStep.Wait(WaitReason.LISTING_ACCOUNTS));
    }

    @Test
    void aChallengeSeenOnlyInASnapshotWaitsForItsPromptThenShowsIt() {
        server.ask(EMBEDDED, SyncPhase.LIST_ACCOUNTS);
        assertThat(held.refreshed(server.snapshot()).next())
                .isEqualTo(new NextStep.Wait(WaitReason.CHALLENGE_PROMPT_PENDING));
        held.apply(server.ask(EMBEDDED, SyncPhase.LIST_ACCOUNTS));
        assertThat(held.next()).isInstanceOf(NextStep.AnswerChallenge.class);
    }

    @Test
    void aChannelHoldingCredentialsIsFollowedFromTheSnapshotAndAnEmptyOneIsNot() {
        held.refreshed(server.snapshot());
        assertThat(held.journey.track(REDIRECT))
                .as("the REDIRECT channel is NEVER: nothing to follow")
                .isEmpty();
        server.start(REDIRECT);
        held.refreshed(server.snapshot());
        assertThat(held.journey.track(REDIRECT)).isPresent();
    }

    @Test
    void anEventsSnapshotReconcilesTheOtherChannel() {
        server.fail(EMBEDDED, SyncPhase.LIST_ACCOUNTS, ChannelStatus.TOO_MANY_ATTEMPTS);
        server.start(REDIRECT);
        held.apply(server.succeed(REDIRECT, SyncPhase.LIST_ACCOUNTS));
        assertThat(held.state(EMBEDDED)).isInstanceOf(ChannelJourney.Blocked.class);
        assertThat(held.state(REDIRECT)).isInstanceOf(ChannelJourney.AwaitingAccountList.class);
    }
}
