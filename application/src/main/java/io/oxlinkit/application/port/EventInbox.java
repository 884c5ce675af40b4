package io.oxlinkit.application.port;

import io.oxlinkit.domain.event.Event;
import io.oxlinkit.domain.id.EventId;
import io.oxlinkit.domain.id.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * At-least-once delivery made exactly-once in effect: every polled event is recorded here, with the user
 * whose queue delivered it, before it is acted on; then claimed under a claim token (fresh for each
 * attempt), applied, and marked applied. A claim is exclusive: while its lease runs no other claim is
 * granted, whichever thread or instance asks, so an event is never applied by two attempts at once.
 * Thread-safe and, for shared stores, safe across host instances.
 */
public interface EventInbox {

    /**
     * Records an event delivered by {@code user}'s queue. Idempotent by event id.
     *
     * @return true when the event was new
     */
    boolean record(UserId user, Event event);

    /** Every user's events recorded and not yet applied, oldest first (creation time, then id). */
    List<Event> unapplied();

    /** The events of {@code user}'s queue recorded and not yet applied, oldest first. */
    List<Event> unapplied(UserId user);

    /**
     * Claims an unapplied event under {@code claim} until {@code now + lease}. Any claim whose lease has
     * not run out, the same token's included, makes this one refused; an expired one is taken over.
     *
     * @return true when {@code claim} now holds the event
     */
    boolean claim(EventId id, String claim, Instant now, Duration lease);

    /** Marks an event applied if {@code claim} holds it; it never comes back from {@link #unapplied()}. */
    void markApplied(EventId id, String claim);

    /** Releases a claim without applying (the apply failed); the event stays unapplied. */
    void release(EventId id, String claim);

    /** Whether the event was applied. */
    boolean isApplied(EventId id);

    /** Erases every recorded event about the connection, applied or not; answers how many. */
    int eraseConnection(io.oxlinkit.domain.id.ConnectionId connection);

    /** Erases every recorded event the user's queue delivered, applied or not; answers how many. */
    int eraseUser(UserId user);

    /** Erases applied events recorded before {@code recordedBefore} (retention); answers how many. */
    int purgeApplied(Instant recordedBefore);

    /**
     * Records the events in order, each as {@link #record} does, in one write where the store can (the JDBC
     * inbox does); answers how many were new. A failure may leave some recorded: recording them again is a no-op.
     */
    default int recordAll(UserId user, List<Event> events) {
        int recorded = 0;
        for (Event event : events) {
            if (record(user, event)) {
                recorded++;
            }
        }
        return recorded;
    }

    /**
     * Records the events as {@link #recordAll} does and claims the new ones under {@code claim} until
     * {@code now + lease}, in the same write where the store can (the JDBC inbox writes each new row already
     * claimed): answers the ids recorded now and held by {@code claim}, in order. An event recorded before, by
     * this attempt or another, is left as it is and not answered. The holder applies, marks or releases each
     * answered event as after {@link #claim}; should it stop first, its claims lapse with the lease.
     */
    default List<EventId> recordAndClaimAll(
            UserId user, List<Event> events, String claim, Instant now, Duration lease) {
        List<EventId> held = new java.util.ArrayList<>(events.size());
        for (Event event : events) {
            if (record(user, event) && claim(event.header().id(), claim, now, lease)) {
                held.add(event.header().id());
            }
        }
        return held;
    }

    /** Claims each event as {@link #claim} does, under one claim, in one write where the store can; answers the ids claimed, in order. */
    default List<EventId> claimAll(List<EventId> ids, String claim, Instant now, Duration lease) {
        List<EventId> claimed = new java.util.ArrayList<>(ids.size());
        for (EventId id : ids) {
            if (claim(id, claim, now, lease)) {
                claimed.add(id);
            }
        }
        return claimed;
    }

    /** Marks each event applied as {@link #markApplied} does, in one write where the store can. */
    default void markAppliedAll(List<EventId> ids, String claim) {
        for (EventId id : ids) {
            markApplied(id, claim);
        }
    }
}
