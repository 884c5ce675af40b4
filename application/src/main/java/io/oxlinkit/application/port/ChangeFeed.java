package io.oxlinkit.application.port;

import io.oxlinkit.domain.account.Transaction;
import java.util.List;
import java.util.Objects;

/**
 * The durable change feed of the stored ledger: every transaction a sync added or modified, in the order the
 * store committed them, for the host's own ledger. Each named consumer has a durable cursor: a consumer that
 * acknowledges a position never sees the changes up to it again; one that does not sees them again (at least
 * once). A change is appended in the same transaction as the write it records, so a crash loses none and a
 * rerun emits none twice. Thread-safe; for shared stores, safe across instances.
 */
public interface ChangeFeed {

    /** What happened to a transaction. */
    enum ChangeKind {
        /** First stored. */
        ADDED,
        /** Stored again with another amount, label, status, type or date (or served again after it was removed). */
        MODIFIED,
        /** A PENDING entry the bank no longer serves: kept as a tombstone, no longer listed. */
        REMOVED
    }

    /**
     * One change, with the transaction's state when the change was recorded.
     *
     * @param position the change's place in the feed (increasing, in commit order)
     * @param kind what happened
     * @param transaction the transaction as stored by that change
     */
    record Entry(long position, ChangeKind kind, Transaction transaction) {
        /** Requires every part. */
        public Entry {
            Objects.requireNonNull(kind, "kind must not be null");
            Objects.requireNonNull(transaction, "transaction must not be null");
        }
    }

    /**
     * A page of the feed.
     *
     * @param entries the changes after the consumer's cursor, oldest first
     * @param next the position to acknowledge once these are handled (the cursor itself when the page is empty)
     * @param hasMore whether more changes follow this page
     */
    record Page(List<Entry> entries, long next, boolean hasMore) {
        /** Copies the entries. */
        public Page {
            entries = List.copyOf(entries);
        }
    }

    /** The changes after {@code consumer}'s acknowledged position (from the start for a new consumer), at most {@code limit}. */
    Page changesSince(String consumer, int limit);

    /** The position of the newest change (0 when none): a consumer acknowledging it starts from now. */
    long head();

    /** Moves {@code consumer}'s cursor to {@code position}; a position behind the current one changes nothing. */
    void acknowledge(String consumer, long position);
}
