package io.oxlinkit.testkit.memory;

import io.oxlinkit.application.port.ChangeFeed;
import io.oxlinkit.application.port.SyncCursor;
import io.oxlinkit.application.port.TransactionStore;
import io.oxlinkit.domain.account.Transaction;
import io.oxlinkit.domain.id.AccountId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;

/**
 * Thread-safe in-memory {@link TransactionStore}: newest first, one copy per transaction id, a changed
 * transaction replaced; every addition and change appended to its {@link InMemoryChangeFeed}.
 */
public final class InMemoryTransactionStore implements TransactionStore {

    private static final Comparator<Transaction> NEWEST_FIRST =
            Comparator.comparing(Transaction::date).reversed().thenComparing(t -> t.id().value());

    private final Map<AccountId, ConcurrentSkipListSet<Transaction>> byAccount = new ConcurrentHashMap<>();
    private final Map<String, Transaction> byId = new ConcurrentHashMap<>();
    private final Map<AccountId, SyncCursor> cursors = new ConcurrentHashMap<>();
    private final FailureSwitch failures = new FailureSwitch();
    private final InMemoryChangeFeed feed = new InMemoryChangeFeed();
    private final Map<String, Transaction> tombstones = new ConcurrentHashMap<>();
    private final Map<String, java.time.Instant> removedAt = new ConcurrentHashMap<>();
    private final java.time.Clock clock;

    /** A store that dates its tombstones by the system clock. */
    public InMemoryTransactionStore() {
        this(java.time.Clock.systemUTC());
    }

    /** A store that dates its tombstones by {@code clock} (retention counts from there). */
    public InMemoryTransactionStore(java.time.Clock clock) {
        this.clock = java.util.Objects.requireNonNull(clock, "clock must not be null");
    }

    /** Test seam: the next writes throw, leaving the stored state as it was. */
    public FailureSwitch failures() {
        return failures;
    }

    @Override
    public synchronized int saveBatch(List<Transaction> batch) {
        failures.maybeFail("save transactions");
        int changed = 0;
        for (Transaction transaction : batch) {
            Transaction stored = byId.get(transaction.id().value());
            if (transaction.equals(stored)) {
                continue;
            }
            boolean revived = tombstones.remove(transaction.id().value()) != null;
            removedAt.remove(transaction.id().value());
            ConcurrentSkipListSet<Transaction> account =
                    byAccount.computeIfAbsent(transaction.accountId(), a -> new ConcurrentSkipListSet<>(NEWEST_FIRST));
            if (stored != null) {
                byAccount.getOrDefault(stored.accountId(), account).remove(stored);
            }
            byId.put(transaction.id().value(), transaction);
            account.add(transaction);
            feed.append(
                    stored == null && !revived ? ChangeFeed.ChangeKind.ADDED : ChangeFeed.ChangeKind.MODIFIED,
                    transaction);
            changed++;
        }
        return changed;
    }

    @Override
    public synchronized int removeVanishedPending(
            AccountId accountId, DateWindow window, java.util.Set<io.oxlinkit.domain.id.TransactionId> served) {
        failures.maybeFail("remove vanished pending transactions");
        ConcurrentSkipListSet<Transaction> live =
                byAccount.getOrDefault(accountId, new ConcurrentSkipListSet<>(NEWEST_FIRST));
        List<Transaction> vanished = live.stream()
                .filter(t -> t.status() == io.oxlinkit.domain.account.TransactionStatus.PENDING)
                .filter(t -> window.contains(t.date()))
                .filter(t -> !served.contains(t.id()))
                .toList();
        for (Transaction gone : vanished) {
            live.remove(gone);
            byId.remove(gone.id().value());
            tombstones.put(gone.id().value(), gone);
            removedAt.put(gone.id().value(), clock.instant());
            feed.append(ChangeFeed.ChangeKind.REMOVED, gone);
        }
        return vanished.size();
    }

    /** The change feed this store's writes append to. */
    public InMemoryChangeFeed changes() {
        return feed;
    }

    @Override
    public List<Transaction> findByAccount(AccountId accountId, int offset, int limit) {
        return byAccount.getOrDefault(accountId, new ConcurrentSkipListSet<>(NEWEST_FIRST)).stream()
                .skip(offset)
                .limit(limit)
                .toList();
    }

    @Override
    public long count(AccountId accountId) {
        return byAccount
                .getOrDefault(accountId, new ConcurrentSkipListSet<>(NEWEST_FIRST))
                .size();
    }

    @Override
    public Optional<SyncCursor> cursor(AccountId accountId) {
        return Optional.ofNullable(cursors.get(accountId));
    }

    @Override
    public void saveCursor(SyncCursor cursor) {
        failures.maybeFail("save cursor");
        cursors.put(cursor.accountId(), cursor);
    }

    @Override
    public synchronized void deleteByAccount(AccountId accountId) {
        ConcurrentSkipListSet<Transaction> removed = byAccount.remove(accountId);
        if (removed != null) {
            removed.forEach(t -> byId.remove(t.id().value()));
        }
        cursors.remove(accountId);
        tombstones.values().removeIf(t -> t.accountId().equals(accountId));
        removedAt.keySet().retainAll(tombstones.keySet());
    }

    @Override
    public synchronized int purgeTombstones(java.time.Instant removedBefore) {
        List<String> doomed = removedAt.entrySet().stream()
                .filter(e -> e.getValue().isBefore(removedBefore))
                .map(Map.Entry::getKey)
                .toList();
        doomed.forEach(id -> {
            tombstones.remove(id);
            removedAt.remove(id);
        });
        return doomed.size();
    }
}
