package io.oxlinkit.application;

import io.oxlinkit.application.port.OxlinApiException;

/**
 * What a warning says of a failure: its type and, for an API failure, the HTTP status, the server's error code and
 * its request id (what OXLIN support asks for). Never the message, which may quote what was sent.
 */
final class Failures {

    private Failures() {}

    /** {@code ServerError status=503 error=maintenance request=abc-123}, or the type's simple name alone. */
    static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder(failure.getClass().getSimpleName());
        if (failure instanceof OxlinApiException api) {
            text.append(" status=").append(api.status());
            if (!api.errorCode().isEmpty()) {
                text.append(" error=").append(api.errorCode());
            }
            api.requestId().ifPresent(id -> text.append(" request=").append(id));
        }
        return text.toString();
    }
}
