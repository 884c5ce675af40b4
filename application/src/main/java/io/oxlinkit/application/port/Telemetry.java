package io.oxlinkit.application.port;

import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What the kit reports of its own work, for metrics and traces: each use case as it runs, each pump, each sync
 * page and sync, each journey step. Every method has a no-op default ({@link #NONE}); the {@code oxlin-kit-micrometer}
 * module records them as Micrometer meters and observations. Called on the thread doing the work; an implementation
 * must be quick, and what it throws outside {@link #useCase} is logged and ignored. Never given a secret.
 */
public interface Telemetry {

    /** Records nothing. */
    Telemetry NONE = new Telemetry() { };

    /**
     * Runs one use case: {@code name} is its kebab-case name ({@code answer-challenge}); {@code ids} the user and
     * connection ids it is about, under {@code user.id} and {@code connection.id}, when known (high cardinality:
     * for spans, not for meter tags). The default runs {@code work}.
     */
    default <T> T useCase(String name, Map<String, String> ids, Supplier<T> work) {
        return work.get();
    }

    /** One pump of one user ended: events read from its queue, applied, and failed to apply. */
    default void pumped(int polled, int applied, int failed) {
    }

    /** A data sync stored one page of {@code transactions} transactions. */
    default void syncPage(int transactions) {
    }

    /** A data sync ended ({@code outcome}: {@code completed}, {@code skipped} or {@code failed}). */
    default void syncEnded(String outcome, Duration elapsed, int pages, int newTransactions) {
    }

    /** A connection's journey came to {@code step}, the simple name of a {@code NextStep} type ({@code AnswerChallenge}). */
    default void journeyStep(String step) {
    }
}
