package io.oxlinkit.domain.input;

import java.util.List;
import java.util.Objects;

/**
 * Outcome of checking a user's input: either the checked value, or every problem found. A host
 * switches over it to show errors next to the fields.
 *
 * @param <T> the value produced when the input is accepted
 */
public sealed interface InputResult<T> permits InputResult.Accepted, InputResult.Rejected {

    /** Whether the input was accepted. */
    boolean isAccepted();

    /** The input was valid. */
    record Accepted<T>(T value) implements InputResult<T> {
        /** Requires a value. */
        public Accepted {
            Objects.requireNonNull(value, "value must not be null");
        }

        @Override
        public boolean isAccepted() {
            return true;
        }
    }

    /** The input was refused for at least one reason. */
    record Rejected<T>(List<FieldError> errors) implements InputResult<T> {
        /** Requires at least one error. */
        public Rejected {
            errors = List.copyOf(errors);
            if (errors.isEmpty()) {
                throw new IllegalArgumentException("a rejection needs at least one error");
            }
        }

        @Override
        public boolean isAccepted() {
            return false;
        }
    }

    /** Returns the accepted value or throws {@link InvalidInputException} listing the errors. */
    default T orElseThrow() {
        if (this instanceof Accepted<T> accepted) {
            return accepted.value();
        }
        throw new InvalidInputException(((Rejected<T>) this).errors());
    }
}
