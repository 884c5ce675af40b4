package io.oxlinkit.adapter.http.wire;

/** A response that parsed as JSON but lacks what the client needs (a missing id, say). */
public final class WireFormatException extends RuntimeException {

    public WireFormatException(String message) {
        super(message);
    }
}
