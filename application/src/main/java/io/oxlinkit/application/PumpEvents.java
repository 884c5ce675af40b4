package io.oxlinkit.application;

import io.oxlinkit.application.port.EventInbox;
import io.oxlinkit.application.port.OxlinApiException;
import io.oxlinkit.application.port.QueuesApi;
import io.oxlinkit.application.port.StoredConnection;
import io.oxlinkit.application.port.SubscriptionStore;
import io.oxlinkit.application.port.Telemetry;
import io.oxlinkit.domain.event.Event;
import io.oxlinkit.domain.event.EventType;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.EventId;
import io.oxlinkit.domain.id.QueueId;
import io.oxlinkit.domain.id.UserId;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows synchronizations through the event queue. Each polled event is first recorded in the
 * {@link EventInbox} (duplicates are dropped by id; a new one is recorded already claimed by the pump, one write
 * instead of two), then every unapplied event is claimed, folded into
 * its connection's journey, saved, and marked applied. A failure between "recorded" and "applied"
 * loses nothing: the event stays in the inbox and the next pump applies it. After a failure on a
 * connection, its later events wait for the next pump, so each connection's events are applied in order.
 *
 * <p>Pumping is per user: a user's pump applies the events of that user's queue only. When LIST_ACCOUNTS
 * succeeds the account list is fetched and stored (the consent step needs it); when SYNC_ALL succeeds the
 * connection's data sync is asked of {@link DataSyncs} (background work), and the journey says Done only
 * once that data is stored; a sync that stopped is asked for again on the user's next pump. Each pump, and
 * each retry of one event, claims under a fresh token, so two threads of one instance never apply one event
 * together.
 */
public final class PumpEvents {

    private static final Logger LOG = LoggerFactory.getLogger(PumpEvents.class);

    private final Subscriptions subscriptions;
    private final SubscriptionStore subscribed;
    private final QueuesApi queues;
    private final AccountListing listing;
    private final EventInbox inbox;
    private final JourneyRecorder recorder;
    private final DataSyncs syncs;
    private final Clock clock;
    private final String worker;
    private final Duration lease;
    private final RefreshConnection refresh;
    private final Telemetry telemetry;
    /** Events read from a queue whose recording failed (the store refused): recorded first at the next pump. */
    private final Map<UserId, List<Event>> unrecorded = new ConcurrentHashMap<>();

