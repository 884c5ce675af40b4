package io.oxlinkit.adapter.micrometer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.oxlinkit.application.port.Telemetry;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The kit's {@link Telemetry} as Micrometer meters and observations (names in docs/observability.md):
 * <ul>
 *   <li>an {@link Observation} {@code oxlin.use-case} per use case, tag {@code use.case}, the user and connection
 *       ids as high-cardinality key values (spans in a tracing backend; a timer through Micrometer's default handler);</li>
 *   <li>{@code oxlin.events.polled} and {@code oxlin.events.applied}, {@code oxlin.events.failed} counters, and
 *       {@code oxlin.pumps} counter;</li>
 *   <li>{@code oxlin.sync.pages} counter, {@code oxlin.sync.transactions} counter of new transactions, and an
 *       {@code oxlin.sync.duration} timer tagged {@code outcome};</li>
 *   <li>{@code oxlin.journey.steps} counter tagged {@code step} (each new next step of a connection).</li>
 * </ul>
 *
 * <pre>{@code
 * OxlinKit kit = OxlinKit.builder()....telemetry(new MicrometerTelemetry(meterRegistry, observationRegistry)).build();
 * }</pre>
 */
public final class MicrometerTelemetry implements Telemetry {

    private final MeterRegistry meters;
    private final ObservationRegistry observations;
    private final Counter pumps;
    private final Counter polled;
    private final Counter applied;
    private final Counter failed;
    private final Counter pages;
    private final DistributionSummary pageSizes;
    private final Counter transactions;

    /** Meters in {@code meters}, use-case observations in {@code observations} ({@link ObservationRegistry#NOOP} for none). */
    public MicrometerTelemetry(MeterRegistry meters, ObservationRegistry observations) {
        this.meters = Objects.requireNonNull(meters, "meters must not be null");
        this.observations = Objects.requireNonNull(observations, "observations must not be null");
        this.pumps = Counter.builder("oxlin.pumps")
                .description("pumps of one user's event queue")
                .register(meters);
        this.polled = Counter.builder("oxlin.events.polled")
                .description("events read from the users' queues")
                .register(meters);
        this.applied = Counter.builder("oxlin.events.applied")
                .description("events applied to journeys (each once)")
                .register(meters);
        this.failed = Counter.builder("oxlin.events.failed")
                .description("events whose application failed (kept for the next pump)")
                .register(meters);
        this.pages = Counter.builder("oxlin.sync.pages")
                .description("transaction pages stored by data syncs")
                .register(meters);
        this.pageSizes = DistributionSummary.builder("oxlin.sync.page.transactions")
                .description("new transactions per stored page")
                .register(meters);
        this.transactions = Counter.builder("oxlin.sync.transactions")
                .description("transactions stored for the first time")
                .register(meters);
    }

    @Override
    public <T> T useCase(String name, Map<String, String> ids, Supplier<T> work) {
        Observation observation = Observation.createNotStarted("oxlin.use-case", observations)
                .contextualName(name)
                .lowCardinalityKeyValue("use.case", name);
        ids.forEach(observation::highCardinalityKeyValue);
        return observation.observe(work);
    }

    @Override
    public void record(Telemetry.Event event) {
        if (event instanceof Telemetry.Event.Pumped pumped) {
            pumps.increment();
            polled.increment(pumped.polled());
            applied.increment(pumped.applied());
            failed.increment(pumped.failed());
        } else if (event instanceof Telemetry.Event.SyncPage page) {
            pages.increment();
            pageSizes.record(page.newTransactions());
        } else if (event instanceof Telemetry.Event.SyncEnded ended) {
            Timer.builder("oxlin.sync.duration")
                    .description("data syncs, from lease to last page")
                    .tag("outcome", ended.outcome())
                    .register(meters)
                    .record(ended.elapsed());
            transactions.increment(ended.newTransactions());
        } else if (event instanceof Telemetry.Event.JourneyStep step) {
            Counter.builder("oxlin.journey.steps")
                    .description("connections that came to a next step")
                    .tag("step", step.step())
                    .register(meters)
                    .increment();
        }
    }
}
