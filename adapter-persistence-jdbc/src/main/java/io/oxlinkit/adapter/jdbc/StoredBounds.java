package io.oxlinkit.adapter.jdbc;

import io.oxlinkit.application.port.ValueOutOfBoundsException;
import java.math.BigDecimal;

/**
 * What the JDBC stores keep exactly, on every database (schema version 3): texts up to 1,000,000 characters
 * of valid UTF-16, amounts with at most 12 decimals and 26 integer digits. Anything beyond is refused with
 * a {@link ValueOutOfBoundsException} naming the field, never cut or rounded.
 */
final class StoredBounds {

    /** Longest label or name kept. */
    static final int MAX_TEXT = 1_000_000;
    /** Most decimals of an amount or balance. */
    static final int MAX_DECIMALS = 12;
    /** Most integer digits of an amount or balance. */
    static final int MAX_INTEGER_DIGITS = 26;

    private StoredBounds() {}

    static String text(String field, String value) {
        if (value.length() > MAX_TEXT) {
            throw new ValueOutOfBoundsException(field, "at most " + MAX_TEXT + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)
                    && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new ValueOutOfBoundsException(field, "valid UTF-16: a lone surrogate at index " + i);
            }
        }
        return value;
    }

    static BigDecimal amount(String field, BigDecimal value) {
        BigDecimal exact = value.scale() < 0 ? value.setScale(0) : value;
        if (exact.scale() > MAX_DECIMALS) {
            throw new ValueOutOfBoundsException(field, "at most " + MAX_DECIMALS + " decimals");
        }
        if (exact.precision() - exact.scale() > MAX_INTEGER_DIGITS) {
            throw new ValueOutOfBoundsException(field, "at most " + MAX_INTEGER_DIGITS + " integer digits");
        }
        return exact;
    }
}
