package io.oxlinkit.domain.id;

/** Identifies a bank account collected through a connection. Kept as the string OXLIN sends. */
public record AccountId(String value) {

    /** Validates the identifier: not blank, at most {@link Ids#MAX_LENGTH} characters. */
    public AccountId {
        value = Ids.checked(value, "accountId");
    }

    /** Creates the identifier from its wire form. */
    public static AccountId of(String value) {
        return new AccountId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
