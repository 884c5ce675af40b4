package io.oxlinkit.domain.connection;

import io.oxlinkit.domain.id.ChannelDefinitionId;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.ProviderId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A user's link to one provider, through one or more channels: a snapshot as OXLIN last described it.
 *
 * @param id the connection id
 * @param providerId the provider
 * @param name the display name (the provider's name by default)
 * @param status the overall status
 * @param autoSync whether OXLIN synchronizes it on its own schedule
 * @param channels its channels
 * @param owner the account holder, as far as known
 * @param creationDate when it was created
 */
public record Connection(ConnectionId id, ProviderId providerId, String name, ConnectionStatus status,
                         boolean autoSync, List<Channel> channels, Owner owner, Optional<Instant> creationDate) {

    /** Requires the ids and status; copies the channels. */
    public Connection {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(providerId, "providerId must not be null");
        Objects.requireNonNull(status, "status must not be null");
        Objects.requireNonNull(owner, "owner must not be null");
        Objects.requireNonNull(creationDate, "creationDate must not be null");
        name = name == null ? "" : name;
        channels = List.copyOf(channels);
    }

    /** The channel built from the given definition. */
    public Optional<Channel> channel(ChannelDefinitionId definitionId) {
        return channels.stream().filter(c -> c.definitionId().equals(definitionId)).findFirst();
    }

    /** A copy where the channel built from {@code definitionId} has {@code status}; other channels unchanged. */
    public Connection withChannelStatus(ChannelDefinitionId definitionId, ChannelStatus status) {
        List<Channel> updated = channels.stream()
                .map(c -> c.definitionId().equals(definitionId) ? c.withStatus(status) : c)
                .toList();
        return new Connection(id, providerId, name, this.status, autoSync, updated, owner, creationDate);
    }
}
