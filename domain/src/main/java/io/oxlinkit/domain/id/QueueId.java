package io.oxlinkit.domain.id;

/** Identifies an event queue subscribed to topics. Kept as the string OXLIN sends. */
public record QueueId(String value) {

    /** Validates the identifier: not blank, at most {@link Ids#MAX_LENGTH} characters. */
    public QueueId {
        value = Ids.checked(value, "queueId");
    }

    /** Creates the identifier from its wire form. */
    public static QueueId of(String value) {
        return new QueueId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
