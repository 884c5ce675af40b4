package io.oxlinkit.spring.boot;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The kit's two pools in a Boot application: data syncs ({@code oxlin.kit.sync-threads}) and a fleet round's pumps
 * ({@code oxlin.fleet.pump-threads}); daemon threads named {@code oxlin-sync-n} and {@code oxlin-pump-n}, shut down
 * with the context. One bean of its own type, so Boot's own {@code applicationTaskExecutor} still backs off only for
 * the host's executors.
 */
public final class OxlinExecutors implements AutoCloseable {

    private final ExecutorService syncs;
    private final ExecutorService pumps;

    /** Two fixed pools of the given sizes. */
    public OxlinExecutors(int syncThreads, int pumpThreads) {
        if (syncThreads < 1 || pumpThreads < 1) {
            throw new IllegalArgumentException(
                    "oxlin.kit.sync-threads and oxlin.fleet.pump-threads must be at least 1");
        }
        this.syncs = Executors.newFixedThreadPool(syncThreads, named("oxlin-sync-"));
        this.pumps = Executors.newFixedThreadPool(pumpThreads, named("oxlin-pump-"));
    }

    /** Runs the data syncs the pumps ask for. */
    public ExecutorService syncs() {
        return syncs;
    }

    /** Runs a fleet round's pumps. */
    public ExecutorService pumps() {
        return pumps;
    }

    @Override
    public void close() {
        syncs.shutdownNow();
        pumps.shutdownNow();
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
