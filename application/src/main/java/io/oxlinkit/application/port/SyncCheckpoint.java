package io.oxlinkit.application.port;

import io.oxlinkit.domain.account.Transaction;
import java.time.Instant;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/**
 * The newest transaction date and the newest import date an account's syncs have seen: where the next
 * incremental sync starts its overlap windows.
 *
 * @param newestDate the newest {@code date} seen, when any entry was seen
 * @param newestImport the newest {@code import_date} seen, when any entry carried one
 */
public record SyncCheckpoint(Optional<Instant> newestDate, Optional<Instant> newestImport) {

    private static final SyncCheckpoint NONE = new SyncCheckpoint(Optional.empty(), Optional.empty());

    /** Requires both parts. */
    public SyncCheckpoint {
        Objects.requireNonNull(newestDate, "newestDate must not be null");
        Objects.requireNonNull(newestImport, "newestImport must not be null");
    }

    /** Nothing seen yet. */
    public static SyncCheckpoint none() {
        return NONE;
    }

    /** This checkpoint moved forward by the entries of a page (never backward). */
    public SyncCheckpoint advancedBy(Collection<Transaction> page) {
        Optional<Instant> date = newestDate;
        Optional<Instant> imported = newestImport;
        for (Transaction transaction : page) {
            date = later(date, Optional.of(transaction.date()));
            imported = later(imported, transaction.importDate());
        }
        return new SyncCheckpoint(date, imported);
    }

    private static Optional<Instant> later(Optional<Instant> a, Optional<Instant> b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        return a.get().isAfter(b.get()) ? a : b;
    }
}
