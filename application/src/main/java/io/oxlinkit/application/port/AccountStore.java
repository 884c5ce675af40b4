package io.oxlinkit.application.port;

import io.oxlinkit.domain.account.Account;
import io.oxlinkit.domain.id.AccountId;
import io.oxlinkit.domain.id.ConnectionId;
import java.util.List;
import java.util.Optional;

/** Accounts. Thread-safe; failures throw {@link StorageException} and leave the stored state as it was. */
public interface AccountStore {

    /** Inserts or replaces accounts by id, all or none. Idempotent. */
    void saveAll(List<Account> accounts);

    /** One account. */
    Optional<Account> find(AccountId id);

    /** The accounts of a connection, ordered by account id. */
    List<Account> findByConnection(ConnectionId connectionId);

    /** Removes an account; absent is not an error. Its transactions go through {@link TransactionStore#deleteByAccount}. */
    void delete(AccountId id);
}
