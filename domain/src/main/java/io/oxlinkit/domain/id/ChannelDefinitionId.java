package io.oxlinkit.domain.id;

/** Identifies a channel definition of a provider, and the channel built from it in a connection. Kept as the string OXLIN sends. */
public record ChannelDefinitionId(String value) {

    /** Validates the identifier: not blank, at most {@link Ids#MAX_LENGTH} characters. */
    public ChannelDefinitionId {
        value = Ids.checked(value, "channelDefinitionId");
    }

    /** Creates the identifier from its wire form. */
    public static ChannelDefinitionId of(String value) {
        return new ChannelDefinitionId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
