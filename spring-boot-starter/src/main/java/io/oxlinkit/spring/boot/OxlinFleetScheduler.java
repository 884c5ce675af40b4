package io.oxlinkit.spring.boot;

import io.oxlinkit.application.Fleet;
import io.oxlinkit.application.FleetReport;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the kit's {@link Fleet} rounds while the application context runs ({@code oxlin.fleet.enabled=true}): the first
 * round when the context has started, then one every {@code oxlin.fleet.interval} after the previous ended; stopped
 * with the context (a round under way ends first, its pumps are interrupted after the context's shutdown phase).
 * Keeps the last round's report and end, which the health indicator reads as the pump lag.
 */
public final class OxlinFleetScheduler implements SmartLifecycle {

    /** A round's report and when it ended. */
    public record Round(FleetReport report, Instant ended) {}

    private final Fleet fleet;
    private final Duration interval;
    private final Clock clock;
    private final Instant created;
    private final AtomicReference<Round> last = new AtomicReference<>();
    private ScheduledExecutorService scheduler;
    private ScheduledFuture<?> rounds;

    /** Rounds of {@code fleet} every {@code interval}. */
    public OxlinFleetScheduler(Fleet fleet, Duration interval, Clock clock) {
        this.fleet = Objects.requireNonNull(fleet, "fleet must not be null");
        this.interval = Objects.requireNonNull(interval, "interval must not be null");
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("oxlin.fleet.interval must be positive");
        }
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
        this.created = clock.instant();
    }

    @Override
    public synchronized void start() {
        if (rounds != null) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "oxlin-fleet");
            thread.setDaemon(true);
            return thread;
        });
        rounds = fleet.start(scheduler, interval, report -> last.set(new Round(report, clock.instant())));
    }

    @Override
    public synchronized void stop() {
        if (rounds != null) {
            rounds.cancel(false);
            scheduler.shutdown();
            rounds = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return rounds != null;
    }

    /** The last round that ended, if one did. */
    public Optional<Round> lastRound() {
        return Optional.ofNullable(last.get());
    }

    /** How long since the last round ended (since start-up when none has). */
    public Duration lag() {
        Instant since = lastRound().map(Round::ended).orElse(created);
        return Duration.between(since, clock.instant());
    }

    /** The pause between rounds. */
    public Duration interval() {
        return interval;
    }
}
