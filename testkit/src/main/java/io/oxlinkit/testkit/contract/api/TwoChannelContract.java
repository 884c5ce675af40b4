package io.oxlinkit.testkit.contract.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.oxlinkit.application.port.OutgoingCredential;
import io.oxlinkit.domain.account.Account;
import io.oxlinkit.domain.connection.ChannelStatus;
import io.oxlinkit.domain.connection.ConnectionStatus;
import io.oxlinkit.domain.event.Event;
import io.oxlinkit.domain.event.EventType;
import io.oxlinkit.domain.id.ChannelDefinitionId;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.provider.ChannelDefinition;
import io.oxlinkit.domain.provider.ChannelMode;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A connection that needs a REDIRECT and an EMBEDDED channel to reach all of its accounts: each channel
 * has its own status, its own jobs, its own account list and its own events.
 */
public abstract class TwoChannelContract extends ApiContractSupport {

    private ChannelDefinition redirect() {
        return channel(BankRole.TWO_CHANNELS, ChannelMode.REDIRECT);
    }

    private ChannelDefinition embedded() {
        return channel(BankRole.TWO_CHANNELS, ChannelMode.EMBEDDED);
    }

    /** A redirect connection with its accounts listed. */
    private ConnectionId redirectListed() {
        ConnectionId connection = redirectConnection(BankRole.TWO_CHANNELS);
        awaitEvent(connection, EventType.LIST_ACCOUNTS_SUCCESS, redirect().id());
        return connection;
    }

    private void addEmbedded(ConnectionId connection, String secret) {
        List<OutgoingCredential> values = everyField(embedded(), secret);
        api.updateChannel(user, connection, embedded().id(), keyId(values), values);
    }

    /** Both channels listed and every account granted and synchronized. */
    private ConnectionId bothChannelsSynchronized() {
        ConnectionId connection = redirectListed();
        addEmbedded(connection, emulator.acceptedSecret());
        awaitEvent(connection, EventType.LIST_ACCOUNTS_SUCCESS, embedded().id());
        grantAll(connection);
        awaitEvent(connection, EventType.SYNC_ALL_SUCCESS, redirect().id());
        awaitEvent(connection, EventType.SYNC_ALL_SUCCESS, embedded().id());
        return connection;
    }

    @Test
    void aRedirectConnectionHoldsTheEmbeddedChannelEmpty() {
        ConnectionId connection = redirectListed();
        assertThat(status(connection, embedded().id())).isIn(ChannelStatus.EMPTY, ChannelStatus.NEVER);
        assertThat(accountsOf(connection, embedded().id())).isEmpty();
        assertThat(snapshot(connection).status()).isEqualTo(ConnectionStatus.SUCCESS);
    }

    @Test
    void addingTheEmbeddedChannelRunsItsOwnListAccounts() {
        ConnectionId connection = redirectListed();
        List<Account> redirectAccounts = accountsOf(connection, redirect().id());
        addEmbedded(connection, emulator.acceptedSecret());
        Event listed = awaitEvent(
                connection, EventType.LIST_ACCOUNTS_SUCCESS, embedded().id());
        assertThat(listed.header().snapshot()).isPresent();
        assertThat(status(connection, embedded().id())).isEqualTo(ChannelStatus.SUCCESS);
        assertThat(accountsOf(connection, embedded().id()))
                .isNotEmpty()
                .allMatch(Account::isPendingConsent)
                .allMatch(a -> embedded().accountTypes().contains(a.type()));
        assertThat(accountsOf(connection, redirect().id())).isEqualTo(redirectAccounts);
    }

