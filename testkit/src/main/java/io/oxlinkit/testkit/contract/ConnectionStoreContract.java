package io.oxlinkit.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oxlinkit.application.port.ConnectionStore;
import io.oxlinkit.application.port.StaleSnapshotException;
import io.oxlinkit.application.port.StoredConnection;
import io.oxlinkit.domain.account.AccountStatus;
import io.oxlinkit.domain.connection.Channel;
import io.oxlinkit.domain.connection.ChannelStatus;
import io.oxlinkit.domain.connection.Connection;
import io.oxlinkit.domain.connection.ConnectionStatus;
import io.oxlinkit.domain.event.EventType;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.domain.journey.Journey;
import io.oxlinkit.domain.wire.UnknownValues;
import io.oxlinkit.testkit.data.AccountBuilder;
import io.oxlinkit.testkit.data.ConnectionBuilder;
import io.oxlinkit.testkit.data.EventBuilder;
import io.oxlinkit.testkit.fake.GuideChallenges;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of every {@link ConnectionStore}. Extend it with one method creating the store under
 * test; each test uses fresh ids, so a shared database needs no cleaning.
 */
public abstract class ConnectionStoreContract {

    private ConnectionStore store;

    /** A store to test; may hold data of earlier tests. */
    protected abstract ConnectionStore createStore();

    /** Makes the store's next write fail, if the implementation can; return false to skip that test. */
    protected boolean breakNextWrite(ConnectionStore store) {
        return false;
    }

    @BeforeEach
    void setUpStore() {
        store = createStore();
    }

    private static StoredConnection fresh(UserId user) {
        Connection connection = new ConnectionBuilder()
                .id(ContractIds.fresh("c"))
                .embeddedChannel("8702", ChannelStatus.RUNNING)
                .build();
        return new StoredConnection(user, connection, Journey.started(connection.id()), 0);
    }

    /** The same connection with its journey moved on (its channel given credentials again). */
    private static StoredConnection changed(StoredConnection saved) {
        return saved.with(saved.journey()
                .credentialsGiven(saved.connection().channels().get(0).definitionId(), saved.connection()));
    }

    @Test
    void aSavedConnectionIsFoundWithVersionOne() {
        StoredConnection connection = fresh(UserId.of(ContractIds.fresh("u")));
        StoredConnection saved = store.save(connection);
        assertThat(saved.version()).isEqualTo(1);
        assertThat(store.find(connection.id())).contains(saved);
    }

    @Test
    void aJourneyInTheMiddleOfAChallengeSurvivesTheRoundTrip() {
        UserId user = UserId.of(ContractIds.fresh("u"));
        StoredConnection connection = fresh(user);
        String cid = connection.id().value();
        Journey journey = connection
                .journey()
                .apply(new EventBuilder()
                        .id("17")
                        .connectionId(cid)
                        .createdAt(Instant.parse("2026-03-01T10:00:00Z"))
                        .channelStatus(ChannelStatus.CHALLENGE_REQUIRED)
                        .challenge(
                                EventType.LIST_ACCOUNTS_USER_INPUT_REQUESTED,
                                GuideChallenges.smsCode("0606060606", 2, true)))
                .challengeAnswered(io.oxlinkit.domain.id.EventId.of("17"))
                .apply(new EventBuilder()
                        .id("18")
                        .connectionId(cid)
                        .createdAt(Instant.parse("2026-03-01T10:01:00Z"))
                        .success(EventType.LIST_ACCOUNTS_SUCCESS))
                .accountsListed(List.of(new AccountBuilder()
                        .id("a1")
                        .connectionId(cid)
                        .status(AccountStatus.PENDING_CONSENT)
                        .build()));
        StoredConnection saved = store.save(connection.with(journey));
        assertThat(store.find(connection.id()).orElseThrow().journey()).isEqualTo(journey);
        assertThat(store.find(connection.id()).orElseThrow()).isEqualTo(saved);
    }

