package io.oxlinkit.application;

import io.oxlinkit.application.port.AccountStore;
import io.oxlinkit.application.port.ConnectionStore;
import io.oxlinkit.application.port.EventInbox;
import io.oxlinkit.application.port.KeyStore;
import io.oxlinkit.application.port.StoredConnection;
import io.oxlinkit.application.port.SubscriptionStore;
import io.oxlinkit.application.port.TransactionStore;
import io.oxlinkit.application.port.UserSecretVault;
import io.oxlinkit.domain.account.Account;
import io.oxlinkit.domain.account.Transaction;
import io.oxlinkit.domain.id.UserId;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything stored for a user, for an access request: connections with their snapshots, accounts, every
 * transaction, the key and queue, the events not applied yet, and which secrets are held (listed as present,
 * never exported). Written to a {@link UserDataSink} a page of transactions at a time.
 */
public final class ExportUserData {

    private static final int PAGE = 1000;

    private final ConnectionStore connections;
    private final AccountStore accounts;
    private final TransactionStore transactions;
    private final EventInbox inbox;
    private final KeyStore keys;
    private final SubscriptionStore subscriptions;
    private final UserSecretVault vault;
    private final Clock clock;

    ExportUserData(
            ConnectionStore connections,
            AccountStore accounts,
            TransactionStore transactions,
            EventInbox inbox,
            KeyStore keys,
            SubscriptionStore subscriptions,
            UserSecretVault vault,
            Clock clock) {
        this.connections = Objects.requireNonNull(connections, "connections must not be null");
        this.accounts = Objects.requireNonNull(accounts, "accounts must not be null");
        this.transactions = Objects.requireNonNull(transactions, "transactions must not be null");
        this.inbox = Objects.requireNonNull(inbox, "inbox must not be null");
        this.keys = Objects.requireNonNull(keys, "keys must not be null");
        this.subscriptions = Objects.requireNonNull(subscriptions, "subscriptions must not be null");
        this.vault = Objects.requireNonNull(vault, "vault must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
    }

    /** Writes the user's data to {@code sink}, in the sink's order. */
    public void export(UserId user, UserDataSink sink) {
        sink.user(user, clock.instant(), secretsHeld(user), keys.current(user), subscriptions.queue(user));
        for (StoredConnection stored : connections.findByUser(user)) {
            sink.connection(stored.connection());
            for (Account account : accounts.findByConnection(stored.id())) {
                sink.account(account);
                for (int offset = 0; ; offset += PAGE) {
                    List<Transaction> page = transactions.findByAccount(account.id(), offset, PAGE);
                    page.forEach(sink::transaction);
                    if (page.size() < PAGE) {
                        break;
                    }
                }
                sink.endAccount();
            }
            sink.endConnection();
        }
        sink.end(inbox.unapplied(user));
    }

    private Set<UserSecretVault.Kind> secretsHeld(UserId user) {
        Set<UserSecretVault.Kind> held = EnumSet.noneOf(UserSecretVault.Kind.class);
        for (UserSecretVault.Kind kind : UserSecretVault.Kind.values()) {
            vault.find(user, kind).ifPresent(value -> {
                value.wipe();
                held.add(kind);
            });
        }
        return held;
    }
}
