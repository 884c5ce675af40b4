package io.oxlinkit.application;

import io.oxlinkit.application.port.AccountStore;
import io.oxlinkit.application.port.ConnectionStore;
import io.oxlinkit.application.port.StoredConnection;
import io.oxlinkit.application.port.TransactionStore;
import io.oxlinkit.application.port.UserSecretVault;
import io.oxlinkit.application.port.UsersApi;
import io.oxlinkit.domain.account.Account;
import io.oxlinkit.domain.id.UserId;
import java.util.Objects;

/**
 * Deletes a user at OXLIN and erases everything kept locally about them (connections, accounts,
 * transactions, secrets), as OXLIN's go-live checklist asks once the data is no longer needed.
 */
public final class DeleteUser {

    private final UsersApi api;
    private final ConnectionStore connections;
    private final AccountStore accounts;
    private final TransactionStore transactions;
    private final UserSecretVault vault;

    public DeleteUser(UsersApi api, ConnectionStore connections, AccountStore accounts, TransactionStore transactions,
                      UserSecretVault vault) {
        this.api = Objects.requireNonNull(api, "api must not be null");
        this.connections = Objects.requireNonNull(connections, "connections must not be null");
        this.accounts = Objects.requireNonNull(accounts, "accounts must not be null");
        this.transactions = Objects.requireNonNull(transactions, "transactions must not be null");
        this.vault = Objects.requireNonNull(vault, "vault must not be null");
    }

    /** Deletes the user remotely first, then locally; safe to repeat after a failure. */
    public void delete(UserId user) {
        api.deleteUser(user);
        for (StoredConnection connection : connections.findByUser(user)) {
            for (Account account : accounts.findByConnection(connection.id())) {
                transactions.deleteByAccount(account.id());
                accounts.delete(account.id());
            }
            connections.delete(connection.id());
        }
        vault.erase(user);
    }
}
