package io.oxlinkit.testkit.contract.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.oxlinkit.application.HealthItem;
import io.oxlinkit.application.RedirectResult;
import io.oxlinkit.application.StepResult;
import io.oxlinkit.domain.account.Account;
import io.oxlinkit.domain.connection.ChannelStatus;
import io.oxlinkit.domain.consent.ConsentDecision;
import io.oxlinkit.domain.id.ChannelDefinitionId;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.journey.ChannelStep;
import io.oxlinkit.domain.journey.NextStep;
import io.oxlinkit.domain.journey.WaitReason;
import io.oxlinkit.domain.lifecycle.RequiredAction;
import io.oxlinkit.domain.provider.ChannelDefinition;
import io.oxlinkit.domain.provider.ChannelMode;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Journeys of a connection with two channels (HSBC's shape: REDIRECT plus an EMBEDDED channel added
 * later) through a host's kit, and a journey whose events were all lost: each channel keeps its own
 * journey, a new channel's accounts reach consent and data, a failure on one channel is that channel's
 * step while the other stays synchronized, and a snapshot refresh alone recovers lost events.
 */
public abstract class TwoChannelKitJourneyContract extends KitContractSupport {

    private ChannelDefinition redirect() {
        return channel(BankRole.TWO_CHANNELS, ChannelMode.REDIRECT);
    }

    private ChannelDefinition embedded() {
        return channel(BankRole.TWO_CHANNELS, ChannelMode.EMBEDDED);
    }

    /** A REDIRECT connection done, then its EMBEDDED channel added and done too. */
    private ConnectionId bothChannelsDone() {
        ConnectionId connection = doneRedirect(BankRole.TWO_CHANNELS);
        StepResult added =
                kit.addEmbeddedChannel(connection, embedded().id(), form(embedded(), emulator.acceptedSecret()));
        assertThat(added)
                .isInstanceOfSatisfying(
                        StepResult.Proceeded.class,
                        p -> assertThat(p.next())
                                .as("never a stale Done after a channel is added")
                                .isNotInstanceOf(NextStep.Done.class));
        grantAllAndFinish(connection);
        return connection;
    }

    private Optional<NextStep> stepOf(ConnectionId connection, ChannelDefinitionId channel) {
        return kit.nextSteps(connection).stream()
                .filter(s -> s.channel().equals(channel))
                .map(ChannelStep::step)
                .findFirst();
    }

    @Test
    void anAddedChannelsAccountsReachConsentThenBothChannelsDataIsStored() {
        ConnectionId connection = bothChannelsDone();
        List<Account> accounts = kit.accounts(connection);
        assertThat(accounts)
                .extracting(a -> a.channelDefinitionId().orElseThrow())
                .contains(redirect().id(), embedded().id());
        everyAccountHoldsTheWholeHistory(connection);
        assertThat(kit.nextSteps(connection))
                .extracting(ChannelStep::step)
                .containsExactly(new NextStep.Done(connection), new NextStep.Done(connection));
    }

    @Test
    void aFailureOnOneChannelIsThatChannelsStepWhileTheOtherStaysSynchronized() {
        ConnectionId connection = bothChannelsDone();
        emulator.failNextJob(connection, embedded().id(), ChannelStatus.AUTH_FAILED);
        emulator.runScheduledSync(connection);
        assertThat(pumpAndNext(connection))
                .isInstanceOfSatisfying(
                        NextStep.FixCredentials.class,
                        fix -> assertThat(fix.channel()).isEqualTo(embedded().id()));
        assertThat(stepOf(connection, redirect().id())).contains(new NextStep.Done(connection));
        assertThat(urgent())
                .singleElement()
                .satisfies(item -> assertThat(item.issue().action())
                        .isEqualTo(new RequiredAction.UpdateCredentials(
                                embedded().id(),
                                item.issue().action() instanceof RequiredAction.UpdateCredentials u
                                        ? u.maskedCredentials()
                                        : List.of(),
                                ChannelStatus.AUTH_FAILED)));
        assertThat(kit.updateCredentials(connection, embedded().id(), form(embedded(), emulator.acceptedSecret())))
                .isInstanceOf(StepResult.Proceeded.class);
        assertThat(pumpAndNext(connection)).isEqualTo(new NextStep.Done(connection));
        assertThat(urgent()).isEmpty();
    }

    @Test
    void reauthorizingAFailedRedirectChannelLeadsToItsDataNeverToAStaleDone() {
        ConnectionId connection = doneRedirect(BankRole.TWO_CHANNELS);
        emulator.failNextJob(connection, redirect().id(), ChannelStatus.AUTH_FAILED);
        emulator.runScheduledSync(connection);
        assertThat(pumpAndNext(connection)).isInstanceOf(NextStep.FixCredentials.class);
        emulator.advance(Duration.ofMinutes(5));
        RedirectResult renewal = kit.reauthorize(connection, redirect().id(), CALLBACK);
        URI authorize = renewal.url().orElse(null);
        assertThat(authorize)
                .as("reauthorize sends the user to the bank: " + renewal)
                .isNotNull();
        Map<String, String> callback = emulator.approveAtBank(authorize);
        StepResult completed = kit.completeRedirect(host, callback);
        assertThat(completed)
                .isInstanceOfSatisfying(
                        StepResult.Proceeded.class,
                        p -> assertThat(p.next())
                                .as("the data is fetched again before Done")
                                .isNotInstanceOf(NextStep.Done.class));
        assertThat(pumpAndNext(connection)).isEqualTo(new NextStep.Done(connection));
        assertThat(urgent()).isEmpty();
    }

    @Test
    void aJourneyWhoseEventsWereAllLostReachesEachStepFromASnapshotRefresh() {
        ChannelDefinition form = embedded();
        StepResult started = kit.startEmbeddedConnection(
                host, emulator.bank(BankRole.TWO_CHANNELS), form.id(), form(form, emulator.acceptedSecret()));
        ConnectionId connection = started.connection().orElseThrow();
        emulator.dropQueuedEvents(host);
        assertThat(pumpAndNext(connection))
                .as("no event came")
                .isEqualTo(new NextStep.Wait(WaitReason.LISTING_ACCOUNTS));
        StepResult refreshed = kit.refreshConnection(connection);
        List<Account> pending =
                refreshed instanceof StepResult.Proceeded p && p.next() instanceof NextStep.CollectConsent c
                        ? c.request().pendingAccounts()
                        : List.of();
        assertThat(pending)
                .as("the refresh shows the listing the lost events reported: " + refreshed)
                .isNotEmpty();
        emulator.advance(Duration.ofMinutes(1));
        kit.giveConsent(
                connection,
                pending.stream().map(a -> ConsentDecision.grant(a.id())).toList());
        emulator.dropQueuedEvents(host);
        assertThat(kit.refreshConnection(connection))
                .isInstanceOfSatisfying(
                        StepResult.Proceeded.class,
                        p -> assertThat(p.next()).isEqualTo(new NextStep.Wait(WaitReason.STORING_DATA)));
        assertThat(pumpAndNext(connection)).isEqualTo(new NextStep.Done(connection));
        everyAccountHoldsTheWholeHistory(connection);
        assertThat(urgent()).extracting(HealthItem::step).isEmpty();
    }
}
