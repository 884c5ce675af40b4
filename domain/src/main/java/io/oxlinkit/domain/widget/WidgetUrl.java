package io.oxlinkit.domain.widget;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Builds the address the user opens: OXLIN's {@code _links.add_connection} with the widget options
 * appended. Existing parameters are kept, a single {@code ?} is used, every value (and name) is
 * percent-encoded, a fragment stays at the end.
 */
public final class WidgetUrl {

    private WidgetUrl() {}

    /** The widget address for {@code options}. */
    public static URI build(URI addConnection, WidgetOptions options) {
        Objects.requireNonNull(addConnection, "addConnection must not be null");
        Objects.requireNonNull(options, "options must not be null");
        String text = addConnection.toString();
        String fragment = "";
        int hash = text.indexOf('#');
        if (hash >= 0) {
            fragment = text.substring(hash);
            text = text.substring(0, hash);
        }
        StringBuilder url = new StringBuilder(text);
        char separator = text.indexOf('?') < 0 ? '?' : (text.endsWith("?") || text.endsWith("&") ? 0 : '&');
        for (String[] parameter : options.parameters()) {
            if (separator != 0) {
                url.append(separator);
            }
            url.append(encode(parameter[0])).append('=').append(encode(parameter[1]));
            separator = '&';
        }
        return URI.create(url + fragment);
    }

    /** RFC 3986 percent-encoding of a query component (spaces as {@code %20}, never {@code +}). */
    static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || c == '-'
                    || c == '.'
                    || c == '_'
                    || c == '~') {
                out.append((char) c);
            } else {
                out.append('%')
                        .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
