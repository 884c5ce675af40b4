package io.oxlinkit.application.port;

import java.time.Duration;

/**
 * Told by the API adapter of every call it makes (its retries inside one call), for metrics: the
 * {@code oxlin-kit-micrometer} module records them as timers. Called on the caller's thread once the call ends; it
 * must be quick, and what it throws is ignored. Never given a body, a header or a token.
 */
@FunctionalInterface
public interface ApiCallObserver {

    /** Records nothing. */
    ApiCallObserver NONE = (call, outcome, status, elapsed) -> {};

    /**
     * @param call the endpoint as the guide names it, path parameters left as names ({@code GET /connections/{id}},
     *             {@code POST /token})
     * @param outcome {@code success}, {@code client_error}, {@code server_error}, {@code rate_limited}, {@code transport},
     *                {@code refused_locally}, {@code decoding} or {@code other}
     * @param status the last HTTP status, 0 when no answer came
     * @param elapsed from the first attempt to the end of the last
     */
    void called(String call, String outcome, int status, Duration elapsed);
}
