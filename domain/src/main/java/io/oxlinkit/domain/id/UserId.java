package io.oxlinkit.domain.id;

/** Identifies an OXLIN user, the owner of connections, accounts and transactions. Kept as the string OXLIN sends. */
public record UserId(String value) {

    /** Validates the identifier: not blank, at most {@link Ids#MAX_LENGTH} characters. */
    public UserId {
        value = Ids.checked(value, "userId");
    }

    /** Creates the identifier from its wire form. */
    public static UserId of(String value) {
        return new UserId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
