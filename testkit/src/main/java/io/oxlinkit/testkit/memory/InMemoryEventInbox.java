package io.oxlinkit.testkit.memory;

import io.oxlinkit.application.port.EventInbox;
import io.oxlinkit.domain.event.Event;
import io.oxlinkit.domain.id.EventId;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.domain.journey.EventKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Thread-safe in-memory {@link EventInbox} with claims and leases. */
public final class InMemoryEventInbox implements EventInbox {

    private record Entry(
            UserId user, Event event, boolean applied, String worker, Instant leaseUntil, Instant recordedAt) {}

    private final Map<EventId, Entry> entries = new ConcurrentHashMap<>();
    private final FailureSwitch failures = new FailureSwitch();
    private final java.time.Clock clock;

    /** An inbox that dates what it records by the system clock. */
    public InMemoryEventInbox() {
        this(java.time.Clock.systemUTC());
    }

    /** An inbox that dates what it records by {@code clock} (retention counts from there). */
    public InMemoryEventInbox(java.time.Clock clock) {
        this.clock = java.util.Objects.requireNonNull(clock, "clock must not be null");
    }

    /** The failure seam: makes the next records throw. */
    public FailureSwitch failures() {
        return failures;
    }

    @Override
    public boolean record(UserId user, Event event) {
        failures.maybeFail("record");
        return entries.putIfAbsent(
                        event.header().id(), new Entry(user, event, false, null, Instant.MIN, clock.instant()))
                == null;
    }

    @Override
    public List<Event> unapplied() {
        return entries.values().stream()
                .filter(e -> !e.applied())
                .map(Entry::event)
                .sorted(Comparator.comparing(e -> EventKey.of(e.header())))
                .toList();
    }

    @Override
    public List<Event> unapplied(UserId user) {
        return entries.values().stream()
                .filter(e -> !e.applied() && e.user().equals(user))
                .map(Entry::event)
                .sorted(Comparator.comparing(e -> EventKey.of(e.header())))
                .toList();
    }

    @Override
    public synchronized boolean claim(EventId id, String worker, Instant now, Duration lease) {
        Entry entry = entries.get(id);
        if (entry == null || entry.applied()) {
            return false;
        }
        boolean free = entry.worker() == null || !now.isBefore(entry.leaseUntil());
        if (free) {
            entries.put(id, new Entry(entry.user(), entry.event(), false, worker, now.plus(lease), entry.recordedAt()));
        }
        return free;
    }

    @Override
    public synchronized void markApplied(EventId id, String worker) {
        Entry entry = entries.get(id);
        if (entry != null && worker.equals(entry.worker())) {
            entries.put(
                    id, new Entry(entry.user(), entry.event(), true, worker, entry.leaseUntil(), entry.recordedAt()));
        }
    }

    @Override
    public synchronized void release(EventId id, String worker) {
        Entry entry = entries.get(id);
        if (entry != null && !entry.applied() && worker.equals(entry.worker())) {
            entries.put(id, new Entry(entry.user(), entry.event(), false, null, Instant.MIN, entry.recordedAt()));
        }
    }

    @Override
    public boolean isApplied(EventId id) {
        Entry entry = entries.get(id);
        return entry != null && entry.applied();
    }

    @Override
    public synchronized int eraseConnection(io.oxlinkit.domain.id.ConnectionId connection) {
        return eraseWhere(e -> e.event().header().connectionId().equals(connection));
    }

    @Override
    public synchronized int eraseUser(UserId user) {
        return eraseWhere(e -> user.equals(e.user()));
    }

    @Override
    public synchronized int purgeApplied(Instant recordedBefore) {
        return eraseWhere(e -> e.applied() && e.recordedAt().isBefore(recordedBefore));
    }

    private int eraseWhere(java.util.function.Predicate<Entry> doomed) {
        int before = entries.size();
        entries.values().removeIf(doomed);
        return before - entries.size();
    }
}
