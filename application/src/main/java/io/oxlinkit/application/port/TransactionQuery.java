package io.oxlinkit.application.port;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Which of an account's transactions a read asks for, with the API's date filters: {@code start_date} (dated
 * at or after), {@code end_date} (dated at or before) and {@code start_import_date} (imported at or after).
 * Start from {@link #all()} and narrow it: {@code TransactionQuery.all().datedFrom(t)}.
 *
 * @param datedFrom entries dated at or after this instant, when present
 * @param datedUntil entries dated at or before this instant, when present
 * @param importedFrom entries imported at or after this instant, when present
 */
public record TransactionQuery(
        Optional<Instant> datedFrom, Optional<Instant> datedUntil, Optional<Instant> importedFrom) {

    private static final TransactionQuery ALL =
            new TransactionQuery(Optional.empty(), Optional.empty(), Optional.empty());

    /** Requires every part. */
    public TransactionQuery {
        Objects.requireNonNull(datedFrom, "datedFrom must not be null");
        Objects.requireNonNull(datedUntil, "datedUntil must not be null");
        Objects.requireNonNull(importedFrom, "importedFrom must not be null");
    }

    /** The whole history. */
    public static TransactionQuery all() {
        return ALL;
    }

    /** This query, narrowed to the entries dated at or after {@code from}. */
    public TransactionQuery datedFrom(Instant from) {
        return new TransactionQuery(Optional.of(from), datedUntil, importedFrom);
    }

    /** This query, narrowed to the entries dated at or before {@code until}. */
    public TransactionQuery datedUntil(Instant until) {
        return new TransactionQuery(datedFrom, Optional.of(until), importedFrom);
    }

    /** This query, narrowed to the entries imported at or after {@code from}, whatever their date. */
    public TransactionQuery importedFrom(Instant from) {
        return new TransactionQuery(datedFrom, datedUntil, Optional.of(from));
    }
}
