package io.oxlinkit.domain.wire;

import java.util.Map;
import java.util.TreeMap;

/**
 * The values a record's wire enums did not know, by wire field name, as they were sent: an enum maps
 * an unknown value to its {@code UNKNOWN} member, and the raw string is kept here so that storage, logs
 * and a later version that knows the value can still read it. Raw values are cut to
 * {@value #MAX_LENGTH} characters (a hostile server cannot grow a record through them).
 *
 * @param byField raw value by wire field name ({@code "status"}, {@code "type"}, ...)
 */
public record UnknownValues(Map<String, String> byField) {

    /** Longest raw value kept. */
    public static final int MAX_LENGTH = 32;

    private static final UnknownValues NONE = new UnknownValues(Map.of());

    /** Copies the map (sorted by field, for a stable form). */
    public UnknownValues {
        byField = Map.copyOf(new TreeMap<>(byField));
    }

    /** No unknown value. */
    public static UnknownValues none() {
        return NONE;
    }

    /** A copy that keeps {@code raw} for {@code field} when {@code parsed} is the enum's UNKNOWN member and raw is not blank. */
    public UnknownValues with(String field, Enum<?> parsed, String raw) {
        if (!"UNKNOWN".equals(parsed.name()) || raw == null || raw.isBlank()) {
            return this;
        }
        String kept = raw.strip();
        kept = kept.length() > MAX_LENGTH ? kept.substring(0, MAX_LENGTH) : kept;
        Map<String, String> copy = new TreeMap<>(byField);
        copy.put(field, kept);
        return new UnknownValues(copy);
    }

    /** The value of {@code field} as sent: its raw form when unknown, else the enum member's name. */
    public String raw(String field, Enum<?> parsed) {
        return "UNKNOWN".equals(parsed.name()) ? byField.getOrDefault(field, parsed.name()) : parsed.name();
    }
}
