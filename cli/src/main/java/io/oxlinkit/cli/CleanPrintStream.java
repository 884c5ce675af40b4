package io.oxlinkit.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Everything the command line prints goes through here: text from the server (bank names, labels, messages)
 * can carry terminal escape sequences or bidirectional overrides that rewrite what the reader sees, so C0
 * controls (but line feed and tab), DEL, C1 controls and the bidi embedding, override and isolate characters
 * are dropped before printing.
 */
final class CleanPrintStream extends PrintStream {

    CleanPrintStream(OutputStream out) {
        super(out, true, StandardCharsets.UTF_8);
    }

    /** {@code text} without the characters a terminal would act on. */
    static String clean(String text) {
        StringBuilder kept = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (dropped(c)) {
                if (kept == null) {
                    kept = new StringBuilder(text.length()).append(text, 0, i);
                }
            } else if (kept != null) {
                kept.append(c);
            }
        }
        return kept == null ? text : kept.toString();
    }

    private static boolean dropped(char c) {
        boolean c0 = c < 0x20 && c != '\n' && c != '\t';
        boolean c1 = c >= 0x7f && c <= 0x9f;
        boolean bidi = c == '\u061c'
                || c == '\u200e'
                || c == '\u200f'
                || (c >= '\u202a' && c <= '\u202e')
                || (c >= '\u2066' && c <= '\u2069');
        return c0 || c1 || bidi;
    }

    @Override
    public void print(String text) {
        super.print(text == null ? null : clean(text));
    }

    @Override
    public void print(Object value) {
        print(String.valueOf(value));
    }

    @Override
    public void print(char[] text) {
        print(new String(text));
    }

    @Override
    public void println(String text) {
        synchronized (this) {
            print(text);
            println();
        }
    }

    @Override
    public void println(Object value) {
        println(String.valueOf(value));
    }

    @Override
    public PrintStream append(CharSequence text) {
        print(String.valueOf(text));
        return this;
    }
}
