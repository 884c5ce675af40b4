package io.oxlinkit.domain.id;

/** Identifies a transaction of an account. Kept as the string OXLIN sends. */
public record TransactionId(String value) {

    /** Validates the identifier: not blank, at most {@link Ids#MAX_LENGTH} characters. */
    public TransactionId {
        value = Ids.checked(value, "transactionId");
    }

    /** Creates the identifier from its wire form. */
    public static TransactionId of(String value) {
        return new TransactionId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
