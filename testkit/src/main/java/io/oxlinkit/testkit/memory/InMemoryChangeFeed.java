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
    private long last;

    synchronized void append(ChangeKind kind, Transaction transaction) {
        entries.add(new TransactionChange(++last, kind, transaction));
    }

    synchronized void appendAccount(AccountChangeKind kind, Account account) {
        entries.add(new AccountChange(++last, kind, account));
    }

    @Override
    public synchronized Page changesSince(String consumer, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
        long from = cursors.getOrDefault(consumer, 0L);
        List<Entry> page =
                entries.stream().filter(e -> e.position() > from).limit(limit).toList();
        long next = page.isEmpty() ? from : page.get(page.size() - 1).position();
        return new Page(
                page,
                next,
                !entries.isEmpty() && entries.get(entries.size() - 1).position() > next);
    }

    @Override
    public synchronized long head() {
        return last;
    }

    @Override
    public synchronized void acknowledge(String consumer, long position) {
        cursors.merge(consumer, position, Math::max);
    }

    @Override
    public synchronized int eraseAccount(io.oxlinkit.domain.id.AccountId account) {
        int before = entries.size();
        entries.removeIf(e -> e instanceof TransactionChange t
                ? t.transaction().accountId().equals(account)
                : ((AccountChange) e).account().id().equals(account));
        return before - entries.size();
    }
}
