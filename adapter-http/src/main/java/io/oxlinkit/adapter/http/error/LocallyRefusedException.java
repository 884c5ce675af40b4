package io.oxlinkit.adapter.http.error;

/**
 * The kit itself refused to send a call: its circuit breaker for the host is open, its bulkhead is full or
 * its rate limiter had no permit in time. Not retried: trying again at once meets the same refusal, and
 * waiting for it to lift is the caller's decision. Nothing reached the server.
 */
public final class LocallyRefusedException extends NotSentException {

    /** Creates the exception. */
    public LocallyRefusedException(String message) {
        super(message, null);
    }
}
