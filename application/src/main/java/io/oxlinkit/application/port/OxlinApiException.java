package io.oxlinkit.application.port;

import java.time.Duration;
import java.util.Optional;

/**
 * A failure of the OXLIN API as it crosses the API port, whatever the transport. Carries the HTTP
 * status (0 when no response came), the server's error code and description, and its request id;
 * never a request body, a token or a credential.
 */
public class OxlinApiException extends RuntimeException {

    private final int status;
    private final String errorCode;
    private final String requestId;

    /**
     * @param status the HTTP status, 0 when no response was received
     * @param errorCode the server's {@code error} field, empty when none
     * @param message a description safe to log
     * @param requestId the server's request id, empty when none
     * @param cause the underlying failure, or null
     */
    public OxlinApiException(int status, String errorCode, String message, String requestId, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.errorCode = errorCode == null ? "" : errorCode;
        this.requestId = requestId == null ? "" : requestId;
    }

    /** The HTTP status, 0 when no response was received. */
    public int status() {
        return status;
    }

    /** The server's error code ({@code error}), empty when none. */
    public String errorCode() {
        return errorCode;
    }

    /** The server's request id, for support. */
    public Optional<String> requestId() {
        return requestId.isEmpty() ? Optional.empty() : Optional.of(requestId);
    }

    /** Whether repeating the same call later may succeed. */
    public boolean isTransient() {
        return false;
    }

    /** 400: the request was malformed. */
    public static class BadRequest extends OxlinApiException {
        /** A 400: the request was refused as malformed. */
        public BadRequest(String errorCode, String message, String requestId) {
            super(400, errorCode, message, requestId, null);
        }
    }

    /** 401: the token was refused even after one refresh. */
    public static class Unauthorized extends OxlinApiException {
        /** A 401: the token was refused. */
        public Unauthorized(String errorCode, String message, String requestId) {
            super(401, errorCode, message, requestId, null);
        }
    }

    /** 403: the token may not reach this resource (another user's, or a missing scope). */
    public static class Forbidden extends OxlinApiException {
        /** A 403: the client or user may not do this. */
        public Forbidden(String errorCode, String message, String requestId) {
            super(403, errorCode, message, requestId, null);
        }
    }

    /** 404: the resource does not exist for this user. */
    public static class NotFound extends OxlinApiException {
        /** A 404: no such resource for this user. */
        public NotFound(String errorCode, String message, String requestId) {
            super(404, errorCode, message, requestId, null);
        }
    }

    /** 409: the request conflicts with the resource's state. */
    public static class Conflict extends OxlinApiException {
        /** A 409: the resource is not in a state that allows it. */
        public Conflict(String errorCode, String message, String requestId) {
            super(409, errorCode, message, requestId, null);
        }
    }

    /** 422: the request was understood but refused (for example a value not encrypted to a valid key). */
    public static class Unprocessable extends OxlinApiException {
        /** A 422: the values were refused. */
        public Unprocessable(String errorCode, String message, String requestId) {
            super(422, errorCode, message, requestId, null);
        }
    }

    /** 429: too many requests; {@link #retryAfter()} says when to come back. */
    public static class RateLimited extends OxlinApiException {
        private final Duration retryAfter;

        /** A 429, with the wait the server asked for. */
        public RateLimited(String errorCode, String message, String requestId, Duration retryAfter) {
            super(429, errorCode, message, requestId, null);
            this.retryAfter = retryAfter;
        }

        /** The server's Retry-After, when given. */
        public Optional<Duration> retryAfter() {
            return Optional.ofNullable(retryAfter);
        }

        @Override
        public boolean isTransient() {
            return true;
        }
    }

    /** 5xx: the server failed. */
    public static class ServerError extends OxlinApiException {
        private final Duration retryAfter;

        /** A 5xx answer. */
        public ServerError(int status, String errorCode, String message, String requestId) {
            this(status, errorCode, message, requestId, null);
        }

        /** @param retryAfter the server's {@code Retry-After} (a 503 may send one), or null */
        public ServerError(int status, String errorCode, String message, String requestId, Duration retryAfter) {
            super(status, errorCode, message, requestId, null);
            this.retryAfter = retryAfter;
        }

        /** The server's Retry-After, when given. */
        public Optional<Duration> retryAfter() {
            return Optional.ofNullable(retryAfter);
        }

        @Override
        public boolean isTransient() {
            return true;
        }
    }

    /** No usable response: connection refused or reset, timeout. */
    public static class Transport extends OxlinApiException {
        /** No answer: the call failed before or while the server answered. */
        public Transport(String message, Throwable cause) {
            super(0, "", message, "", cause);
        }

        @Override
        public boolean isTransient() {
            return true;
        }
    }

    /** A response came but could not be read (malformed or truncated JSON, missing required field). */
    public static class Decoding extends OxlinApiException {
        /** An answer whose body could not be read as the guide describes it. */
        public Decoding(int status, String message, String requestId, Throwable cause) {
            super(status, "", message, requestId, cause);
        }

        @Override
        public boolean isTransient() {
            return true;
        }
    }
}
