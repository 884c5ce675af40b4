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

    /** An account's transactions, newest first (date, then id), paged by offset. */
    List<Transaction> findByAccount(AccountId accountId, int offset, int limit);

    /** How many transactions an account has. */
    long count(AccountId accountId);

    /** The account's sync cursor, if a sync started. */
    Optional<SyncCursor> cursor(AccountId accountId);

    /** Saves the cursor (replacing the previous one). */
    void saveCursor(SyncCursor cursor);

    /** Removes an account's transactions and sync cursor; absent is not an error. */
    void deleteByAccount(AccountId accountId);
}
