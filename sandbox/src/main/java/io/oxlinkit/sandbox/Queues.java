package io.oxlinkit.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** Event queues: one per subscription; a read empties it, unless a fault asks it to repeat or reorder. */
final class Queues {

    private record Queue(String id, String userId, Set<String> topics, Deque<ObjectNode> events) {}

    private final Supplier<String> ids;
    private final Faults faults;
    private final Map<String, Queue> queues = new LinkedHashMap<>();

    Queues(Supplier<String> ids, Faults faults) {
        this.ids = ids;
        this.faults = faults;
    }

    String subscribe(String userId, Set<String> topics) {
        String id = ids.get();
        queues.put(id, new Queue(id, userId, topics, new ArrayDeque<>()));
        return id;
    }

    Optional<String> queueOf(String userId) {
        return queues.values().stream()
                .filter(q -> q.userId().equals(userId))
                .map(Queue::id)
                .findFirst();
    }

    void publish(String userId, ObjectNode event) {
        for (Queue queue : queues.values()) {
            if (queue.userId().equals(userId) && queue.topics().contains("connections")) {
                queue.events().add(event);
            }
        }
    }

    ArrayNode read(String userId, String queueId) {
        Queue queue = queues.get(queueId);
        if (queue == null || !queue.userId().equals(userId)) {
            throw ApiError.notFound("queue " + queueId);
        }
        List<ObjectNode> events = new ArrayList<>(queue.events());
        boolean keep =
                faults.take("GET /queues/{id}", Faults.Kind.DUPLICATE_EVENTS).isPresent();
        if (faults.take("GET /queues/{id}", Faults.Kind.OUT_OF_ORDER_EVENTS).isPresent()) {
            Collections.reverse(events);
        }
        if (!keep) {
            queue.events().clear();
        }
        ArrayNode list = Json.array();
        events.forEach(list::add);
        return list;
    }

    /** Every event waiting in the user's queues is lost. */
    void drop(String userId) {
        queues.values().stream()
                .filter(q -> q.userId().equals(userId))
                .forEach(q -> q.events().clear());
    }

    void removeUser(String userId) {
        queues.values().removeIf(q -> q.userId().equals(userId));
    }
}
