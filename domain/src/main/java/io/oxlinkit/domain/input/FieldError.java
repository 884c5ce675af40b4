package io.oxlinkit.domain.input;

import java.util.Objects;

/**
 * Why one value of a user's input was refused. The message names the field and the rule, never the
 * value typed (it may be a password).
 *
 * @param field the field or challenge id, or the account id for consents
 * @param problem the kind of problem, for a host to localize
 * @param message an English explanation naming the field
 */
public record FieldError(String field, Problem problem, String message) {

    /** Kinds of input problems. */
    public enum Problem {
        /** A required value is absent. */
        MISSING,
        /** The value exceeds the bounded maximum length checked before any pattern runs. */
        TOO_LONG,
        /** The value does not match the field's pattern. */
        PATTERN_MISMATCH,
        /** The value names a field, challenge or account the request does not know. */
        UNKNOWN_FIELD,
        /** The same field or account was given twice. */
        DUPLICATE,
        /** The answer is not allowed here (for example cancelling a challenge with no cancel button). */
        NOT_ALLOWED
    }

    /** Checks that every part is present. */
    public FieldError {
        Objects.requireNonNull(field, "field must not be null");
        Objects.requireNonNull(problem, "problem must not be null");
        Objects.requireNonNull(message, "message must not be null");
    }
}
