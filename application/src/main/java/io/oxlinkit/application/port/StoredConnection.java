package io.oxlinkit.application.port;

import io.oxlinkit.domain.connection.Connection;
import io.oxlinkit.domain.event.Event;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.domain.journey.Journey;
import java.util.Objects;

/**
 * A connection as the host keeps it: its owner, its one snapshot (the newest seen), its journey (states
 * only) and its optimistic-lock version.
 *
 * @param userId the owner
 * @param connection the newest snapshot
 * @param journey the journey state
 * @param version 0 for a connection never stored; the store increments it on each save
 */
public record StoredConnection(UserId userId, Connection connection, Journey journey, long version) {

    /** Requires every part and a journey of the same connection. */
    public StoredConnection {
        Objects.requireNonNull(userId, "userId must not be null");
        Objects.requireNonNull(connection, "connection must not be null");
        Objects.requireNonNull(journey, "journey must not be null");
        if (!journey.connectionId().equals(connection.id())) {
            throw new IllegalArgumentException(
                    "journey of connection " + journey.connectionId() + " stored with " + connection.id());
        }
        if (version < 0) {
            throw new IllegalArgumentException("version must not be negative");
        }
    }

    /** The connection id. */
    public ConnectionId id() {
        return connection.id();
    }

    /** A copy with a newer journey (same version: the store decides the next one). */
    public StoredConnection with(Journey newJourney) {
        return new StoredConnection(userId, connection, newJourney, version);
    }

    /**
     * Folds an event: its snapshot replaces the stored one when it is the newest event seen, and the
     * journey moves on with it (the one copy of the connection stays here).
     */
    public StoredConnection apply(Event event) {
        Connection current = journey.snapshotAfter(event, connection);
        return new StoredConnection(userId, current, journey.apply(event, connection), version);
    }

    /** Takes a snapshot read from the server now and reconciles the journey with it. */
    public StoredConnection reconciled(Connection fresh) {
        return new StoredConnection(userId, fresh, journey.reconcile(fresh), version);
    }

    /** A copy with a newer snapshot. */
    public StoredConnection with(Connection newSnapshot) {
        return new StoredConnection(userId, newSnapshot, journey, version);
    }
}
