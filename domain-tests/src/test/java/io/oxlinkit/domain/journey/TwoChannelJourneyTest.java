package io.oxlinkit.domain.journey;

import static io.oxlinkit.domain.GuideSamples.CONNECTION;
import static io.oxlinkit.domain.journey.TwoChannelServer.EMBEDDED;
import static io.oxlinkit.domain.journey.TwoChannelServer.REDIRECT;
import static org.assertj.core.api.Assertions.assertThat;

import io.oxlinkit.domain.connection.ChannelStatus;
import io.oxlinkit.domain.event.Event;
import io.oxlinkit.domain.event.SyncPhase;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A connection with two channels: each channel has its own journey, and one never speaks for the other. */
class TwoChannelJourneyTest {

    private TwoChannelServer server;
    private HeldConnection held;

    @BeforeEach
    void aRedirectConnectionSynchronized() {
        server = new TwoChannelServer();
        server.start(REDIRECT);
        held = new HeldConnection(server.snapshot(), Journey.started(CONNECTION, REDIRECT));
        held.apply(server.succeed(REDIRECT, SyncPhase.LIST_ACCOUNTS))
                .listed(List.of(TwoChannelServer.pending("r1", REDIRECT)));
        held.journey = held.journey.consentGiven(held.snapshot);
        server.start(REDIRECT);
        held.apply(server.succeed(REDIRECT, SyncPhase.SYNC_ALL));
        held.journey = held.journey.dataStored(held.journey.channelsStoringData());
        assertThat(held.next()).isEqualTo(new NextStep.Done(CONNECTION));
    }

    @Test
    void addingAChannelLeadsToItsAccountsConsentNeverToAStaleDone() {
        held.journey = held.journey.credentialsGiven(EMBEDDED, held.snapshot);
        assertThat(held.next()).isEqualTo(new NextStep.Wait(WaitReason.LISTING_ACCOUNTS));
        server.start(EMBEDDED);
        held.apply(server.succeed(EMBEDDED, SyncPhase.LIST_ACCOUNTS));
        assertThat(held.next()).isEqualTo(new NextStep.Wait(WaitReason.FETCHING_ACCOUNTS));
        held.listed(List.of(TwoChannelServer.pending("e1", EMBEDDED)));
        assertThat(held.next())
                .isInstanceOfSatisfying(
                        NextStep.CollectConsent.class,
                        c -> assertThat(c.request().pendingAccounts())
                                .extracting(a -> a.id().value())
                                .containsExactly("e1"));
        assertThat(held.state(REDIRECT)).isInstanceOf(ChannelJourney.Synchronized.class);
    }

    @Test
    void aFailureOnOneChannelIsThatChannelsActionWhileTheOtherStaysSynchronized() {
        held.journey = held.journey.credentialsGiven(EMBEDDED, held.snapshot);
        server.start(EMBEDDED);
        held.apply(server.fail(EMBEDDED, SyncPhase.LIST_ACCOUNTS, ChannelStatus.AUTH_FAILED));
        assertThat(held.next())
                .isInstanceOfSatisfying(
                        NextStep.FixCredentials.class,
                        fix -> assertThat(fix.channel()).isEqualTo(EMBEDDED));
        assertThat(held.journey.nextSteps())
                .extracting(ChannelStep::step)
                .hasExactlyElementsOfTypes(NextStep.Done.class, NextStep.FixCredentials.class);
    }

    @Test
    void aSuccessOnOneChannelNeitherClearsTheOthersFailureNorDropsItsChallenge() {
        held.journey = held.journey.credentialsGiven(EMBEDDED, held.snapshot);
        server.start(EMBEDDED);
        held.apply(server.ask(EMBEDDED, SyncPhase.LIST_ACCOUNTS));
        server.start(REDIRECT);
        held.apply(server.succeed(REDIRECT, SyncPhase.SYNC_ALL));
        assertThat(held.next())
                .isInstanceOfSatisfying(
                        NextStep.AnswerChallenge.class,
                        a -> assertThat(a.channel()).isEqualTo(EMBEDDED));

        held.apply(server.fail(EMBEDDED, SyncPhase.LIST_ACCOUNTS, ChannelStatus.AUTH_FAILED));
        server.start(REDIRECT);
        held.apply(server.succeed(REDIRECT, SyncPhase.SYNC_ALL));
        assertThat(held.next()).isInstanceOf(NextStep.FixCredentials.class);
    }

