package io.oxlinkit.testkit.memory;

import io.oxlinkit.application.OxlinKitBuilder;

/**
 * One of each in-memory storage adapter, plugged into a builder in one call:
 * {@code InMemoryAdapters.create().plugInto(OxlinKit.builder())}.
 */
public record InMemoryAdapters(
        InMemoryConnectionStore connections,
        InMemoryAccountStore accounts,
        InMemoryTransactionStore transactions,
        InMemoryEventInbox inbox,
        InMemoryKeyStore keys,
        InMemorySubscriptionStore subscriptions,
        InMemoryUserSecretVault vault,
        InMemoryWorkLeases leases) {

    /** Fresh, empty stores, dating what they keep by the system clock. */
    public static InMemoryAdapters create() {
        return create(java.time.Clock.systemUTC());
    }

    /** Fresh, empty stores, dating recorded events and tombstones by {@code clock} (for retention tests). */
    public static InMemoryAdapters create(java.time.Clock clock) {
        InMemoryTransactionStore transactions = new InMemoryTransactionStore(clock);
        return new InMemoryAdapters(
                new InMemoryConnectionStore(),
                new InMemoryAccountStore(transactions.changes()),
                transactions,
                new InMemoryEventInbox(clock),
                new InMemoryKeyStore(),
                new InMemorySubscriptionStore(),
                new InMemoryUserSecretVault(),
                new InMemoryWorkLeases());
    }

    /** Sets every storage port of {@code builder} to these stores. */
    public OxlinKitBuilder plugInto(OxlinKitBuilder builder) {
        return builder.connectionStore(connections)
                .accountStore(accounts)
                .transactionStore(transactions)
                .changeFeed(transactions.changes())
                .eventInbox(inbox)
                .keyStore(keys)
                .subscriptionStore(subscriptions)
                .userSecretVault(vault)
                .workLeases(leases);
    }
}
