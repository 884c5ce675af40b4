package io.oxlinkit.adapter.http.wire;

/** A response that parsed as JSON but lacks what the client needs (a missing id, say). */
public final class WireFormatException extends RuntimeException {

    /** Creates the exception. */
    public WireFormatException(String message) {
        super(message);
    }

    /**
     * What a domain constructor or the JDK refused while building {@code what} from an answer: the kit's own
     * messages name a field and a rule, so they are kept; another's could quote the value, so only its kind is.
     */
    static WireFormatException refused(String what, RuntimeException invalid) {
        StackTraceElement[] trace = invalid.getStackTrace();
        boolean ours = trace.length > 0 && trace[0].getClassName().startsWith("io.oxlinkit.");
        return new WireFormatException(what + ": "
                + (ours && invalid.getMessage() != null
                        ? invalid.getMessage()
                        : "refused (" + invalid.getClass().getSimpleName() + ")"));
    }
}
