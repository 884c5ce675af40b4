package io.oxlinkit.testkit.fake;

import io.oxlinkit.application.port.OxlinApiException;
import io.oxlinkit.domain.event.Event;
import io.oxlinkit.domain.id.QueueId;
import io.oxlinkit.domain.id.UserId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Each user's event queue: events wait until read, a read empties it unless told to repeat, delivered events can be sent again. */
final class FakeQueues {

    private final Map<UserId, QueueId> queues = new HashMap<>();
    private final Map<UserId, List<Event>> waiting = new HashMap<>();
    private final Map<UserId, List<Event>> delivered = new HashMap<>();
    private final Set<UserId> repeatNextRead = new HashSet<>();
    private final Set<UserId> loseNextAnswer = new HashSet<>();

    void subscribe(UserId user, QueueId queue) {
        queues.put(user, queue);
    }

    java.util.Optional<QueueId> queueOf(UserId user) {
        return java.util.Optional.ofNullable(queues.get(user));
    }

    /** Queues an event for the user, if subscribed. */
    void publish(UserId user, Event event) {
        if (queues.containsKey(user)) {
            waiting.computeIfAbsent(user, u -> new ArrayList<>()).add(event);
        }
    }

    List<Event> read(UserId user, QueueId queue) {
        if (!queue.equals(queues.get(user))) {
            throw new OxlinApiException.NotFound("not_found", "queue " + queue + " not found", "");
        }
        List<Event> events = new ArrayList<>(waiting.getOrDefault(user, List.of()));
        if (!repeatNextRead.remove(user)) {
            waiting.remove(user);
            delivered.computeIfAbsent(user, u -> new ArrayList<>()).addAll(events);
        }
        if (loseNextAnswer.remove(user)) {
            // served and removed, but the answer is cut on the way
            throw new OxlinApiException.Decoding(
                    200, "the answer of GET /queues/" + queue + " was cut on the way", "fake-lost", null);
        }
        return events;
    }

    void drop(UserId user) {
        waiting.remove(user);
    }

    void loseNextAnswer(UserId user) {
        loseNextAnswer.add(user);
    }

    void repeatNextRead(UserId user) {
        repeatNextRead.add(user);
    }

    void redeliverAll(UserId user) {
        waiting.computeIfAbsent(user, u -> new ArrayList<>()).addAll(0, delivered.getOrDefault(user, List.of()));
    }

    void reverseWaiting(UserId user) {
        Collections.reverse(waiting.computeIfAbsent(user, u -> new ArrayList<>()));
    }

    void forget(UserId user) {
        queues.remove(user);
        waiting.remove(user);
        delivered.remove(user);
    }
}
