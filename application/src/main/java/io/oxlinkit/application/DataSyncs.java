package io.oxlinkit.application;

import io.oxlinkit.application.port.ConnectionStore;
import io.oxlinkit.application.port.StoredConnection;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.UserId;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Data syncs as background work: a pump only asks for one (the journey waiting on its data is the
 * durable record that it is wanted), and the executor the host sizes runs it. A sync that stops leaves its
 * journey waiting on the data, never Done, and is asked for again on the user's next pump; the
 * connection's {@code sync:} lease keeps two attempts from running one connection at once.
 */
public final class DataSyncs {

    private static final Logger LOG = LoggerFactory.getLogger(DataSyncs.class);

    private final Optional<SynchronizeAccountData> synchronizer;
    private final ConnectionStore connections;
    private final Executor executor;
    private final java.time.Clock clock;

    private DataSyncs(
            Optional<SynchronizeAccountData> synchronizer,
            ConnectionStore connections,
            Executor executor,
            java.time.Clock clock) {
        this.synchronizer = synchronizer;
        this.connections = connections;
        this.executor = executor;
        this.clock = clock;
    }

    /** Syncs run by {@code executor} (a direct executor runs them in the pump's thread, after its events). */
    public static DataSyncs on(
            SynchronizeAccountData synchronizer,
            ConnectionStore connections,
            Executor executor,
            java.time.Clock clock) {
        return new DataSyncs(
                Optional.of(Objects.requireNonNull(synchronizer, "synchronizer must not be null")),
                Objects.requireNonNull(connections, "connections must not be null"),
                Objects.requireNonNull(executor, "executor must not be null"),
                Objects.requireNonNull(clock, "clock must not be null"));
    }

    /** No data sync after SYNC_ALL: the host calls {@code synchronize} itself. */
    public static DataSyncs off(ConnectionStore connections) {
        return new DataSyncs(Optional.empty(), connections, Runnable::run, java.time.Clock.systemUTC());
    }

    /** Asks for the connection's data sync. */
    public void request(ConnectionId connection) {
        if (synchronizer.isEmpty()) {
            return;
        }
        try {
            executor.execute(() -> runQuietly(synchronizer.get(), connection));
        } catch (RejectedExecutionException full) {
            LOG.warn(
                    "the data sync of connection {} was not accepted by the executor; the next pump asks again",
                    connection);
        }
    }

    /** Asks again for the data sync of every connection of {@code user} still waiting on its data, once its backoff is over. */
    public void resume(UserId user) {
        if (synchronizer.isEmpty()) {
            return;
        }
        for (StoredConnection stored : connections.findByUser(user)) {
            if (stored.journey().dataSyncDue(clock.instant())) {
                request(stored.id());
            }
        }
    }

    private static void runQuietly(SynchronizeAccountData synchronizer, ConnectionId connection) {
        try {
            synchronizer.synchronize(connection);
        } catch (RuntimeException failure) {
            LOG.warn(
                    "data sync of connection {} stopped ({}); its journey shows DATA_SYNC_RETRYING and a pump asks again after a backoff",
                    connection,
                    Failures.describe(failure));
        }
    }
}