    @Test
    void aSnapshotWithStatusesThisVersionDoesNotKnowKeepsThemAsSent() {
        StoredConnection plain = fresh(UserId.of(ContractIds.fresh("u")));
        Connection c = plain.connection();
        Channel known = c.channels().get(0);
        ChannelStatus odd = ChannelStatus.fromWire("BANK_MAINTENANCE");
        Channel channel = new Channel(
                known.definitionId(),
                known.mode(),
                odd,
                known.expires(),
                known.lastSuccess(),
                known.lastEnd(),
                known.maskedCredentials(),
                known.accountTypes(),
                UnknownValues.none().with("status", odd, "BANK_MAINTENANCE"));
        ConnectionStatus oddConnection = ConnectionStatus.fromWire("PAUSED");
        Connection snapshot = new Connection(
                c.id(),
                c.providerId(),
                c.name(),
                oddConnection,
                c.autoSync(),
                List.of(channel),
                c.owner(),
                c.creationDate(),
                UnknownValues.none().with("status", oddConnection, "PAUSED"));
        StoredConnection saved = store.save(
                new StoredConnection(plain.userId(), snapshot, plain.journey().reconcile(snapshot), 0));
        StoredConnection read = store.find(saved.id()).orElseThrow();
        assertThat(read).isEqualTo(saved);
        assertThat(read.connection().channels().get(0).rawStatus()).isEqualTo("BANK_MAINTENANCE");
        assertThat(read.connection().rawStatus()).isEqualTo("PAUSED");
    }

    @Test
    void anUpdateAtTheStoredVersionIncrementsIt() {
        StoredConnection saved = store.save(fresh(UserId.of(ContractIds.fresh("u"))));
        StoredConnection updated = store.save(changed(saved));
        assertThat(updated.version()).isEqualTo(2);
    }

    @Test
    void aStaleSnapshotIsRefusedAndTheNewerOneKept() {
        StoredConnection first = store.save(fresh(UserId.of(ContractIds.fresh("u"))));
        Connection failed = first.connection()
                .withChannelStatus(first.connection().channels().get(0).definitionId(), ChannelStatus.AUTH_FAILED);
        StoredConnection newer = store.save(first.with(failed));
        assertThatThrownBy(() -> store.save(first)).isInstanceOf(StaleSnapshotException.class);
        assertThat(store.find(first.id())).contains(newer);
    }

    @Test
    void insertingAnExistingConnectionAsNewIsRefused() {
        StoredConnection connection = fresh(UserId.of(ContractIds.fresh("u")));
        store.save(connection);
        assertThatThrownBy(() -> store.save(connection)).isInstanceOf(StaleSnapshotException.class);
    }

    @Test
    void aFailedWriteLeavesThePreviousStateIntact() {
        StoredConnection saved = store.save(fresh(UserId.of(ContractIds.fresh("u"))));
        org.junit.jupiter.api.Assumptions.assumeTrue(
                breakNextWrite(store), "this store cannot simulate a failed write");
        assertThatThrownBy(() -> store.save(changed(saved)))
                .isInstanceOf(io.oxlinkit.application.port.StorageException.class);
        assertThat(store.find(saved.id())).contains(saved);
    }

    @Test
    void connectionsOfAUserAreListedInIdOrder() {
        UserId user = UserId.of(ContractIds.fresh("u"));
        List<StoredConnection> saved = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            saved.add(store.save(fresh(user)));
        }
        store.save(fresh(UserId.of(ContractIds.fresh("other"))));
        assertThat(store.findByUser(user))
                .extracting(StoredConnection::id)
                .containsExactlyElementsOf(saved.stream()
                        .map(StoredConnection::id)
                        .sorted((a, b) -> a.value().compareTo(b.value()))
                        .toList());
        assertThat(store.findAll())
                .extracting(StoredConnection::id)
                .containsAll(saved.stream().map(StoredConnection::id).toList());
    }

    @Test
    void anUnknownConnectionIsAbsentAndDeletingItIsNoError() {
        ConnectionId unknown = ConnectionId.of(ContractIds.fresh("none"));
        assertThat(store.find(unknown)).isEmpty();
        store.delete(unknown);
    }

    @Test
    void aDeletedConnectionIsGone() {
        StoredConnection saved = store.save(fresh(UserId.of(ContractIds.fresh("u"))));
        store.delete(saved.id());
        assertThat(store.find(saved.id())).isEmpty();
    }

    @Test
    void ofConcurrentWritersFromOneVersionExactlyOneWins() throws Exception {
        StoredConnection saved = store.save(fresh(UserId.of(ContractIds.fresh("u"))));
        List<Callable<StoredConnection>> writers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            writers.add(() -> store.save(changed(saved)));
        }
        List<Object> outcomes = Concurrently.run(writers);
        assertThat(outcomes).filteredOn(StoredConnection.class::isInstance).hasSize(1);
        assertThat(outcomes)
                .filteredOn(StaleSnapshotException.class::isInstance)
                .hasSize(7);
        assertThat(store.find(saved.id()).orElseThrow().version()).isEqualTo(2);
    }
}
