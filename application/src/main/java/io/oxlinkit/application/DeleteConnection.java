package io.oxlinkit.application;

import io.oxlinkit.application.port.ConnectionsApi;
import io.oxlinkit.application.port.StoredConnection;
import io.oxlinkit.domain.id.ConnectionId;
import java.util.Objects;
import java.util.Optional;

/**
 * Deletes a connection at OXLIN, then erases its accounts, transactions, checkpoints, change-feed entries,
 * recorded events and leases locally, the connection's own row last. Idempotent and resumable: a connection
 * OXLIN no longer has is success, and a connection no longer stored here is already deleted.
 */
public final class DeleteConnection {

    private final ConnectionsApi api;
    private final LocalErasure erasure;

    DeleteConnection(ConnectionsApi api, LocalErasure erasure) {
        this.api = Objects.requireNonNull(api, "api must not be null");
        this.erasure = Objects.requireNonNull(erasure, "erasure must not be null");
    }

    /** Deletes the connection remotely, then locally; answers whether it was stored (false: nothing to do). */
    public boolean delete(ConnectionId connection) {
        Optional<StoredConnection> stored = erasure.connections().find(connection);
        if (stored.isEmpty()) {
            return false;
        }
        api.deleteConnection(stored.get().userId(), connection);
        erasure.connection(connection);
        return true;
    }
}