    @Test
    void eachChannelListsOnlyItsOwnAccountTypes() {
        ConnectionId connection = redirectListed();
        addEmbedded(connection, emulator.acceptedSecret());
        awaitEvent(connection, EventType.LIST_ACCOUNTS_SUCCESS, embedded().id());
        assertThat(accountsOf(connection, redirect().id()))
                .isNotEmpty()
                .allMatch(a -> redirect().accountTypes().contains(a.type()));
        assertThat(accountsOf(connection, embedded().id()))
                .isNotEmpty()
                .allMatch(a -> embedded().accountTypes().contains(a.type()));
        assertThat(accounts(connection))
                .hasSize(accountsOf(connection, redirect().id()).size()
                        + accountsOf(connection, embedded().id()).size());
    }

    @Test
    void everyEventOfATwoChannelConnectionNamesItsChannel() {
        ConnectionId connection = bothChannelsSynchronized();
        List<Event> events = seen().stream()
                .filter(e -> e.header().connectionId().equals(connection))
                .toList();
        Set<Optional<ChannelDefinitionId>> named =
                Set.of(Optional.of(redirect().id()), Optional.of(embedded().id()));
        assertThat(events).isNotEmpty().allMatch(e -> named.contains(e.header().channelDefinitionId()));
        assertThat(events).extracting(e -> e.header().channelDefinitionId()).containsAll(named);
    }

    @Test
    void eachChannelRunsItsOwnSyncAllAfterConsent() {
        ConnectionId connection = bothChannelsSynchronized();
        assertThat(status(connection, redirect().id())).isEqualTo(ChannelStatus.SUCCESS);
        assertThat(status(connection, embedded().id())).isEqualTo(ChannelStatus.SUCCESS);
        assertThat(snapshot(connection).status()).isEqualTo(ConnectionStatus.SUCCESS);
        assertThat(accounts(connection))
                .allSatisfy(
                        a -> assertThat(api.transactions(user, a.id(), 1, 10)).isNotEmpty());
    }

    @Test
    void aRefusedEmbeddedChannelBesideASucceededRedirectMakesAPartialSuccess() {
        ConnectionId connection = redirectListed();
        addEmbedded(connection, emulator.refusedSecret());
        awaitEvent(connection, EventType.LIST_ACCOUNTS_FAILURE, embedded().id());
        assertThat(status(connection, embedded().id())).isEqualTo(ChannelStatus.AUTH_FAILED);
        assertThat(status(connection, redirect().id())).isEqualTo(ChannelStatus.SUCCESS);
        assertThat(snapshot(connection).status()).isEqualTo(ConnectionStatus.PARTIAL_SUCCESS);
        assertThat(accountsOf(connection, redirect().id())).isNotEmpty();
    }

    @Test
    void aScheduledSyncFailingOnOneChannelLeavesTheOtherSucceeded() {
        ConnectionId connection = bothChannelsSynchronized();
        emulator.failNextJob(connection, embedded().id(), ChannelStatus.PASSWORD_CHANGE_REQUIRED);
        emulator.runScheduledSync(connection);
        awaitEvent(connection, EventType.SYNC_ALL_FAILURE, embedded().id());
        awaitEvent(connection, EventType.SYNC_ALL_SUCCESS, redirect().id());
        assertThat(status(connection, embedded().id())).isEqualTo(ChannelStatus.PASSWORD_CHANGE_REQUIRED);
        assertThat(status(connection, redirect().id())).isEqualTo(ChannelStatus.SUCCESS);
        assertThat(snapshot(connection).status()).isEqualTo(ConnectionStatus.PARTIAL_SUCCESS);
    }

    @Test
    void aChallengeOnOneChannelLeavesTheOtherAlone() {
        ConnectionId connection = bothChannelsSynchronized();
        emulator.askSmsOnNextJob(connection, embedded().id());
        emulator.runScheduledSync(connection);
        awaitEvent(
                connection, EventType.SYNC_ALL_USER_INPUT_REQUESTED, embedded().id());
        awaitEvent(connection, EventType.SYNC_ALL_SUCCESS, redirect().id());
        assertThat(status(connection, embedded().id())).isEqualTo(ChannelStatus.CHALLENGE_REQUIRED);
        assertThat(status(connection, redirect().id())).isEqualTo(ChannelStatus.SUCCESS);
    }
}
