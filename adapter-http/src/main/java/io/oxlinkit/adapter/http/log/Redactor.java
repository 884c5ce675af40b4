package io.oxlinkit.adapter.http.log;

import java.util.regex.Pattern;

/**
 * Masks secrets in any text about to be logged: bearer tokens, and the values of fields named like
 * secrets in JSON or form bodies ({@code password}, {@code client_secret}, {@code access_token},
 * {@code refresh_token}, {@code value}, {@code code}...).
 */
public final class Redactor {

    private static final String SECRET_NAMES =
            "password|client_secret|access_token|refresh_token|id_token|value|code|authorization";
    private static final Pattern BEARER = Pattern.compile("(?i)(bearer\\s+)[A-Za-z0-9._~+/=-]+");
    private static final Pattern JSON_FIELD =
            Pattern.compile("(?i)(\"(?:" + SECRET_NAMES + ")\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern FORM_FIELD = Pattern.compile("(?i)((?:^|[?&\\s])(?:" + SECRET_NAMES + ")=)[^&\\s]*");

    private Redactor() {}

    /** The text with every secret replaced by {@code ***}. */
    public static String redact(String text) {
        if (text == null) {
            return null;
        }
        String out = BEARER.matcher(text).replaceAll("$1***");
        out = JSON_FIELD.matcher(out).replaceAll("$1\"***\"");
        return FORM_FIELD.matcher(out).replaceAll("$1***");
    }
}
