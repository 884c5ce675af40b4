package io.oxlinkit.application.port;

import io.oxlinkit.domain.event.Event;
import io.oxlinkit.domain.id.QueueId;
import io.oxlinkit.domain.id.UserId;
import java.util.List;
import java.util.Set;

/**
 * The event queue. Delivery is at least once and in no guaranteed order: callers deduplicate by event
 * id. Every method may throw {@link OxlinApiException}.
 */
public interface QueuesApi {

    /** Subscribes to topics ({@code POST /queues/subscribe}); returns the queue id from {@code Location}. */
    QueueId subscribe(UserId user, Set<String> topics);

    /** Reads the events waiting in the queue; an event of an unknown type comes as {@code Event.Unrecognized}. */
    List<Event> poll(UserId user, QueueId queue);
}
