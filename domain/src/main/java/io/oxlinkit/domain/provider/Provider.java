package io.oxlinkit.domain.provider;

import io.oxlinkit.domain.id.ChannelDefinitionId;
import io.oxlinkit.domain.id.ProviderId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A financial institution of OXLIN's platform with the channels that reach it.
 *
 * @param id the provider id
 * @param name its display name
 * @param countryCode ISO 3166 alpha-3 code as sent (for example {@code FRA}), empty when unknown
 * @param logoUrl the logo address, empty when unknown
 * @param channelDefinitions the channels a connection can use
 * @param unavailable whether OXLIN currently refuses new connections to it
 * @param interactive whether synchronizations may ask the user a challenge
 */
public record Provider(
        ProviderId id,
        String name,
        String countryCode,
        String logoUrl,
        List<ChannelDefinition> channelDefinitions,
        boolean unavailable,
        boolean interactive) {

    /** Copies the list, requires an id; missing texts become empty strings. */
    public Provider {
        Objects.requireNonNull(id, "id must not be null");
        name = name == null ? "" : name;
        countryCode = countryCode == null ? "" : countryCode;
        logoUrl = logoUrl == null ? "" : logoUrl;
        channelDefinitions = List.copyOf(channelDefinitions);
    }

    /** The channel definition of the given id. */
    public Optional<ChannelDefinition> channel(ChannelDefinitionId channelId) {
        return channelDefinitions.stream().filter(c -> c.id().equals(channelId)).findFirst();
    }

    /** The channel definitions of one mode, in the provider's order. */
    public List<ChannelDefinition> channels(ChannelMode mode) {
        return channelDefinitions.stream().filter(c -> c.mode() == mode).toList();
    }
}
