package io.oxlinkit.testkit.memory;

import io.oxlinkit.application.port.EventInbox;
import io.oxlinkit.domain.event.Event;
import io.oxlinkit.domain.id.EventId;
import io.oxlinkit.domain.id.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An {@link EventInbox} passing every call to another one, for tests that watch or break some of them:
 * extend it and override only those.
 */
public class ForwardingEventInbox implements EventInbox {

    private final EventInbox delegate;

    /** Forwards every call to {@code delegate}. */
    public ForwardingEventInbox(EventInbox delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate must not be null");
    }

    @Override
    public boolean record(UserId user, Event event) {
        return delegate.record(user, event);
    }

    @Override
    public List<Event> unapplied() {
        return delegate.unapplied();
    }

    @Override
    public List<Event> unapplied(UserId user) {
        return delegate.unapplied(user);
    }

    @Override
    public boolean claim(EventId id, String claim, Instant now, Duration lease) {
        return delegate.claim(id, claim, now, lease);
    }

    @Override
    public void markApplied(EventId id, String claim) {
        delegate.markApplied(id, claim);
    }

    @Override
    public void release(EventId id, String claim) {
        delegate.release(id, claim);
    }

    @Override
    public boolean isApplied(EventId id) {
        return delegate.isApplied(id);
    }

    @Override
    public int eraseConnection(io.oxlinkit.domain.id.ConnectionId connection) {
        return delegate.eraseConnection(connection);
    }

    @Override
    public int eraseUser(UserId user) {
        return delegate.eraseUser(user);
    }

    @Override
    public int purgeApplied(Instant recordedBefore) {
        return delegate.purgeApplied(recordedBefore);
    }
}
