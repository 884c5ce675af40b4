package io.oxlinkit.application;

import io.oxlinkit.application.port.AccountStore;
import io.oxlinkit.application.port.ChangeFeed;
import io.oxlinkit.application.port.ConnectionStore;
import io.oxlinkit.application.port.EventInbox;
import io.oxlinkit.application.port.KeyStore;
import io.oxlinkit.application.port.StoredConnection;
import io.oxlinkit.application.port.SubscriptionStore;
import io.oxlinkit.application.port.TransactionStore;
import io.oxlinkit.application.port.UserSecretVault;
import io.oxlinkit.application.port.WorkLeases;
import io.oxlinkit.domain.account.Account;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.UserId;

/**
 * The local half of a deletion: every row the kit keeps about a connection or a user, store by store. The row
 * that leads to the others goes last (an account after its transactions and feed entries, a connection after
 * its accounts, events and leases, the user's sealed secrets after everything), so a deletion stopped anywhere is
 * finished by running it again.
 */
record LocalErasure(
        ConnectionStore connections,
        AccountStore accounts,
        TransactionStore transactions,
        ChangeFeed changes,
        EventInbox inbox,
        WorkLeases leases,
        KeyStore keys,
        SubscriptionStore subscriptions,
        UserSecretVault vault) {

    void connection(ConnectionId connection) {
        for (Account account : accounts.findByConnection(connection)) {
            transactions.deleteByAccount(account.id());
            changes.eraseAccount(account.id());
            accounts.delete(account.id());
        }
        inbox.eraseConnection(connection);
        LeaseResources.of(connection).forEach(leases::forget);
        connections.delete(connection);
    }

    void user(UserId user) {
        for (StoredConnection connection : connections.findByUser(user)) {
            connection(connection.id());
        }
        inbox.eraseUser(user);
        keys.erase(user);
        subscriptions.erase(user);
        LeaseResources.of(user).forEach(leases::forget);
        vault.find(user, UserSecretVault.Kind.REGISTRATION).ifPresent(registration -> {
            try {
                vault.erase(UserId.of(registration.reveal()));
            } finally {
                registration.wipe();
            }
        });
        vault.erase(user);
    }
}
