package io.oxlinkit.testkit.memory;

import io.oxlinkit.application.port.AccountStore;
import io.oxlinkit.application.port.ChangeFeed;
import io.oxlinkit.domain.account.Account;
import io.oxlinkit.domain.id.AccountId;
import io.oxlinkit.domain.id.ConnectionId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Thread-safe in-memory {@link AccountStore}; its writes append account changes to a change feed. */
public final class InMemoryAccountStore implements AccountStore {

    private final ConcurrentHashMap<AccountId, Account> accounts = new ConcurrentHashMap<>();
    private final FailureSwitch failures = new FailureSwitch();
    private final InMemoryChangeFeed feed;

    /** A store with a change feed of its own. */
    public InMemoryAccountStore() {
        this(new InMemoryChangeFeed());
    }

    /** A store whose account changes go to {@code feed} (the transaction store's, so that both share one order). */
    public InMemoryAccountStore(InMemoryChangeFeed feed) {
        this.feed = java.util.Objects.requireNonNull(feed, "feed must not be null");
    }

    /** Test seam: the next writes throw, leaving the stored state as it was. */
    public FailureSwitch failures() {
        return failures;
    }

    @Override
    public synchronized void saveAll(List<Account> batch) {
        failures.maybeFail("save accounts");
        for (Account account : batch) {
            ChangeFeed.AccountChangeKind.between(Optional.ofNullable(accounts.get(account.id())), account)
                    .ifPresent(kind -> feed.appendAccount(kind, account));
            accounts.put(account.id(), account);
        }
    }

    @Override
    public Optional<Account> find(AccountId id) {
        return Optional.ofNullable(accounts.get(id));
    }

    @Override
    public List<Account> findByConnection(ConnectionId connectionId) {
        return accounts.values().stream()
                .filter(a -> a.connectionId().equals(connectionId))
                .sorted(Comparator.comparing(a -> a.id().value()))
                .toList();
    }

    @Override
    public void delete(AccountId id) {
        accounts.remove(id);
    }
}
