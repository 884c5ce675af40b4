package io.oxlinkit.application;

import io.oxlinkit.application.port.ConnectionStore;
import io.oxlinkit.application.port.JourneyListener;
import io.oxlinkit.application.port.StaleSnapshotException;
import io.oxlinkit.application.port.StoredConnection;
import io.oxlinkit.application.port.Telemetry;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.journey.Journey;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies a change to a stored connection's journey under optimistic locking (re-reading and
 * re-applying when another writer got there first), then tells the host listener when the next step
 * changed.
 */
public final class JourneyRecorder {

    private static final Logger LOG = LoggerFactory.getLogger(JourneyRecorder.class);
    private static final int ATTEMPTS = 5;

    private final ConnectionStore store;
    private final JourneyListener listener;
    private final Telemetry telemetry;

    JourneyRecorder(ConnectionStore store, JourneyListener listener) {
        this(store, listener, Telemetry.NONE);
    }

    /** The same, each new next step also told to {@code telemetry}. */
    JourneyRecorder(ConnectionStore store, JourneyListener listener, Telemetry telemetry) {
        this.telemetry = Objects.requireNonNull(telemetry, "telemetry must not be null");
        this.store = Objects.requireNonNull(store, "store must not be null");
        this.listener = Objects.requireNonNull(listener, "listener must not be null");
    }

    /** Stores a new connection (version 0) and announces its first step. */
    public StoredConnection create(StoredConnection connection) {
        StoredConnection saved = store.save(connection);
        announce(saved);
        return saved;
    }

    /** The stored connection, if any (read only). */
    public Optional<StoredConnection> find(ConnectionId id) {
        return store.find(id);
    }

    /**
     * Applies {@code change} to the stored connection and saves it.
     *
     * @return the saved connection, or empty when the connection is not stored
     */
    public Optional<StoredConnection> update(ConnectionId id, UnaryOperator<StoredConnection> change) {
        for (int attempt = 1; ; attempt++) {
            Optional<StoredConnection> current = store.find(id);
            if (current.isEmpty()) {
                return Optional.empty();
            }
            StoredConnection changed = change.apply(current.get());
            if (changed.equals(current.get())) {
                return current;
            }
            try {
                StoredConnection saved = store.save(changed);
                if (!saved.journey().nextStep().equals(current.get().journey().nextStep())) {
                    announce(saved);
                }
                return Optional.of(saved);
            } catch (StaleSnapshotException stale) {
                if (attempt >= ATTEMPTS) {
                    throw stale;
                }
                LOG.debug("connection {} changed concurrently; re-applying (attempt {})", id, attempt);
            }
        }
    }

    /** Applies a journey change. */
    public Optional<StoredConnection> updateJourney(ConnectionId id, UnaryOperator<Journey> change) {
        return update(id, c -> c.with(change.apply(c.journey())));
    }

    private void announce(StoredConnection connection) {
        UseCaseScope.report(
                telemetry,
                new Telemetry.Event.JourneyStep(
                        connection.journey().nextStep().getClass().getSimpleName()));
        try {
            listener.onNextStep(
                    connection.userId(), connection.id(), connection.journey().nextStep());
        } catch (RuntimeException listenerFailure) {
            LOG.warn(
                    "journey listener failed for connection {}: {}",
                    connection.id(),
                    listenerFailure.getClass().getName());
        }
    }
}
