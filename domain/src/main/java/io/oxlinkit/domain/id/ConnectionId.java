package io.oxlinkit.domain.id;

/** Identifies a connection of a user to a provider. Kept as the string OXLIN sends. */
public record ConnectionId(String value) {

    /** Validates the identifier: not blank, at most {@link Ids#MAX_LENGTH} characters. */
    public ConnectionId {
        value = Ids.checked(value, "connectionId");
    }

    /** Creates the identifier from its wire form. */
    public static ConnectionId of(String value) {
        return new ConnectionId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
