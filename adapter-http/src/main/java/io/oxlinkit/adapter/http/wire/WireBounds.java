package io.oxlinkit.adapter.http.wire;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The ranges a value read from the server must lie in, checked where it is read: a date between 1900 and
 * 2200 (epoch seconds), an amount of at most {@value #MAX_DIGITS} significant digits and
 * {@value #MAX_SCALE} decimals (so that no amount, however written, expands to an absurd text). Out of range
 * is a {@link WireFormatException} naming the field, which the exchange turns into the typed decoding error.
 */
final class WireBounds {

    /** 1900-01-01T00:00:00Z. */
    static final long EARLIEST = -2_208_988_800L;
    /** 2200-01-01T00:00:00Z. */
    static final long LATEST = 7_258_118_400L;

    static final int MAX_DIGITS = 40;
    static final int MAX_SCALE = 20;

    private WireBounds() {}

    static Instant epochSeconds(String field, long seconds) {
        if (seconds < EARLIEST || seconds > LATEST) {
            throw new WireFormatException(
                    "field '" + field + "' is out of range (a date from 1900 to 2200 in epoch seconds)");
        }
        return Instant.ofEpochSecond(seconds);
    }

    /** The same check for a number of any size or with a fraction (clamped, never expanded). */
    static Instant epochSeconds(String field, BigDecimal seconds) {
        return epochSeconds(
                field,
                seconds.max(BigDecimal.valueOf(Long.MIN_VALUE))
                        .min(BigDecimal.valueOf(Long.MAX_VALUE))
                        .longValue());
    }

    static Instant instant(String field, Instant instant) {
        return epochSeconds(field, instant.getEpochSecond());
    }

    static BigDecimal amount(String field, BigDecimal amount) {
        // precision and scale are read from the compact form: 1E+999999999 is checked without expanding it
        long integerDigits = (long) amount.precision() - amount.scale();
        if (amount.scale() > MAX_SCALE || integerDigits > MAX_DIGITS - MAX_SCALE || amount.precision() > MAX_DIGITS) {
            throw new WireFormatException("field '" + field + "' is out of range (at most " + (MAX_DIGITS - MAX_SCALE)
                    + " integer digits and " + MAX_SCALE + " decimals)");
        }
        return amount.scale() < 0 ? amount.setScale(0) : amount;
    }
}
