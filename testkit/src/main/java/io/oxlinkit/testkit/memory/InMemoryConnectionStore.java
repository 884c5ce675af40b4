package io.oxlinkit.testkit.memory;

import io.oxlinkit.application.port.ConnectionStore;
import io.oxlinkit.application.port.StaleSnapshotException;
import io.oxlinkit.application.port.StoredConnection;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.UserId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Thread-safe in-memory {@link ConnectionStore} with optimistic locking. */
public final class InMemoryConnectionStore implements ConnectionStore {

    private final ConcurrentHashMap<ConnectionId, StoredConnection> connections = new ConcurrentHashMap<>();
    private final FailureSwitch failures = new FailureSwitch();

    /** Test seam: the next {@code count} saves throw, leaving the stored state as it was. */
    public FailureSwitch failures() {
        return failures;
    }

    @Override
    public StoredConnection save(StoredConnection connection) {
        failures.maybeFail("save connection " + connection.id());
        StoredConnection[] saved = new StoredConnection[1];
        connections.compute(connection.id(), (id, current) -> {
            long stored = current == null ? 0 : current.version();
            if (connection.version() != stored) {
                throw new StaleSnapshotException(id, connection.version(), stored);
            }
            saved[0] = new StoredConnection(
                    connection.userId(), connection.connection(), connection.journey(), stored + 1);
            return saved[0];
        });
        return saved[0];
    }

    @Override
    public Optional<StoredConnection> find(ConnectionId id) {
        return Optional.ofNullable(connections.get(id));
    }

    @Override
    public List<StoredConnection> findByUser(UserId user) {
        return findAll().stream().filter(c -> c.userId().equals(user)).toList();
    }

    @Override
    public List<StoredConnection> findAll() {
        return connections.values().stream()
                .sorted(Comparator.comparing(c -> c.id().value()))
                .toList();
    }

    @Override
    public void delete(ConnectionId id) {
        connections.remove(id);
    }
}
