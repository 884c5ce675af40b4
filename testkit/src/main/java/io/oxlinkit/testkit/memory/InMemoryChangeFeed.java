package io.oxlinkit.testkit.memory;

import io.oxlinkit.application.port.ChangeFeed;
import io.oxlinkit.domain.account.Account;
import io.oxlinkit.domain.account.Transaction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Thread-safe in-memory {@link ChangeFeed}, appended to by {@link InMemoryTransactionStore} and {@link InMemoryAccountStore}. */
public final class InMemoryChangeFeed implements ChangeFeed {

    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, Long> cursors = new HashMap<>();

    synchronized void append(ChangeKind kind, Transaction transaction) {
        entries.add(new TransactionChange(entries.size() + 1L, kind, transaction));
    }

    synchronized void appendAccount(AccountChangeKind kind, Account account) {
        entries.add(new AccountChange(entries.size() + 1L, kind, account));
    }

    @Override
    public synchronized Page changesSince(String consumer, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
        long from = cursors.getOrDefault(consumer, 0L);
        List<Entry> page = entries.stream().filter(e -> e.position() > from).limit(limit).toList();
        long next = page.isEmpty() ? from : page.get(page.size() - 1).position();
        return new Page(page, next, entries.size() > next);
    }

    @Override
    public synchronized long head() {
        return entries.size();
    }

    @Override
    public synchronized void acknowledge(String consumer, long position) {
        cursors.merge(consumer, position, Math::max);
    }
}
