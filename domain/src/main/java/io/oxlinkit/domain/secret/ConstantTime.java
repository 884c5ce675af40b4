package io.oxlinkit.domain.secret;

/** Comparison of secrets whose running time depends only on their lengths, never on their content. */
public final class ConstantTime {

    private ConstantTime() {}

    /**
     * Compares two character sequences without an early exit: every character of the longer one is
     * read whatever the first difference is, so timing reveals nothing about a shared prefix.
     */
    public static boolean equals(CharSequence a, CharSequence b) {
        int length = Math.max(a.length(), b.length());
        int difference = a.length() ^ b.length();
        for (int i = 0; i < length; i++) {
            char left = i < a.length() ? a.charAt(i) : 0;
            char right = i < b.length() ? b.charAt(i) : 0;
            difference |= left ^ right;
        }
        return difference == 0;
    }
}
