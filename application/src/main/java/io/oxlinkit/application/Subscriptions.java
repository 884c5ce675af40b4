package io.oxlinkit.application;

import io.oxlinkit.application.port.QueuesApi;
import io.oxlinkit.application.port.SubscriptionStore;
import io.oxlinkit.domain.id.QueueId;
import io.oxlinkit.domain.id.UserId;
import java.util.Objects;
import java.util.Set;

/** Subscribes each user to the {@code connections} topic once and remembers the queue. */
public final class Subscriptions {

    /** The topic of connection and synchronization events. */
    public static final String CONNECTIONS_TOPIC = "connections";

    private final QueuesApi api;
    private final SubscriptionStore store;

    Subscriptions(QueuesApi api, SubscriptionStore store) {
        this.api = Objects.requireNonNull(api, "api must not be null");
        this.store = Objects.requireNonNull(store, "store must not be null");
    }

    /** The user's queue, subscribing first when the user has none. */
    public synchronized QueueId ensure(UserId user) {
        return store.queue(user).orElseGet(() -> {
            QueueId queue = api.subscribe(user, Set.of(CONNECTIONS_TOPIC));
            store.save(user, queue);
            return queue;
        });
    }
}
