package io.oxlinkit.adapter.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.oxlinkit.adapter.http.client.QueuesClient;
import io.oxlinkit.adapter.http.exchange.Exchange;
import io.oxlinkit.adapter.http.resilience.Safety;
import io.oxlinkit.adapter.http.wire.Bodies;
import io.oxlinkit.adapter.http.wire.WireFormatException;
import io.oxlinkit.adapter.http.wire.WireReader;
import io.oxlinkit.domain.event.Event;
import io.oxlinkit.domain.id.QueueId;
import io.oxlinkit.domain.id.UserId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slf4j.LoggerFactory;

/** The event queue over HTTP: one unreadable event never costs the others of a read. */
final class HttpQueues implements io.oxlinkit.application.port.QueuesApi {

    private static final org.slf4j.Logger LOG = LoggerFactory.getLogger(HttpQueues.class);

    private final HttpTransport transport;
    private final Exchange exchange;
    private final QueuesClient queues;

    HttpQueues(HttpTransport transport) {
        this.transport = transport;
        this.exchange = transport.exchange;
        this.queues = transport.queues;
    }

    @Override
    public QueueId subscribe(UserId user, Set<String> topics) {
        Bodies.Subscribe body = new Bodies.Subscribe(List.copyOf(topics));
        return QueueId.of(transport.asUser(
                user,
                "POST /queues/subscribe",
                Safety.IDEMPOTENT,
                auth -> queues.subscribe(auth, body),
                Exchange.createdId()));
    }

    @Override
    public List<Event> poll(UserId user, QueueId queue) {
        return transport.asUser(
                user,
                "GET /queues/{id}",
                Safety.IDEMPOTENT,
                auth -> queues.poll(auth, queue.value()),
                exchange.json(list -> {
                    List<Event> events = new ArrayList<>();
                    for (JsonNode node : WireReader.items(list, "events")) {
                        try {
                            events.add(WireReader.event(node));
                        } catch (RuntimeException unreadable) {
                            // one event the kit cannot read never costs the others of the same read (the server will
                            // not serve them again)
                            LOG.warn(
                                    "an event of queue {} could not be read and was skipped ({}: {})",
                                    queue,
                                    unreadable.getClass().getSimpleName(),
                                    unreadable instanceof WireFormatException ? unreadable.getMessage() : "unreadable");
                        }
                    }
                    return events;
                }));
    }
}
