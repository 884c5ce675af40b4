package io.oxlinkit.adapter.http.wire;

/**
 * Text as the server sent it, checked once at decoding: JSON escapes can spell a lone surrogate
 * ({@code "\uD800"}), which is no character at all; such a text is refused as a decoding error naming the
 * field, instead of reaching the store, where it would be replaced or rejected far from its cause.
 */
final class WireText {

    private WireText() {}

    /** {@code text} when it is valid UTF-16. @throws WireFormatException naming {@code field} otherwise */
    static String checked(String field, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new WireFormatException(
                        "field '" + field + "' is not valid text: a lone surrogate at index " + i);
            }
        }
        return text;
    }
}
