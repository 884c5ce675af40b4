package io.oxlinkit.domain.secret;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * A secret typed by a user (a bank password, an SMS code, a token): its {@code toString()} is redacted,
 * {@link #wipe()} zeroes it, and any use after wiping fails loudly. Equality runs in constant time.
 *
 * <p>Thread-safe; a wiped value stays wiped.
 */
public final class SecretValue {

    private static final String REDACTED = "SecretValue[***]";

    private final char[] chars;
    private volatile boolean wiped;

    private SecretValue(char[] chars) {
        this.chars = chars;
    }

    /** Copies the characters of {@code value}; the caller keeps ownership of its own buffer. */
    public static SecretValue of(char[] value) {
        Objects.requireNonNull(value, "value must not be null");
        return new SecretValue(value.clone());
    }

    /** Copies the characters of {@code value}. Prefer {@link #of(char[])} where the source can be wiped. */
    public static SecretValue of(CharSequence value) {
        Objects.requireNonNull(value, "value must not be null");
        char[] copy = new char[value.length()];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = value.charAt(i);
        }
        return new SecretValue(copy);
    }

    /** Number of characters of the secret. */
    public synchronized int length() {
        ensureUsable();
        return chars.length;
    }

    /** A copy of the characters; the caller must wipe it ({@code Arrays.fill(copy, '\0')}). */
    public synchronized char[] copyChars() {
        ensureUsable();
        return chars.clone();
    }

    /** The UTF-8 encoding of the secret in a fresh array the caller must wipe after use. */
    public synchronized byte[] utf8Bytes() {
        ensureUsable();
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(chars));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        if (encoded.hasArray()) {
            Arrays.fill(encoded.array(), (byte) 0);
        }
        return bytes;
    }

    /**
     * Reveals the secret as a {@link String} for a transport that needs one (a JSON body).
     * Strings cannot be wiped: call this only at the last moment, and only for values that are not
     * encrypted on the client (OXLIN's {@code encrypt:false} fields and challenge answers).
     */
    public synchronized String reveal() {
        ensureUsable();
        return new String(chars);
    }

    /** Zeroes the characters. Idempotent. */
    public synchronized void wipe() {
        Arrays.fill(chars, '\0');
        wiped = true;
    }

    /** Whether {@link #wipe()} was called. */
    public boolean isWiped() {
        return wiped;
    }

    private void ensureUsable() {
        if (wiped) {
            throw new IllegalStateException("secret was wiped and can no longer be read");
        }
    }

    /** Constant-time equality of the characters; a wiped value equals nothing but itself. */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof SecretValue that) || wiped || that.wiped) {
            return false;
        }
        char[] mine = copyChars();
        char[] theirs = that.copyChars();
        try {
            return ConstantTime.equals(CharBuffer.wrap(mine), CharBuffer.wrap(theirs));
        } finally {
            Arrays.fill(mine, '\0');
            Arrays.fill(theirs, '\0');
        }
    }

    /** A constant: a hash derived from the content would leak information about it. */
    @Override
    public int hashCode() {
        return 0x5ec12e7;
    }

    /** Always redacted: never shows the secret, wiped or not. */
    @Override
    public String toString() {
        return REDACTED;
    }
}
