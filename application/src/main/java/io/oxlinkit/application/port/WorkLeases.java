package io.oxlinkit.application.port;

import java.time.Duration;
import java.time.Instant;

/**
 * Leases on units of work shared by host instances (a connection's data sync, say), so that two
 * instances never do the same work at once. A lease lapses by itself, so a crashed holder blocks
 * nobody for longer than the lease. Thread-safe; for shared stores, safe across instances.
 */
public interface WorkLeases {

    /**
     * Takes the lease on {@code resource} for {@code worker} until {@code now + lease}, when it is free,
     * lapsed, or already this worker's.
     *
     * @return true when the worker now holds it
     */
    boolean tryAcquire(String resource, String worker, Instant now, Duration lease);

    /** Gives the lease back, if this worker holds it. */
    void release(String resource, String worker);
}
