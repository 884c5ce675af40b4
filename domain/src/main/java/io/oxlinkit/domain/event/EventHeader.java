package io.oxlinkit.domain.event;

import io.oxlinkit.domain.connection.Connection;
import io.oxlinkit.domain.id.ChannelDefinitionId;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.EventId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What every event carries.
 *
 * @param id the event id, unit of deduplication
 * @param connectionId the connection it is about
 * @param createdAt when OXLIN created it
 * @param channelDefinitionId the channel it concerns, when given
 * @param snapshot the connection as it was when the event was created
 */
public record EventHeader(
        EventId id,
        ConnectionId connectionId,
        Instant createdAt,
        Optional<ChannelDefinitionId> channelDefinitionId,
        Optional<Connection> snapshot) {

    /** Requires every part; a snapshot must be of the same connection. */
    public EventHeader {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(connectionId, "connectionId must not be null");
        Objects.requireNonNull(createdAt, "createdAt must not be null");
        Objects.requireNonNull(channelDefinitionId, "channelDefinitionId must not be null");
        Objects.requireNonNull(snapshot, "snapshot must not be null");
        if (snapshot.isPresent() && !snapshot.get().id().equals(connectionId)) {
            throw new IllegalArgumentException("snapshot of event " + id + " is of another connection");
        }
    }
}
