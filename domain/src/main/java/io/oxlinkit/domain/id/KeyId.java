package io.oxlinkit.domain.id;

/** Identifies a PGP encryption key created through the keys endpoint. Kept as the string OXLIN sends. */
public record KeyId(String value) {

    /** Validates the identifier: not blank, at most {@link Ids#MAX_LENGTH} characters. */
    public KeyId {
        value = Ids.checked(value, "keyId");
    }

    /** Creates the identifier from its wire form. */
    public static KeyId of(String value) {
        return new KeyId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
