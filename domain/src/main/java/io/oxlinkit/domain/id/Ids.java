package io.oxlinkit.domain.id;

import java.util.Objects;

/** Shared validation for OXLIN identifiers: OXLIN sends ids as strings, kept as written. */
public final class Ids {

    /** Longest identifier accepted; OXLIN ids are short numbers or slugs. */
    public static final int MAX_LENGTH = 128;

    private Ids() {}

    /**
     * Checks an identifier value and returns it unchanged.
     *
     * @param value the raw identifier
     * @param name the argument name used in the error message
     * @return the value, never blank
     * @throws IllegalArgumentException when blank, too long or holding control characters
     */
    public static String checked(String value, String name) {
        Objects.requireNonNull(value, name + " must not be null");
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        if (value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(name + " must be at most " + MAX_LENGTH + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                throw new IllegalArgumentException(name + " must not contain control characters");
            }
        }
        return value;
    }
}
