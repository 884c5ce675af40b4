package io.oxlinkit.application.port;

/**
 * A value a store cannot keep exactly (a label longer than its bound, an amount with more decimals or digits
 * than it holds, text that is not valid UTF-16): refused whole, never cut or rounded. The message names the
 * field and the bound, never the value.
 */
public class ValueOutOfBoundsException extends StorageException {

    private final String field;

    /** Creates the exception. */
    public ValueOutOfBoundsException(String field, String bound) {
        super(field + " is out of the stored bounds (" + bound + "); nothing was written", null);
        this.field = field;
    }

    /** The field refused, as {@code record.field}. */
    public String field() {
        return field;
    }
}
