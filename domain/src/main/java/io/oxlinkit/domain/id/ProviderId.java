package io.oxlinkit.domain.id;

/** Identifies a provider (a bank or financial institution). Kept as the string OXLIN sends. */
public record ProviderId(String value) {

    /** Validates the identifier: not blank, at most {@link Ids#MAX_LENGTH} characters. */
    public ProviderId {
        value = Ids.checked(value, "providerId");
    }

    /** Creates the identifier from its wire form. */
    public static ProviderId of(String value) {
        return new ProviderId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
