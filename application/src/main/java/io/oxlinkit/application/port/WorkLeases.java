package io.oxlinkit.application.port;

import java.time.Duration;
import java.time.Instant;

/**
 * Leases on units of work (a connection's data sync, say), so that two attempts never do the same work at
 * once, whether they run in two threads of one instance or in two instances. A holder is a token fresh for
 * each attempt; a lease is exclusive (a second {@link #tryAcquire} is refused while it runs, the same
 * token's included), renewed by its holder while the work runs, and lapses by itself, so a crashed
 * holder blocks nobody for longer than one lease. Thread-safe; for shared stores, safe across instances.
 */
public interface WorkLeases {

    /**
     * Takes the lease on {@code resource} for {@code holder} until {@code now + lease}, when it is free or
     * lapsed.
     *
     * @return true when the holder now holds it
     */
    boolean tryAcquire(String resource, String holder, Instant now, Duration lease);

    /**
     * Extends the lease to {@code now + lease} when {@code holder} still holds it (the heartbeat of long work).
     *
     * @return false when the holder lost it (it lapsed and another holder took it, or it was released)
     */
    boolean renew(String resource, String holder, Instant now, Duration lease);

    /** Gives the lease back, if this holder holds it. */
    void release(String resource, String holder);

    /** Erases the lease on {@code resource} whoever holds it (the resource is being erased); absent is not an error. */
    void forget(String resource);

    /** Erases leases that lapsed before {@code lapsedBefore} (retention); answers how many. */
    int purgeLapsed(Instant lapsedBefore);
}
