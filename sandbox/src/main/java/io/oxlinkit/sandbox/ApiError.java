package io.oxlinkit.sandbox;

/**
 * An error answer of the sandbox, sent as {@code {"error": code, "error_description": description}}
 * with a stable {@code code}. Never carries a stack trace.
 */
final class ApiError extends RuntimeException {

    final int status;
    final String code;

    ApiError(int status, String code, String description) {
        super(description, null, false, false);
        this.status = status;
        this.code = code;
    }

    static ApiError badRequest(String code, String description) {
        return new ApiError(400, code, description);
    }

    static ApiError notFound(String what) {
        return new ApiError(404, "not_found", what + " not found");
    }

    static ApiError unauthorized(String description) {
        return new ApiError(401, "invalid_token", description);
    }

    static ApiError forbidden(String description) {
        return new ApiError(403, "forbidden", description);
    }

    static ApiError unprocessable(String code, String description) {
        return new ApiError(422, code, description);
    }
}
