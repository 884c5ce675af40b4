package io.oxlinkit.domain.id;

/** Identifies a credential field of a channel definition, or a challenge of a synchronization. Kept as the string OXLIN sends. */
public record CredentialId(String value) {

    /** Validates the identifier: not blank, at most {@link Ids#MAX_LENGTH} characters. */
    public CredentialId {
        value = Ids.checked(value, "credentialId");
    }

    /** Creates the identifier from its wire form. */
    public static CredentialId of(String value) {
        return new CredentialId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
