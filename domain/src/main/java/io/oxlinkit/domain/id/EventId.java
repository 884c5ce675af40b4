package io.oxlinkit.domain.id;

/** Identifies an event delivered by a queue; the unit of deduplication. Kept as the string OXLIN sends. */
public record EventId(String value) {

    /** Validates the identifier: not blank, at most {@link Ids#MAX_LENGTH} characters. */
    public EventId {
        value = Ids.checked(value, "eventId");
    }

    /** Creates the identifier from its wire form. */
    public static EventId of(String value) {
        return new EventId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
