package io.oxlinkit.domain.challenge;

import java.util.Map;

/**
 * Renders OXLIN's moustache labels: {@code {name}} becomes {@code params.get("name")}, inserted
 * literally (a value such as {@code $1\} or {@code {x}} is not interpreted); a placeholder without a
 * param stays visible as written.
 */
public final class LabelTemplate {

    /** Longest label rendered; longer labels are cut, so a hostile label cannot flood a UI. */
    public static final int MAX_RENDERED_LENGTH = 4096;

    private LabelTemplate() {
    }

    /** Renders {@code label} with {@code params}, in one left-to-right pass (values are never re-scanned). */
    public static String render(String label, Map<String, String> params) {
        StringBuilder out = new StringBuilder(label.length());
        int i = 0;
        while (i < label.length() && out.length() < MAX_RENDERED_LENGTH) {
            char c = label.charAt(i);
            int close = c == '{' ? label.indexOf('}', i + 1) : -1;
            if (close > i + 1 && params.containsKey(label.substring(i + 1, close))) {
                out.append(params.get(label.substring(i + 1, close)));
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
}
