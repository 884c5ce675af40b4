package io.oxlinkit.application.port;

import io.oxlinkit.domain.event.Event;
import io.oxlinkit.domain.id.EventId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * At-least-once delivery made exactly-once in effect: every polled event is recorded here before it
 * is acted on, then claimed by one worker, applied, and marked applied. Thread-safe and, for shared
 * stores, safe across host instances.
 */
public interface EventInbox {

    /**
     * Records an event. Idempotent by event id.
     *
     * @return true when the event was new
     */
    boolean record(Event event);

    /** Events recorded and not yet applied, oldest first (creation time, then id). */
    List<Event> unapplied();

    /**
     * Claims an unapplied event for {@code worker} until {@code now + lease}. A claim held by another
     * worker whose lease has not run out is refused; an expired one is taken over.
     *
     * @return true when this worker now holds the claim
     */
    boolean claim(EventId id, String worker, Instant now, Duration lease);

    /** Marks a claimed event applied; it never comes back from {@link #unapplied()}. */
    void markApplied(EventId id, String worker);

    /** Releases a claim without applying (the apply failed); the event stays unapplied. */
    void release(EventId id, String worker);

    /** Whether the event was applied. */
    boolean isApplied(EventId id);
}
