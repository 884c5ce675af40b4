package io.oxlinkit.adapter.http.token;

import io.oxlinkit.domain.secret.SecretValue;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * An {@code application/x-www-form-urlencoded} body built straight into bytes: secret values are encoded from
 * their characters without becoming a {@code String}, every buffer outgrown is wiped, and {@link #close()}
 * wipes the last one. What Feign and the JDK copy while sending is beyond reach (docs/security.md).
 */
final class FormBody implements AutoCloseable {

    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

    private byte[] bytes = new byte[512];
    private int size;

    /** Adds a field whose value is not secret. */
    FormBody add(String name, String value) {
        char[] chars = value.toCharArray();
        return field(name, chars);
    }

    /** Adds a secret field, read from the secret's characters and wiped from this side once encoded. */
    FormBody addSecret(String name, SecretValue value) {
        char[] chars = value.copyChars();
        try {
            return field(name, chars);
        } finally {
            Arrays.fill(chars, '\0');
        }
    }

    /** The body's bytes; the array is this body's own: it is wiped by {@link #close()}. */
    byte[] bytes() {
        if (bytes.length != size) {
            byte[] exact = Arrays.copyOf(bytes, size);
            Arrays.fill(bytes, (byte) 0);
            bytes = exact;
        }
        return bytes;
    }

    @Override
    public void close() {
        Arrays.fill(bytes, (byte) 0);
        size = 0;
    }

    private FormBody field(String name, char[] value) {
        if (size > 0) {
            put('&');
        }
        encode(name.toCharArray());
        put('=');
        encode(value);
        return this;
    }

    private void encode(char[] chars) {
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if ((c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || c == '-'
                    || c == '.'
                    || c == '_'
                    || c == '*') {
                put(c);
            } else if (c == ' ') {
                put('+');
            } else {
                int codePoint = c;
                if (Character.isHighSurrogate(c) && i + 1 < chars.length && Character.isLowSurrogate(chars[i + 1])) {
                    codePoint = Character.toCodePoint(c, chars[++i]);
                } else if (Character.isSurrogate(c)) {
                    codePoint = '?'; // a lone surrogate has no UTF-8 form; the JDK's encoder writes '?' too
                }
                utf8(codePoint);
            }
        }
    }

    private void utf8(int codePoint) {
        if (codePoint < 0x80) {
            percent(codePoint);
        } else if (codePoint < 0x800) {
            percent(0xC0 | (codePoint >> 6));
            percent(0x80 | (codePoint & 0x3F));
        } else if (codePoint < 0x10000) {
            percent(0xE0 | (codePoint >> 12));
            percent(0x80 | ((codePoint >> 6) & 0x3F));
            percent(0x80 | (codePoint & 0x3F));
        } else {
            percent(0xF0 | (codePoint >> 18));
            percent(0x80 | ((codePoint >> 12) & 0x3F));
            percent(0x80 | ((codePoint >> 6) & 0x3F));
            percent(0x80 | (codePoint & 0x3F));
        }
    }

    private void percent(int octet) {
        put('%');
        put((char) HEX[(octet >> 4) & 0xF]);
        put((char) HEX[octet & 0xF]);
    }

    private void put(char ascii) {
        if (size == bytes.length) {
            byte[] larger = Arrays.copyOf(bytes, bytes.length * 2);
            Arrays.fill(bytes, (byte) 0);
            bytes = larger;
        }
        bytes[size++] = (byte) ascii;
    }
}