    PumpEvents(
            Subscriptions subscriptions,
            SubscriptionStore subscribed,
            QueuesApi queues,
            AccountListing listing,
            EventInbox inbox,
            JourneyRecorder recorder,
            DataSyncs syncs,
            Clock clock,
            String worker,
            Duration lease,
            RefreshConnection refresh,
            Telemetry telemetry) {
        this.telemetry = Objects.requireNonNull(telemetry, "telemetry must not be null");
        this.subscriptions = Objects.requireNonNull(subscriptions, "subscriptions must not be null");
        this.subscribed = Objects.requireNonNull(subscribed, "subscribed must not be null");
        this.queues = Objects.requireNonNull(queues, "queues must not be null");
        this.listing = Objects.requireNonNull(listing, "listing must not be null");
        this.inbox = Objects.requireNonNull(inbox, "inbox must not be null");
        this.recorder = Objects.requireNonNull(recorder, "recorder must not be null");
        this.syncs = Objects.requireNonNull(syncs, "syncs must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
        this.worker = Objects.requireNonNull(worker, "worker must not be null");
        this.lease = Objects.requireNonNull(lease, "lease must not be null");
        this.refresh = Objects.requireNonNull(refresh, "refresh must not be null");
    }

    /**
     * Pumps one user: asks again for the user's data syncs that stopped, polls the user's queue
     * (subscribing once), records what came under that user, and applies that user's recorded events only.
     * A queue read that fails (after the adapter's retries) is counted in the report; the events stay at
     * OXLIN for the next pump, and the events already recorded are applied; when the read failed after the
     * server may have handled it (an unreadable or cut answer), the user's waiting journeys are refreshed from
     * {@code GET /connections/{id}}, since a queue may remove what it served. When the store fails while
     * recording, the events read but not recorded are held in memory and recorded first at the user's next pump
     * (a queue read may remove what it serves), and the store's failure is thrown.
     */
    public PumpReport pump(UserId user) {
        syncs.resume(user);
        QueueId queue = subscriptions.ensure(user);
        HeldClaims held = new HeldClaims(ClaimTokens.next(worker));
        int recorded = record(user, Optional.ofNullable(unrecorded.remove(user)).orElse(List.of()), held);
        List<Event> polled;
        int readFailures = 0;
        try {
            polled = queues.poll(user, queue);
        } catch (OxlinApiException unreachable) {
            LOG.warn(
                    "the queue of user {} could not be read ({}); its events wait for the next pump",
                    user,
                    Failures.describe(unreachable));
            polled = List.of();
            readFailures = 1;
            if (unreachable instanceof OxlinApiException.Decoding
                    || unreachable instanceof OxlinApiException.Transport) {
                // the server may have handled the read and removed the events it served: ask the journeys instead
                refresh.refreshWaiting(user);
            }
        }
        recorded += record(user, polled, held);
        PumpReport applied = apply(inbox.unapplied(user), held);
        // those recorded claimed and deferred are free for the next pump; should apply throw, their lease lapses
        releaseAll(held.remaining(), held.token());
        int read = polled.size();
        UseCaseScope.report(telemetry, new Telemetry.Event.Pumped(read, applied.applied(), applied.failed()));
        return new PumpReport(read, recorded, applied.applied(), applied.deferred(), applied.failed(), readFailures);
    }

    /**
     * Pumps every subscribed user in turn (a failure on one user is counted and the others go on), then
     * applies any recorded event no user names (rows recorded by an earlier version).
     */
    public PumpReport pumpAll() {
        PumpReport total = new PumpReport(0, 0, 0, 0, 0, 0);
        for (UserId user : subscribed.users()) {
            try {
                total = total.plus(pump(user));
            } catch (RuntimeException failure) {
                LOG.warn("pumping user {} stopped ({}); the next pump tries again", user, Failures.describe(failure));
                total = total.plus(new PumpReport(0, 0, 0, 0, 1, 0));
            }
        }
        return total.plus(applyRecorded());
    }

    /** Applies every recorded, unapplied event of every user (after a crash, say, or for rows naming no user). */
    public PumpReport applyRecorded() {
        return apply(inbox.unapplied(), new HeldClaims(ClaimTokens.next(worker)));
    }

    /**
     * Applies the events in order. Consecutive events of one connection are folded into its stored journey in one
     * read and one versioned write (claimed together and marked applied together, under one claim); should that write
     * fail, the run is applied again one event at a time, so one bad event never holds back those before it.
     */
    private PumpReport apply(List<Event> events, HeldClaims held) {
        Set<ConnectionId> halted = new HashSet<>();
        PumpReport total = new PumpReport(0, 0, 0, 0, 0, 0);
        for (int from = 0; from < events.size(); ) {
            ConnectionId connectionId = events.get(from).header().connectionId();
            int to = from + 1;
            while (to < events.size() && events.get(to).header().connectionId().equals(connectionId)) {
                to++;
            }
            List<Event> run = events.subList(from, to);
            from = to;
            if (halted.contains(connectionId)) {
                total = total.plus(new PumpReport(0, 0, 0, run.size(), 0, 0));
                continue;
            }
            total = total.plus(
                    run.size() == 1 ? applyOneByOne(run, halted, held) : applyRun(connectionId, run, halted, held));
        }
        return total;
    }

    private PumpReport applyRun(ConnectionId connectionId, List<Event> run, Set<ConnectionId> halted, HeldClaims held) {
        String claim = held.token();
        Set<EventId> won = new HashSet<>(held.take(ids(run)));
        List<EventId> free = ids(run).stream().filter(id -> !won.contains(id)).toList();
        won.addAll(inbox.claimAll(free, claim, clock.instant(), lease));
        List<Event> claimed =
                run.stream().filter(e -> won.contains(e.header().id())).toList();
        if (claimed.isEmpty()) {
            return new PumpReport(0, 0, 0, 0, 0, 0);
        }
        Optional<StoredConnection> updated;
        try {
            updated = recorder.update(connectionId, c -> {
                StoredConnection folded = c;
                for (Event event : claimed) {
                    folded = fold(folded, event);
                }
                return folded;
            });
        } catch (RuntimeException runFailed) {
            releaseAll(ids(claimed), claim);
            return applyOneByOne(claimed, halted, held);
        }
        if (updated.isEmpty()) {
            releaseAll(ids(claimed), claim);
            halted.add(connectionId);
            return new PumpReport(0, 0, 0, claimed.size(), 0, 0);
        }
        inbox.markAppliedAll(ids(claimed), claim);
        if (claimed.stream().anyMatch(e -> e.type() == EventType.SYNC_ALL_SUCCESS)
                && updated.get().journey().needsDataStored()) {
            syncs.request(connectionId);
        }
        return new PumpReport(0, 0, claimed.size(), 0, 0, 0);
    }

    private static List<EventId> ids(List<Event> events) {
        return events.stream().map(e -> e.header().id()).toList();
    }

    private void releaseAll(List<EventId> claimed, String claim) {
        claimed.forEach(id -> inbox.release(id, claim));
    }

    private PumpReport applyOneByOne(List<Event> events, Set<ConnectionId> halted, HeldClaims held) {
        int applied = 0;
        int deferred = 0;
        int failed = 0;
        for (Event event : events) {
            ConnectionId connectionId = event.header().connectionId();
            if (halted.contains(connectionId)) {
                deferred++;
                continue;
            }
            boolean recordedClaimed = !held.take(List.of(event.header().id())).isEmpty();
            String claim = recordedClaimed ? held.token() : ClaimTokens.next(worker);
            if (!recordedClaimed && !inbox.claim(event.header().id(), claim, clock.instant(), lease)) {
                continue;
            }
            try {
                Optional<StoredConnection> updated = recorder.update(connectionId, c -> fold(c, event));
                if (updated.isEmpty()) {
                    inbox.release(event.header().id(), claim);
                    halted.add(connectionId);
                    deferred++;
                    continue;
                }
                inbox.markApplied(event.header().id(), claim);
                applied++;
                if (event.type() == EventType.SYNC_ALL_SUCCESS
                        && updated.get().journey().needsDataStored()) {
                    syncs.request(connectionId);
                }
            } catch (RuntimeException failure) {
                inbox.release(event.header().id(), claim);
                halted.add(connectionId);
                failed++;
                LOG.warn(
                        "event {} of connection {} not applied yet ({}); it stays in the inbox",
                        event.header().id(),
                        connectionId,
                        failure.getClass().getSimpleName());
            }
        }
        return new PumpReport(0, 0, applied, deferred, failed, 0);
    }

    /**
     * Records the events in order, those about another user's connection refused; if the store fails, holds every
     * event of the read for the user's next pump (recording one again is a no-op) and rethrows.
     */
    private int record(UserId user, List<Event> events, HeldClaims held) {
        Map<ConnectionId, Boolean> foreign = new HashMap<>();
        List<Event> accepted = new ArrayList<>(events.size());
        for (Event event : events) {
            if (foreign.computeIfAbsent(event.header().connectionId(), c -> ofAnotherUser(user, c))) {
                LOG.warn(
                        "event {} in the queue of user {} is about connection {} of another user; refused, never recorded",
                        event.header().id(),
                        user,
                        event.header().connectionId());
            } else {
                accepted.add(event);
            }
        }
        try {
            List<EventId> recorded = inbox.recordAndClaimAll(user, accepted, held.token(), clock.instant(), lease);
            held.add(recorded);
            return recorded.size();
        } catch (RuntimeException storeFailed) {
            unrecorded.merge(
                    user,
                    List.copyOf(accepted),
                    (waiting, more) ->
                            Stream.concat(waiting.stream(), more.stream()).toList());
            LOG.warn(
                    "recording the events of user {} failed; {} event(s) held for the next pump",
                    user,
                    accepted.size());
            throw storeFailed;
        }
    }

    /** Whether the event names a connection the kit stores for another user (a server mixing its users' queues up). */
    private boolean ofAnotherUser(UserId user, ConnectionId connection) {
        return recorder.find(connection)
                .map(stored -> !stored.userId().equals(user))
                .orElse(false);
    }

    private StoredConnection fold(StoredConnection connection, Event event) {
        if (event instanceof Event.Unrecognized unknown) {
            LOG.info(
                    "event {} of connection {} has a type this version does not know ({}); only its snapshot counts",
                    event.header().id(),
                    connection.id(),
                    unknown.rawType());
        }
        return listing.settle(connection.apply(event));
    }
}
