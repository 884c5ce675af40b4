package io.oxlinkit.domain.input;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a caller insists on an input that was rejected; lists the field errors, never values. */
public final class InvalidInputException extends IllegalArgumentException {

    private final transient List<FieldError> errors;

    /** Creates the exception from the errors found. */
    public InvalidInputException(List<FieldError> errors) {
        super(errors.stream().map(FieldError::message).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    /** The problems found, one per field. */
    public List<FieldError> errors() {
        return errors;
    }
}
