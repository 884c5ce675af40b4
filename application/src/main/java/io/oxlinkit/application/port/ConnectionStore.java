package io.oxlinkit.application.port;

import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.UserId;
import java.util.List;
import java.util.Optional;

/**
 * Connections with their journey, under optimistic locking. Thread-safe; failures throw
 * {@link StorageException} and leave the stored state as it was.
 */
public interface ConnectionStore {

    /**
     * Inserts (version 0) or updates (the stored version) a connection.
     *
     * @return the stored connection with its new version (previous + 1)
     * @throws StaleSnapshotException when {@code connection.version()} is not the stored version
     */
    StoredConnection save(StoredConnection connection);

    /** The connection, if stored. */
    Optional<StoredConnection> find(ConnectionId id);

    /** A user's connections, ordered by connection id. */
    List<StoredConnection> findByUser(UserId user);

    /** Every connection, ordered by connection id (for health scans). */
    List<StoredConnection> findAll();

    /** Removes a connection; absent is not an error. */
    void delete(ConnectionId id);
}