    @Test
    void oneChannelsNewerEventDoesNotHideTheOthersOlderOne() {
        held.journey = held.journey.credentialsGiven(EMBEDDED, held.snapshot);
        server.start(EMBEDDED);
        Event embeddedListed = server.succeed(EMBEDDED, SyncPhase.LIST_ACCOUNTS);
        server.start(REDIRECT);
        Event redirectSynced = server.succeed(REDIRECT, SyncPhase.SYNC_ALL);
        held.apply(redirectSynced).apply(embeddedListed);
        assertThat(held.state(EMBEDDED)).isInstanceOf(ChannelJourney.AwaitingAccountList.class);
        assertThat(held.snapshot)
                .as("the older event's snapshot does not replace the newer one")
                .isEqualTo(redirectSynced.header().snapshot().orElseThrow());
    }

    @Test
    void authorizingAgainListsTheAccountsAgainThenFetchesTheData() {
        server.start(REDIRECT);
        held.apply(server.fail(REDIRECT, SyncPhase.SYNC_ALL, ChannelStatus.AUTH_FAILED));
        assertThat(held.next()).isInstanceOf(NextStep.FixCredentials.class);
        server.start(REDIRECT);
        server.succeed(REDIRECT, SyncPhase.SYNC_ALL);
        held.snapshot = server.snapshot();
        held.journey = held.journey.authorizedAgain(held.snapshot);
        assertThat(held.next()).isEqualTo(new NextStep.Wait(WaitReason.FETCHING_ACCOUNTS));
        held.listed(List.of());
        assertThat(held.next())
                .as("no new account: the kit fetches the data")
                .isEqualTo(new NextStep.Wait(WaitReason.STORING_DATA));
        held.journey = held.journey.dataStored(Set.of(REDIRECT));
        assertThat(held.next()).isEqualTo(new NextStep.Done(CONNECTION));
    }

    @Test
    void authorizingAgainWithANewAccountAsksItsConsent() {
        held.journey = held.journey.authorizedAgain(server.snapshot());
        held.listed(List.of(TwoChannelServer.pending("r2", REDIRECT)));
        assertThat(held.next()).isInstanceOf(NextStep.CollectConsent.class);
    }

    @Test
    void aChallengeComesBeforeTheConsentWhichComesBeforeARepair() {
        held.journey = held.journey.credentialsGiven(EMBEDDED, held.snapshot);
        server.start(EMBEDDED);
        held.apply(server.succeed(EMBEDDED, SyncPhase.LIST_ACCOUNTS))
                .listed(List.of(TwoChannelServer.pending("e1", EMBEDDED)));
        server.start(REDIRECT);
        held.apply(server.fail(REDIRECT, SyncPhase.SYNC_ALL, ChannelStatus.AUTH_FAILED));
        assertThat(held.next()).isInstanceOf(NextStep.CollectConsent.class);
        held.journey = held.journey.consentGiven(held.snapshot);
        server.start(EMBEDDED);
        held.apply(server.ask(EMBEDDED, SyncPhase.SYNC_ALL));
        assertThat(held.next()).isInstanceOf(NextStep.AnswerChallenge.class);
        held.journey = held.journey.challengeAnswered(
                held.journey.pendingChallenge().orElseThrow().eventId());
        assertThat(held.next())
                .as("the repair before the other channel's wait")
                .isInstanceOf(NextStep.FixCredentials.class);
    }
}
