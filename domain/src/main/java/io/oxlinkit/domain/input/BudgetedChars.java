package io.oxlinkit.domain.input;

/**
 * The characters a pattern is run on, with a budget of reads: {@code java.util.regex} reads its input through
 * {@link #charAt}, so a backtracking pattern (nested quantifiers, backreferences, lazy groups) that would run for
 * minutes exhausts the budget in milliseconds and stops with {@link BudgetExceeded}. Subsequences share it.
 */
final class BudgetedChars implements CharSequence {

    /** Thrown when the pattern has read more characters than the budget allows. */
    static final class BudgetExceeded extends RuntimeException {
        BudgetExceeded() {
            super("the pattern read more characters than its budget", null, false, false);
        }
    }

    private final char[] chars;
    private final int start;
    private final int end;
    private final long[] left;

    BudgetedChars(char[] chars, long budget) {
        this(chars, 0, chars.length, new long[] {budget});
    }

    private BudgetedChars(char[] chars, int start, int end, long[] left) {
        this.chars = chars;
        this.start = start;
        this.end = end;
        this.left = left;
    }

    @Override
    public int length() {
        return end - start;
    }

    @Override
    public char charAt(int index) {
        if (--left[0] < 0) {
            throw new BudgetExceeded();
        }
        if (index < 0 || index >= end - start) {
            throw new IndexOutOfBoundsException(index);
        }
        return chars[start + index];
    }

    @Override
    public CharSequence subSequence(int from, int to) {
        if (from < 0 || to > end - start || from > to) {
            throw new IndexOutOfBoundsException(from);
        }
        return new BudgetedChars(chars, start + from, start + to, left);
    }

    @Override
    public String toString() {
        return "[" + length() + " characters]";
    }
}
