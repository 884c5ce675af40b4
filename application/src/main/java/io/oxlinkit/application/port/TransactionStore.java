package io.oxlinkit.application.port;

import io.oxlinkit.domain.account.Transaction;
import io.oxlinkit.domain.id.AccountId;
import java.util.List;
import java.util.Optional;

/**
 * Transactions, their change feed's writes, and per-account sync cursors. Thread-safe; failures throw {@link StorageException} and
 * leave the stored state as it was (a batch is stored whole or not at all).
 */
public interface TransactionStore {

    /**
     * Stores a batch: a new transaction is added, a stored one (same id) whose values changed (amount, label,
     * type, status, dates) is replaced, an unchanged one is left as it is. Each addition and change is appended
     * to the {@link ChangeFeed} in the same transaction.
     *
     * @return how many transactions were added or changed
     */
    int saveBatch(List<Transaction> batch);

    /**
     * Marks removed every live PENDING transaction of the account dated inside {@code window} that is not in
     * {@code served} (the bank no longer serves it): it is kept as a tombstone, no longer listed or counted,
     * and fed as REMOVED in the same transaction. A removed transaction served again is stored again.
     *
     * @return how many were removed
     */
    int removeVanishedPending(
            AccountId accountId, DateWindow window, java.util.Set<io.oxlinkit.domain.id.TransactionId> served);

    /**
     * The dates a sync's read covered: {@code after} (exclusive, empty: from the oldest) up to {@code upTo}
     * (inclusive, empty: up to the newest).
     */
    record DateWindow(Optional<java.time.Instant> after, Optional<java.time.Instant> upTo) {
        /** Requires both parts. */
        public DateWindow {
            java.util.Objects.requireNonNull(after, "after must not be null");
            java.util.Objects.requireNonNull(upTo, "upTo must not be null");
        }

        /** Whether {@code date} lies inside the window. */
        public boolean contains(java.time.Instant date) {
            return after.map(date::isAfter).orElse(true)
                    && upTo.map(u -> !date.isAfter(u)).orElse(true);
        }
    }

    /** An account's live transactions (tombstones left out), newest first (date, then id), paged by offset. */
    List<Transaction> findByAccount(AccountId accountId, int offset, int limit);

    /** How many live transactions an account has (tombstones left out). */
    long count(AccountId accountId);

    /**
     * Whether the store holds any transaction of the account, tombstones included (the JDBC store answers with one
     * index look-up; this default counts): a full read of an account holding none cannot find a stored pending
     * entry vanished, so it skips that scan.
     */
    default boolean holdsAny(AccountId accountId) {
        return count(accountId) > 0;
    }

    /** The account's sync cursor, if a sync started. */
    Optional<SyncCursor> cursor(AccountId accountId);

    /** Saves the cursor (replacing the previous one). */
    void saveCursor(SyncCursor cursor);

    /**
     * Stores a page and moves the account's cursor past it, in one write where the store can (the JDBC store
     * does: one commit a page, the cursor never ahead of the data); by default one after the other.
     *
     * @return as {@link #saveBatch}
     */
    default int saveBatchAndCursor(List<Transaction> batch, SyncCursor cursor) {
        int changed = batch.isEmpty() ? 0 : saveBatch(batch);
        saveCursor(cursor);
        return changed;
    }

    /** Removes an account's transactions and sync cursor; absent is not an error. */
    void deleteByAccount(AccountId accountId);

    /** Erases tombstones (entries marked removed) removed before {@code removedBefore} (retention); answers how many. */
    int purgeTombstones(java.time.Instant removedBefore);
}
