package io.oxlinkit.testkit.memory;

import io.oxlinkit.application.OxlinKitBuilder;

/**
 * One of each in-memory storage adapter, plugged into a builder in one call:
 * {@code InMemoryAdapters.create().plugInto(OxlinKit.builder())}.
 */
public record InMemoryAdapters(InMemoryConnectionStore connections, InMemoryAccountStore accounts,
                               InMemoryTransactionStore transactions, InMemoryEventInbox inbox, InMemoryKeyStore keys,
                               InMemorySubscriptionStore subscriptions, InMemoryUserSecretVault vault, InMemoryWorkLeases leases) {

    /** Fresh, empty stores. */
    public static InMemoryAdapters create() {
        InMemoryTransactionStore transactions = new InMemoryTransactionStore();
        return new InMemoryAdapters(new InMemoryConnectionStore(), new InMemoryAccountStore(transactions.changes()), transactions,
                new InMemoryEventInbox(), new InMemoryKeyStore(), new InMemorySubscriptionStore(), new InMemoryUserSecretVault(),
                new InMemoryWorkLeases());
    }

    /** Sets every storage port of {@code builder} to these stores. */
    public OxlinKitBuilder plugInto(OxlinKitBuilder builder) {
        return builder.connectionStore(connections).accountStore(accounts).transactionStore(transactions).changeFeed(transactions.changes())
                .eventInbox(inbox).keyStore(keys).subscriptionStore(subscriptions).userSecretVault(vault).workLeases(leases);
    }
}
