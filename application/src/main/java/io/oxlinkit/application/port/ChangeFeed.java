package io.oxlinkit.application.port;

import io.oxlinkit.domain.account.Account;
import io.oxlinkit.domain.account.AccountStatus;
import io.oxlinkit.domain.account.Transaction;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The durable change feed of the stored ledger: every transaction a sync added, modified or removed, and every
 * account added, closed, whose balance changed or that changed otherwise, in the order the store committed
 * them, for the host's own ledger. Each named consumer has a durable cursor: a consumer that acknowledges a
 * position never sees the changes up to it again; one that does not sees them again (at least once). A change
 * is appended in the same transaction as the write it records, so a crash loses none and a rerun emits none
 * twice. Thread-safe; for shared stores, safe across instances.
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

    /** What happened to an account. */
    enum AccountChangeKind {
        /** First stored. */
        ADDED,
        /** Its status became CLOSED. */
        CLOSED,
        /** Its balance (amount or currency) changed. */
        BALANCE_CHANGED,
        /** Something else changed: name, numbers, type, status (other than to CLOSED), classification, channel. */
        MODIFIED;

        /**
         * The change that storing {@code incoming} over {@code stored} records, if any: the first of CLOSED,
         * BALANCE_CHANGED and MODIFIED that applies; a new balance date alone is no change.
         */
        public static Optional<AccountChangeKind> between(Optional<Account> stored, Account incoming) {
            if (stored.isEmpty()) {
                return Optional.of(ADDED);
            }
            Account before = stored.get();
            if (incoming.status() == AccountStatus.CLOSED && before.status() != AccountStatus.CLOSED) {
                return Optional.of(CLOSED);
            }
            if (!before.balance().equals(incoming.balance())) {
                return Optional.of(BALANCE_CHANGED);
            }
            Account sameDate = new Account(
                    incoming.id(),
                    incoming.connectionId(),
                    incoming.name(),
                    incoming.accountNumber(),
                    incoming.iban(),
                    incoming.balance(),
                    before.balanceDate(),
                    incoming.type(),
                    incoming.status(),
                    incoming.classification(),
                    incoming.channelDefinitionId(),
                    incoming.unknown());
            return sameDate.equals(before) ? Optional.empty() : Optional.of(MODIFIED);
        }
    }

    /** One change of the feed: a transaction's or an account's, with its position. */
    sealed interface Entry permits TransactionChange, AccountChange {
        /** The change's place in the feed (increasing, in commit order). */
        long position();
    }

    /**
     * A transaction's change, with the transaction's state when the change was recorded.
     *
     * @param position the change's place in the feed
     * @param kind what happened
     * @param transaction the transaction as stored by that change
     */
    record TransactionChange(long position, ChangeKind kind, Transaction transaction) implements Entry {
        /** Requires every part. */
        public TransactionChange {
            Objects.requireNonNull(kind, "kind must not be null");
            Objects.requireNonNull(transaction, "transaction must not be null");
        }
    }

    /**
     * An account's change, with the account's state when the change was recorded.
     *
     * @param position the change's place in the feed
     * @param kind what happened
     * @param account the account as stored by that change
     */
    record AccountChange(long position, AccountChangeKind kind, Account account) implements Entry {
        /** Requires every part. */
        public AccountChange {
            Objects.requireNonNull(kind, "kind must not be null");
            Objects.requireNonNull(account, "account must not be null");
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

        /** The page's transaction changes, in feed order. */
        public List<TransactionChange> transactionChanges() {
            return entries.stream()
                    .filter(TransactionChange.class::isInstance)
                    .map(TransactionChange.class::cast)
                    .toList();
        }

        /** The page's account changes, in feed order. */
        public List<AccountChange> accountChanges() {
            return entries.stream()
                    .filter(AccountChange.class::isInstance)
                    .map(AccountChange.class::cast)
                    .toList();
        }
    }

    /** The changes after {@code consumer}'s acknowledged position (from the start for a new consumer), at most {@code limit}. */
    Page changesSince(String consumer, int limit);

    /** The position of the newest change (0 when none): a consumer acknowledging it starts from now. */
    long head();

    /** Moves {@code consumer}'s cursor to {@code position}; a position behind the current one changes nothing. */
    void acknowledge(String consumer, long position);

    /** Erases the feed's entries about the account (its transactions and the account itself); answers how many. */
    int eraseAccount(io.oxlinkit.domain.id.AccountId account);
}
