package io.oxlinkit.domain.journey;

import io.oxlinkit.domain.connection.Channel;
import io.oxlinkit.domain.connection.ChannelStatus;
import io.oxlinkit.domain.connection.Connection;
import io.oxlinkit.domain.event.EventHeader;
import io.oxlinkit.domain.id.ChannelDefinitionId;
import java.util.List;
import java.util.Optional;

/**
 * The channel an event is about: the one it names; else the only channel of the current snapshot asking a
 * challenge; else the snapshot's only channel; else none (two channels, neither or both asking), since
 * answering a guessed channel would send the user's code to the wrong job.
 */
final class EventChannel {

    private EventChannel() {}

    static Optional<ChannelDefinitionId> of(EventHeader header, Optional<Connection> snapshot) {
        if (header.channelDefinitionId().isPresent()) {
            return header.channelDefinitionId();
        }
        List<Channel> channels = snapshot.map(Connection::channels).orElse(List.of());
        List<Channel> asking = channels.stream()
                .filter(c -> c.status() == ChannelStatus.CHALLENGE_REQUIRED)
                .toList();
        if (asking.size() == 1) {
            return Optional.of(asking.get(0).definitionId());
        }
        return channels.size() == 1 ? Optional.of(channels.get(0).definitionId()) : Optional.empty();
    }
}
