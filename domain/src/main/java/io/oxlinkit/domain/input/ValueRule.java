package io.oxlinkit.domain.input;

import io.oxlinkit.domain.secret.SecretValue;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The check OXLIN attaches to a credential field or a challenge: a server-supplied regular expression,
 * run only after a bounded length check and within a budget of character reads ({@link #READ_BUDGET}), so
 * that a hostile pattern or an oversize value cannot stall the host: a check past its budget leaves the value
 * to the server. A pattern that does not compile is kept as written and not enforced (the server checks
 * anyway); {@link #enforcesPattern()} tells which.
 */
public final class ValueRule {

    /** Longest value accepted for any field, checked before the pattern runs. */
    public static final int MAX_VALUE_LENGTH = 1024;

    /**
     * Most characters one check lets the pattern read (a linear pattern reads a value of 1,024 characters a
     * few thousand times at most; a catastrophic one would read it billions of times). Past it the check
     * gives up and leaves the value to the server, which checks it anyway.
     */
    public static final long READ_BUDGET = 2_000_000;

    private final String rawPattern;
    private final Pattern pattern;

    private ValueRule(String rawPattern, Pattern pattern) {
        this.rawPattern = rawPattern;
        this.pattern = pattern;
    }

    /** A rule from the server's {@code regexp}; null or blank means "any value". */
    public static ValueRule fromRegexp(String regexp) {
        if (regexp == null || regexp.isBlank()) {
            return new ValueRule("", null);
        }
        try {
            return new ValueRule(regexp, Pattern.compile(regexp));
        } catch (PatternSyntaxException invalid) {
            return new ValueRule(regexp, null);
        }
    }

    /** The pattern as the server wrote it (empty when none). */
    public String rawPattern() {
        return rawPattern;
    }

    /**
     * Whether an enforced pattern accepts the empty value: the field may then be left out (the guide's
     * optional third field). A field without a usable pattern is not optional.
     */
    public boolean acceptsEmpty() {
        try {
            return pattern != null
                    && pattern.matcher(new BudgetedChars(new char[0], READ_BUDGET))
                            .find();
        } catch (BudgetedChars.BudgetExceeded tooCostly) {
            return false;
        }
    }

    /** Whether the pattern compiled and is enforced on the client. */
    public boolean enforcesPattern() {
        return pattern != null;
    }

    /**
     * Checks a value: length first, then the pattern (JavaScript-style search, as OXLIN's own widget does).
     *
     * @param field the field id, for the error message
     * @param label the field label, for the error message
     * @param value the secret value; it is read, not wiped
     * @return the first problem found, if any
     */
    public Optional<FieldError> check(String field, String label, SecretValue value) {
        if (value.length() > MAX_VALUE_LENGTH) {
            return Optional.of(new FieldError(
                    field,
                    FieldError.Problem.TOO_LONG,
                    "field " + field + " (" + label + ") is longer than " + MAX_VALUE_LENGTH + " characters"));
        }
        if (pattern == null) {
            return Optional.empty();
        }
        char[] chars = value.copyChars();
        try {
            if (pattern.matcher(new BudgetedChars(chars, READ_BUDGET)).find()) {
                return Optional.empty();
            }
            return Optional.of(new FieldError(
                    field,
                    FieldError.Problem.PATTERN_MISMATCH,
                    "field " + field + " (" + label + ") does not match the expected format " + rawPattern));
        } catch (BudgetedChars.BudgetExceeded tooCostly) {
            // a pattern that backtracks without end cannot be decided here in bounded time: the server decides
            return Optional.empty();
        } catch (StackOverflowError deepRecursion) {
            // java.util.regex recurses per repetition on some patterns: the same, the server decides
            return Optional.empty();
        } finally {
            Arrays.fill(chars, '\0');
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ValueRule that && rawPattern.equals(that.rawPattern);
    }

    @Override
    public int hashCode() {
        return rawPattern.hashCode();
    }

    @Override
    public String toString() {
        return "ValueRule[" + rawPattern + "]";
    }
}
