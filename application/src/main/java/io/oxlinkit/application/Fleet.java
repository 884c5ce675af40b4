package io.oxlinkit.application;

import io.oxlinkit.application.port.ConnectionStore;
import io.oxlinkit.application.port.StoredConnection;
import io.oxlinkit.application.port.SubscriptionStore;
import io.oxlinkit.application.port.WorkLeases;
import io.oxlinkit.domain.id.UserId;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fleet's periodic work, safe to run from any number of instances on one database: each round pumps
 * every subscribed user (one instance per user per round, through a {@code pump:} lease), reads each
 * connection from the API at most {@code refreshesPerDay} times a day across instances (a {@code refresh:}
 * lease as long as a day divided by the budget), which reconciles journeys whose events were lost, and lists
 * the channels needing their users (REDIRECT renewals ahead of expiry included). A user whose queue keeps
 * failing is backed off: its {@code pump:} lease is stretched to 2, 4, ... up to 32 rounds. The data syncs the pumps ask
 * for run on the kit's {@code syncExecutor}, so no user waits behind another's large sync; the round's pumps run on
 * the kit's {@code fleetExecutor} (direct by default: one user after another; a pool pumps that many users at once).
 */
public final class Fleet {

    private static final Logger LOG = LoggerFactory.getLogger(Fleet.class);

    private final PumpEvents pumps;
    private final SubscriptionStore subscriptions;
    private final ConnectionStore connections;
    private final RefreshConnection refresher;
    private final CheckChannelHealth health;
    private final WorkLeases leases;
    private final Clock clock;
    private final String worker;
    private final int refreshesPerDay;
    private final Housekeeping housekeeping;
    private final Executor pumpExecutor;
    private final Map<UserId, Integer> failing = new ConcurrentHashMap<>();

    /** A user whose pump keeps failing waits 2, 4, ... up to 32 rounds (the lease keeps every instance off it). */
    private static final int MAX_BACKOFF_SHIFT = 5;

    /** How often housekeeping runs, across every instance (one holds its lease for this long). */
    static final Duration HOUSEKEEPING_EVERY = Duration.ofHours(1);

