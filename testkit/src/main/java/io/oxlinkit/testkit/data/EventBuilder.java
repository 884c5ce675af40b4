package io.oxlinkit.testkit.data;

import io.oxlinkit.domain.challenge.ChallengePrompt;
import io.oxlinkit.domain.connection.ChannelStatus;
import io.oxlinkit.domain.connection.Connection;
import io.oxlinkit.domain.event.Event;
import io.oxlinkit.domain.event.EventHeader;
import io.oxlinkit.domain.event.EventType;
import io.oxlinkit.domain.id.ChannelDefinitionId;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.EventId;
import java.time.Instant;
import java.util.Optional;

/** Builds an {@link Event} of any kind, with a snapshot whose channel has a chosen status. */
public final class EventBuilder {

    private String id = "1";
    private String connectionId = "1000";
    private Instant createdAt = Instant.parse("2026-01-01T00:00:00Z");
    private String channel = "8702";
    private ChannelStatus channelStatus = ChannelStatus.RUNNING;

    /** Sets the id. */
    public EventBuilder id(String value) {
        this.id = value;
        return this;
    }

    /** Sets the connection id. */
    public EventBuilder connectionId(String value) {
        this.connectionId = value;
        return this;
    }

    /** Sets the created at. */
    public EventBuilder createdAt(Instant value) {
        this.createdAt = value;
        return this;
    }

    /** Sets the channel. */
    public EventBuilder channel(String value) {
        this.channel = value;
        return this;
    }

    /** Sets the channel status. */
    public EventBuilder channelStatus(ChannelStatus value) {
        this.channelStatus = value;
        return this;
    }

    private EventHeader header() {
        Connection snapshot = new ConnectionBuilder()
                .id(connectionId)
                .embeddedChannel(channel, channelStatus)
                .build();
        return new EventHeader(
                EventId.of(id),
                ConnectionId.of(connectionId),
                createdAt,
                Optional.of(ChannelDefinitionId.of(channel)),
                Optional.of(snapshot));
    }

    /** A USER_INPUT_REQUESTED event of {@code type}. */
    public Event challenge(EventType type, ChallengePrompt prompt) {
        return new Event.UserInputRequested(header(), type, prompt);
    }

    /** A SUCCESS event of {@code type}. */
    public Event success(EventType type) {
        return new Event.SynchronizationSucceeded(header(), type);
    }

    /** A FAILURE event of {@code type}. */
    public Event failure(EventType type) {
        return new Event.SynchronizationFailed(header(), type);
    }

    /** An event of a type this version does not know. */
    public Event unrecognized(String rawType) {
        return new Event.Unrecognized(header(), rawType);
    }
}
