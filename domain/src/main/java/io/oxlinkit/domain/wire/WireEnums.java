package io.oxlinkit.domain.wire;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Tolerant reading of the enumerations OXLIN sends: an unknown or missing value maps to the enum's
 * {@code UNKNOWN} member, never to an exception, because the server may add values at any time.
 */
public final class WireEnums {

    /** Each enum's members by name, built once per enum class: parsing is a map lookup. */
    private static final ClassValue<Map<String, Enum<?>>> BY_NAME = new ClassValue<>() {
        @Override
        protected Map<String, Enum<?>> computeValue(Class<?> type) {
            Map<String, Enum<?>> byName = new java.util.HashMap<>();
            for (Object constant : type.getEnumConstants()) {
                byName.put(((Enum<?>) constant).name(), (Enum<?>) constant);
            }
            return Map.copyOf(byName);
        }
    };

    private WireEnums() {}

    /**
     * Parses a wire value into {@code type}, ignoring case and surrounding blanks.
     *
     * @param type the enum class
     * @param raw the value as sent, possibly null
     * @param unknown the member standing for values this version does not know
     * @param aliases other spellings seen on the wire, upper-case, mapped to a member
     * @return the matching member, or {@code unknown}
     */
    public static <E extends Enum<E>> E parse(Class<E> type, String raw, E unknown, Map<String, E> aliases) {
        if (raw == null || raw.isBlank()) {
            return unknown;
        }
        Optional<E> exact = lookup(type, raw);
        if (exact.isPresent()) {
            return exact.get();
        }
        String normalized = raw.trim().toUpperCase(Locale.ROOT);
        E alias = aliases.get(normalized);
        if (alias != null) {
            return alias;
        }
        return lookup(type, normalized).orElse(unknown);
    }

    /** Same as {@link #parse(Class, String, Enum, Map)} with no alias. */
    public static <E extends Enum<E>> E parse(Class<E> type, String raw, E unknown) {
        return parse(type, raw, unknown, Map.of());
    }

    private static <E extends Enum<E>> Optional<E> lookup(Class<E> type, String name) {
        return Optional.ofNullable(type.cast(BY_NAME.get(type).get(name)));
    }
}
