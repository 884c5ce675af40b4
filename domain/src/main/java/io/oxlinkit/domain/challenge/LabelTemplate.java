package io.oxlinkit.domain.challenge;

import java.util.Map;

/**
 * Renders OXLIN's moustache labels: {@code {name}} becomes {@code params.get("name")}, inserted
 * literally (a value such as {@code $1\} or {@code {x}} is not interpreted); a placeholder without a
 * param stays visible as written, as does one whose name is longer than {@value #MAX_NAME_LENGTH} characters.
 * The work is bounded by the rendered length, whatever the label and the params: the scan for a closing brace
 * looks at most that far, and a value is copied only up to what still fits.
 */
public final class LabelTemplate {

    /** Longest label rendered; longer labels are cut, so a hostile label cannot flood a UI. */
    public static final int MAX_RENDERED_LENGTH = 4096;

    /** Longest placeholder name looked up; OXLIN's are a few words. */
    public static final int MAX_NAME_LENGTH = 64;

    private LabelTemplate() {}

    /** Renders {@code label} with {@code params}, in one left-to-right pass (values are never re-scanned). */
    public static String render(String label, Map<String, String> params) {
        StringBuilder out = new StringBuilder(Math.min(label.length(), MAX_RENDERED_LENGTH));
        int i = 0;
        while (i < label.length() && out.length() < MAX_RENDERED_LENGTH) {
            char c = label.charAt(i);
            int close = c == '{' ? closingBrace(label, i) : -1;
            String value = close > i + 1 ? params.get(label.substring(i + 1, close)) : null;
            if (value != null) {
                out.append(value, 0, Math.min(value.length(), MAX_RENDERED_LENGTH - out.length()));
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        if (out.length() > MAX_RENDERED_LENGTH) {
            out.setLength(MAX_RENDERED_LENGTH);
        }
        return out.toString();
    }

    /** The index of the brace closing the one at {@code open}, looked for within a name's length; -1 if none. */
    private static int closingBrace(String label, int open) {
        int end = (int) Math.min(label.length(), (long) open + 2 + MAX_NAME_LENGTH);
        for (int j = open + 1; j < end; j++) {
            if (label.charAt(j) == '}') {
                return j;
            }
        }
        return -1;
    }
}
