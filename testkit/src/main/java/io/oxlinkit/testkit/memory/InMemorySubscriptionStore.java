package io.oxlinkit.testkit.memory;

import io.oxlinkit.application.port.SubscriptionStore;
import io.oxlinkit.domain.id.QueueId;
import io.oxlinkit.domain.id.UserId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Thread-safe in-memory {@link SubscriptionStore}. */
public final class InMemorySubscriptionStore implements SubscriptionStore {

    private final Map<UserId, QueueId> queues = new ConcurrentHashMap<>();

    @Override
    public Optional<QueueId> queue(UserId user) {
        return Optional.ofNullable(queues.get(user));
    }

    @Override
    public void save(UserId user, QueueId queue) {
        queues.put(user, queue);
    }

    @Override
    public List<UserId> users() {
        return queues.keySet().stream()
                .sorted(java.util.Comparator.comparing(UserId::value))
                .toList();
    }

    @Override
    public void erase(UserId user) {
        queues.remove(user);
    }
}
