package io.oxlinkit.application.port;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What the kit reports of its own work, for metrics and traces: each use case as it runs ({@link #useCase}) and each
 * {@link Event} (pumps, sync pages, syncs, journey steps). {@link #NONE} records nothing; the
 * {@code oxlin-kit-micrometer} module records them as Micrometer meters and observations. Called on the thread doing
 * the work; an implementation must be quick, and what {@link #record} throws is logged and ignored.
 */
@FunctionalInterface
public interface Telemetry {

    /** Records nothing. */
    Telemetry NONE = event -> {};

    /** One fact of the kit's work. */
    void record(Event event);

    /**
     * Runs one use case: {@code name} is its kebab-case name ({@code answer-challenge}); {@code ids} the user and
     * connection ids it is about, under {@code user.id} and {@code connection.id}, when known (high cardinality:
     * for spans, not for meter tags). The default runs {@code work}.
     */
    default <T> T useCase(String name, Map<String, String> ids, Supplier<T> work) {
        return work.get();
    }

    /** What the kit tells its {@link Telemetry} of, beside the use cases it runs: a closed set of facts, never a secret. */
    sealed interface Event {

        /**
         * One pump of one user ended.
         *
         * @param polled events read from its queue
         * @param applied events applied to journeys
         * @param failed events whose application failed (kept for the next pump)
         */
        record Pumped(int polled, int applied, int failed) implements Event {}

        /**
         * A data sync stored one page.
         *
         * @param newTransactions the transactions it stored for the first time
         */
        record SyncPage(int newTransactions) implements Event {}

        /**
         * A data sync ended.
         *
         * @param outcome {@code completed}, {@code skipped} (another attempt holds the connection) or {@code failed}
         * @param elapsed from taking the lease to the end
         * @param pages pages stored
         * @param newTransactions transactions stored for the first time
         */
        record SyncEnded(String outcome, Duration elapsed, int pages, int newTransactions) implements Event {
            /** Requires the outcome and the time. */
            public SyncEnded {
                Objects.requireNonNull(outcome, "outcome must not be null");
                Objects.requireNonNull(elapsed, "elapsed must not be null");
            }
        }

        /**
         * A connection's journey came to a new next step.
         *
         * @param step the simple name of its {@code NextStep} type ({@code AnswerChallenge})
         */
        record JourneyStep(String step) implements Event {
            /** Requires the step. */
            public JourneyStep {
                Objects.requireNonNull(step, "step must not be null");
            }
        }
    }
}
