package io.oxlinkit.testkit.memory;

import io.oxlinkit.application.port.AccountStore;
import io.oxlinkit.domain.account.Account;
import io.oxlinkit.domain.id.AccountId;
import io.oxlinkit.domain.id.ConnectionId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Thread-safe in-memory {@link AccountStore}. */
public final class InMemoryAccountStore implements AccountStore {

    private final ConcurrentHashMap<AccountId, Account> accounts = new ConcurrentHashMap<>();
    private final FailureSwitch failures = new FailureSwitch();

    /** Test seam: the next writes throw, leaving the stored state as it was. */
    public FailureSwitch failures() {
        return failures;
    }

    @Override
    public synchronized void saveAll(List<Account> batch) {
        failures.maybeFail("save accounts");
        batch.forEach(a -> accounts.put(a.id(), a));
    }

    @Override
    public Optional<Account> find(AccountId id) {
        return Optional.ofNullable(accounts.get(id));
    }

    @Override
    public List<Account> findByConnection(ConnectionId connectionId) {
        return accounts.values().stream().filter(a -> a.connectionId().equals(connectionId))
                .sorted(Comparator.comparing(a -> a.id().value())).toList();
    }

    @Override
    public void delete(AccountId id) {
        accounts.remove(id);
    }
}
