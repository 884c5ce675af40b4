package io.oxlinkit.application;

import io.oxlinkit.application.port.EventInbox;
import io.oxlinkit.application.port.QueuesApi;
import io.oxlinkit.application.port.StoredConnection;
import io.oxlinkit.domain.event.Event;
import io.oxlinkit.domain.event.EventType;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.QueueId;
import io.oxlinkit.domain.id.UserId;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows synchronizations through the event queue. Each polled event is first recorded in the
 * {@link EventInbox} (duplicates are dropped by id), then every unapplied event is claimed, folded into
 * its connection's journey, saved, and marked applied. A failure between "recorded" and "applied"
 * loses nothing: the event stays in the inbox and the next pump applies it. After a failure on a
 * connection, its later events wait for the next pump, so each connection's events are applied in order.
 *
 * <p>When LIST_ACCOUNTS succeeds the account list is fetched and stored (the consent step needs it);
 * when SYNC_ALL succeeds the connection's data is synchronized if a {@link SynchronizeAccountData} is set,
 * and the journey says Done only once that data is stored; a sync that stopped is resumed on the next pump.
 */
public final class PumpEvents {

    private static final Logger LOG = LoggerFactory.getLogger(PumpEvents.class);

    private final Subscriptions subscriptions;
    private final QueuesApi queues;
    private final AccountListing listing;
    private final EventInbox inbox;
    private final JourneyRecorder recorder;
    private final Optional<SynchronizeAccountData> synchronizer;
    private final Clock clock;
    private final String worker;
    private final Duration lease;

    public PumpEvents(Subscriptions subscriptions, QueuesApi queues, AccountListing listing,
                      EventInbox inbox, JourneyRecorder recorder, Optional<SynchronizeAccountData> synchronizer,
                      Clock clock, String worker, Duration lease) {
        this.subscriptions = Objects.requireNonNull(subscriptions, "subscriptions must not be null");
        this.queues = Objects.requireNonNull(queues, "queues must not be null");
        this.listing = Objects.requireNonNull(listing, "listing must not be null");
        this.inbox = Objects.requireNonNull(inbox, "inbox must not be null");
        this.recorder = Objects.requireNonNull(recorder, "recorder must not be null");
        this.synchronizer = Objects.requireNonNull(synchronizer, "synchronizer must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
        this.worker = Objects.requireNonNull(worker, "worker must not be null");
        this.lease = Objects.requireNonNull(lease, "lease must not be null");
    }

    /**
     * Resumes the user's data syncs that stopped on an earlier pump, then polls the user's queue
     * (subscribing once), records what came, and applies every recorded event.
     */
    public PumpReport pump(UserId user) {
        synchronizer.ifPresent(s -> resumeQuietly(s, user));
        QueueId queue = subscriptions.ensure(user);
        List<Event> polled = queues.poll(user, queue);
        int recorded = 0;
        for (Event event : polled) {
            if (inbox.record(event)) {
                recorded++;
            }
        }
        PumpReport applied = applyRecorded();
        return new PumpReport(polled.size(), recorded, applied.applied(), applied.deferred(), applied.failed());
    }

    /** Applies every recorded, unapplied event (for instance after a crash, or by another instance). */
    public PumpReport applyRecorded() {
        Set<ConnectionId> halted = new HashSet<>();
        int applied = 0;
        int deferred = 0;
        int failed = 0;
        for (Event event : inbox.unapplied()) {
            ConnectionId connectionId = event.header().connectionId();
            if (halted.contains(connectionId)) {
                deferred++;
                continue;
            }
            if (!inbox.claim(event.header().id(), worker, clock.instant(), lease)) {
                continue;
            }
            try {
                Optional<StoredConnection> updated = recorder.update(connectionId, c -> fold(c, event));
                if (updated.isEmpty()) {
                    inbox.release(event.header().id(), worker);
                    halted.add(connectionId);
                    deferred++;
                    continue;
                }
                inbox.markApplied(event.header().id(), worker);
                applied++;
                if (event.type() == EventType.SYNC_ALL_SUCCESS && updated.get().journey().needsDataStored()) {
                    synchronizeQuietly(connectionId);
                }
            } catch (RuntimeException failure) {
                inbox.release(event.header().id(), worker);
                halted.add(connectionId);
                failed++;
                LOG.warn("event {} of connection {} not applied yet ({}); it stays in the inbox",
                        event.header().id(), connectionId, failure.getClass().getSimpleName());
            }
        }
        return new PumpReport(0, 0, applied, deferred, failed);
    }

    private StoredConnection fold(StoredConnection connection, Event event) {
        if (event instanceof Event.Unrecognized unknown) {
            LOG.info("event {} of connection {} has a type this version does not know ({}); only its snapshot counts",
                    event.header().id(), connection.id(), unknown.rawType());
        }
        return listing.settle(connection.apply(event));
    }

    /** A data sync that stopped (its journey still waits on the data) is resumed on the user's next pump. */
    private static void resumeQuietly(SynchronizeAccountData synchronizer, UserId user) {
        try {
            synchronizer.resumePending(user);
        } catch (RuntimeException failure) {
            LOG.warn("resuming the data syncs of user {} stopped ({}); the next pump tries again", user,
                    failure.getClass().getSimpleName());
        }
    }

    private void synchronizeQuietly(ConnectionId connectionId) {
        synchronizer.ifPresent(s -> {
            try {
                s.synchronize(connectionId);
            } catch (RuntimeException failure) {
                LOG.warn("data sync of connection {} stopped ({}); it resumes on the next synchronize",
                        connectionId, failure.getClass().getSimpleName());
            }
        });
    }
}
