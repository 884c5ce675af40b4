package io.oxlinkit.domain.journey;

import io.oxlinkit.domain.event.EventHeader;
import io.oxlinkit.domain.id.EventId;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * The order of events: creation time, then id (numerically when both ids are numbers, since OXLIN's
 * creation times have a one-second resolution and two events often share one).
 *
 * @param createdAt the event's creation time
 * @param id the event's id
 */
public record EventKey(Instant createdAt, EventId id) implements Comparable<EventKey> {

    private static final Comparator<EventKey> ORDER =
            Comparator.comparing(EventKey::createdAt).thenComparing(EventKey::id, EventKey::compareIds);

    /** Requires both parts. */
    public EventKey {
        Objects.requireNonNull(createdAt, "createdAt must not be null");
        Objects.requireNonNull(id, "id must not be null");
    }

    /** The key of an event. */
    public static EventKey of(EventHeader header) {
        return new EventKey(header.createdAt(), header.id());
    }

    @Override
    public int compareTo(EventKey other) {
        return ORDER.compare(this, other);
    }

    private static int compareIds(EventId a, EventId b) {
        String left = a.value();
        String right = b.value();
        if (isNumber(left) && isNumber(right)) {
            return new BigInteger(left).compareTo(new BigInteger(right));
        }
        return left.compareTo(right);
    }

    private static boolean isNumber(String value) {
        return !value.isEmpty() && value.chars().allMatch(Character::isDigit);
    }
}
