package io.oxlinkit.domain.connection;

import io.oxlinkit.domain.id.ChannelDefinitionId;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.ProviderId;
import io.oxlinkit.domain.wire.UnknownValues;
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
 * @param unknown the raw {@code status} when this version does not know it
 */
public record Connection(
        ConnectionId id,
        ProviderId providerId,
        String name,
        ConnectionStatus status,
        boolean autoSync,
        List<Channel> channels,
        Owner owner,
        Optional<Instant> creationDate,
        UnknownValues unknown) {

    /** Requires the ids and status; copies the channels. */
    public Connection {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(providerId, "providerId must not be null");
        Objects.requireNonNull(status, "status must not be null");
        Objects.requireNonNull(owner, "owner must not be null");
        Objects.requireNonNull(creationDate, "creationDate must not be null");
        Objects.requireNonNull(unknown, "unknown must not be null");
        name = name == null ? "" : name;
        channels = List.copyOf(channels);
    }

    /** A connection whose status this version knows. */
    public Connection(
            ConnectionId id,
            ProviderId providerId,
            String name,
            ConnectionStatus status,
            boolean autoSync,
            List<Channel> channels,
            Owner owner,
            Optional<Instant> creationDate) {
        this(id, providerId, name, status, autoSync, channels, owner, creationDate, UnknownValues.none());
    }

    /** The status as OXLIN sent it (the raw value when this version does not know it). */
    public String rawStatus() {
        return unknown.raw("status", status);
    }

    /** The channel built from the given definition. */
    public Optional<Channel> channel(ChannelDefinitionId definitionId) {
        return channels.stream()
                .filter(c -> c.definitionId().equals(definitionId))
                .findFirst();
    }

    /** A copy where the channel built from {@code definitionId} has {@code status}; other channels unchanged. */
    public Connection withChannelStatus(ChannelDefinitionId definitionId, ChannelStatus status) {
        List<Channel> updated = channels.stream()
                .map(c -> c.definitionId().equals(definitionId) ? c.withStatus(status) : c)
                .toList();
        return new Connection(id, providerId, name, this.status, autoSync, updated, owner, creationDate, unknown);
    }
}
