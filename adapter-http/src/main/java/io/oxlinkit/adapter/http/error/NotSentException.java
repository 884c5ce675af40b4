package io.oxlinkit.adapter.http.error;

import io.oxlinkit.application.port.OxlinApiException;

/**
 * A transport failure before the request reached the server (connection refused, connect timeout):
 * the one case where even a POST is safe to retry.
 */
public class NotSentException extends OxlinApiException.Transport {

    /** Creates the exception with its cause. */
    public NotSentException(String message, Throwable cause) {
        super(message, cause);
    }
}