    Fleet(
            PumpEvents pumps,
            SubscriptionStore subscriptions,
            ConnectionStore connections,
            RefreshConnection refresher,
            CheckChannelHealth health,
            WorkLeases leases,
            Clock clock,
            String worker,
            int refreshesPerDay,
            Housekeeping housekeeping,
            Executor pumpExecutor) {
        this.pumpExecutor = Objects.requireNonNull(pumpExecutor, "pumpExecutor must not be null");
        this.pumps = Objects.requireNonNull(pumps, "pumps must not be null");
        this.subscriptions = Objects.requireNonNull(subscriptions, "subscriptions must not be null");
        this.connections = Objects.requireNonNull(connections, "connections must not be null");
        this.refresher = Objects.requireNonNull(refresher, "refresher must not be null");
        this.health = Objects.requireNonNull(health, "health must not be null");
        this.leases = Objects.requireNonNull(leases, "leases must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
        this.worker = Objects.requireNonNull(worker, "worker must not be null");
        if (refreshesPerDay < 1 || refreshesPerDay > 96) {
            throw new IllegalArgumentException("refreshesPerDay must be between 1 and 96");
        }
        this.refreshesPerDay = refreshesPerDay;
        this.housekeeping = Objects.requireNonNull(housekeeping, "housekeeping must not be null");
    }

    /**
     * One round: pumps the users no other instance is pumping, refreshes the connections whose budget
     * allows it, lists the channels needing their users, and runs {@link Housekeeping} at most once an hour across
     * instances. {@code roundLength} is how long this round
     * keeps its users to itself (the interval between rounds).
     */
    public FleetReport runOnce(Duration roundLength) {
        AtomicInteger pumped = new AtomicInteger();
        AtomicInteger pumpFailures = new AtomicInteger();
        List<CompletableFuture<Void>> pumping = new ArrayList<>();
        for (UserId user : subscriptions.users()) {
            pumping.add(
                    CompletableFuture.runAsync(() -> pumpOne(user, roundLength, pumped, pumpFailures), pumpExecutor));
        }
        try {
            CompletableFuture.allOf(pumping.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException stopped) {
            throw stopped.getCause() instanceof RuntimeException cause ? cause : stopped;
        }
        int refreshed = 0;
        int failures = pumpFailures.get();
        Duration budget = Duration.ofDays(1).dividedBy(refreshesPerDay);
        for (StoredConnection stored : connections.findAll()) {
            if (!leases.tryAcquire(
                    LeaseResources.refresh(stored.id()), ClaimTokens.next(worker), clock.instant(), budget)) {
                continue;
            }
            try {
                refresher.refresh(stored);
                refreshed++;
            } catch (RuntimeException failure) {
                failures++;
                LOG.warn(
                        "the fleet's refresh of connection {} stopped ({}); its next budget slot tries again",
                        stored.id(),
                        Failures.describe(failure));
            }
        }
        List<HealthItem> needing = health.check();
        Housekeeping.Report purged = new Housekeeping.Report(0, 0, 0);
        if (leases.tryAcquire(
                LeaseResources.housekeeping(), ClaimTokens.next(worker), clock.instant(), HOUSEKEEPING_EVERY)) {
            try {
                purged = housekeeping.run();
            } catch (RuntimeException failure) {
                failures++;
                LOG.warn(
                        "the fleet's housekeeping stopped ({}); it runs again within the hour",
                        Failures.describe(failure));
            }
        }
        return new FleetReport(pumped.get(), refreshed, failures, needing, purged);
    }

    /** Pumps one user unless another instance holds its {@code pump:} lease; a failing user is backed off. */
    private void pumpOne(UserId user, Duration roundLength, AtomicInteger pumped, AtomicInteger failures) {
        String holder = ClaimTokens.next(worker);
        String resource = LeaseResources.pump(user);
        if (!leases.tryAcquire(resource, holder, clock.instant(), roundLength)) {
            return;
        }
        boolean failed;
        try {
            failed = pumps.pump(user).queueReadFailures() > 0;
            pumped.incrementAndGet();
        } catch (RuntimeException failure) {
            failed = true;
            LOG.warn(
                    "the fleet's pump of user {} stopped ({}); a later round tries again",
                    user,
                    Failures.describe(failure));
        }
        if (failed) {
            failures.incrementAndGet();
            int streak = failing.merge(user, 1, Integer::sum);
            leases.renew(
                    resource,
                    holder,
                    clock.instant(),
                    roundLength.multipliedBy(1L << Math.min(streak, MAX_BACKOFF_SHIFT)));
        } else {
            failing.remove(user);
        }
    }

    /**
     * Runs a round every {@code interval} on {@code scheduler} (a failing round is logged and the next one
     * runs); cancel the returned future to stop. The host owns the scheduler and its shutdown.
     */
    public ScheduledFuture<?> start(ScheduledExecutorService scheduler, Duration interval) {
        return start(scheduler, interval, report -> {});
    }

    /** The same, each round's report given to {@code afterRound} (a health check keeps the last one). */
    public ScheduledFuture<?> start(
            ScheduledExecutorService scheduler, Duration interval, Consumer<FleetReport> afterRound) {
        Objects.requireNonNull(scheduler, "scheduler must not be null");
        Objects.requireNonNull(afterRound, "afterRound must not be null");
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("interval must be positive");
        }
        return scheduler.scheduleWithFixedDelay(
                () -> {
                    try {
                        afterRound.accept(runOnce(interval));
                    } catch (RuntimeException failure) {
                        LOG.warn(
                                "a fleet round stopped ({}); the next one runs in {}",
                                Failures.describe(failure),
                                interval);
                    }
                },
                0,
                interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }
}
