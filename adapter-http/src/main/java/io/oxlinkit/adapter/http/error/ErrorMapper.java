package io.oxlinkit.adapter.http.error;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Response;
import io.oxlinkit.application.port.OxlinApiException;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Optional;

/**
 * Turns an error response or a transport failure into the port's {@link OxlinApiException} tree,
 * keeping the status, the server's {@code error} code and description (cut, control characters
 * removed) and the request id; never a request body, a header or a secret.
 */
public final class ErrorMapper {

    private static final int MAX_ERROR_BODY = 8 * 1024;
    private static final int MAX_DESCRIPTION = 300;
    private static final String[] REQUEST_ID_HEADERS = {"x-fwd-request-id", "x-request-id", "request-id"};

    private final ObjectMapper mapper;

    /** Creates it on what it needs; the adapter wires it. */
    public ErrorMapper(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The exception for a non-2xx response; {@code call} is {@code "GET /connections/{id}"}-like. */
    public OxlinApiException fromResponse(String call, Response response) {
        int status = response.status();
        String requestId = requestId(response).orElse("");
        String code = "";
        String description = "";
        try {
            JsonNode body = readErrorBody(response);
            if (body != null) {
                code = clean(body.path("error").asText(""));
                description = clean(body.path("error_description")
                        .asText(body.path("message").asText("")));
            }
        } catch (IOException | RuntimeException unreadable) {
            description = "";
        }
        String message = call + " answered " + status + (code.isEmpty() ? "" : " " + code)
                + (description.isEmpty() ? "" : ": " + description)
                + (requestId.isEmpty() ? "" : " (request id " + requestId + ")");
        return switch (status) {
            case 400 -> new OxlinApiException.BadRequest(code, message, requestId);
            case 401 -> new OxlinApiException.Unauthorized(code, message, requestId);
            case 403 -> new OxlinApiException.Forbidden(code, message, requestId);
            case 404 -> new OxlinApiException.NotFound(code, message, requestId);
            case 409 -> new OxlinApiException.Conflict(code, message, requestId);
            case 422 -> new OxlinApiException.Unprocessable(code, message, requestId);
            case 429 ->
                new OxlinApiException.RateLimited(
                        code, message, requestId, retryAfter(response).orElse(null));
            default ->
                status >= 500
                        ? new OxlinApiException.ServerError(
                                status,
                                code,
                                message,
                                requestId,
                                retryAfter(response).orElse(null))
                        : new OxlinApiException(status, code, message, requestId, null);
        };
    }

    /** The exception for a failure with no usable response. */
    public static OxlinApiException fromTransport(String call, Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            if (root instanceof ConnectException || root instanceof HttpConnectTimeoutException) {
                break;
            }
            root = root.getCause();
        }
        if (root instanceof ConnectException || root instanceof HttpConnectTimeoutException) {
            return new NotSentException(
                    call + " could not reach the server (" + root.getClass().getSimpleName() + ")", failure);
        }
        return new OxlinApiException.Transport(
                call + " failed in transit (" + root.getClass().getSimpleName() + ")", failure);
    }

    /** The exception for a response that could not be read. */
    public static OxlinApiException decoding(String call, int status, Optional<String> requestId, Throwable cause) {
        // the adapter's own messages name a field and a rule, never a value: they are safe to pass on
        String why = cause instanceof io.oxlinkit.adapter.http.wire.WireFormatException
                ? ": " + cause.getMessage()
                : " (" + cause.getClass().getSimpleName() + ")";
        return new OxlinApiException.Decoding(
                status,
                call + " answered a body that could not be read" + why
                        + requestId.map(id -> " (request id " + id + ")").orElse(""),
                requestId.orElse(""),
                cause);
    }

    /** The request id header, if the server sent one. */
    public static Optional<String> requestId(Response response) {
        for (String name : REQUEST_ID_HEADERS) {
            for (var entry : response.headers().entrySet()) {
                if (entry.getKey() != null
                        && entry.getKey().equalsIgnoreCase(name)
                        && !entry.getValue().isEmpty()) {
                    return Optional.of(clean(entry.getValue().iterator().next()));
                }
            }
        }
        return Optional.empty();
    }

    static Optional<Duration> retryAfter(Response response) {
        for (var entry : response.headers().entrySet()) {
            if (entry.getKey() != null && entry.getKey().equalsIgnoreCase("retry-after")) {
                Collection<String> values = entry.getValue();
                if (values.isEmpty()) {
                    return Optional.empty();
                }
                String value = values.iterator().next().trim();
                try {
                    return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value))));
                } catch (NumberFormatException notSeconds) {
                    try {
                        ZonedDateTime when = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
                        Duration wait = Duration.between(ZonedDateTime.now(when.getZone()), when);
                        return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
                    } catch (RuntimeException notDate) {
                        return Optional.empty();
                    }
                }
            }
        }
        return Optional.empty();
    }

    private JsonNode readErrorBody(Response response) throws IOException {
        if (response.body() == null) {
            return null;
        }
        try (InputStream in = response.body().asInputStream()) {
            byte[] bytes = in.readNBytes(MAX_ERROR_BODY);
            if (bytes.length == 0) {
                return null;
            }
            String text = new String(bytes, StandardCharsets.UTF_8);
            return text.trim().startsWith("{") ? mapper.readTree(text) : null;
        }
    }

    private static String clean(String text) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_DESCRIPTION));
        for (int i = 0; i < text.length() && out.length() < MAX_DESCRIPTION; i++) {
            char c = text.charAt(i);
            out.append(Character.isISOControl(c) ? ' ' : c);
        }
        return out.toString();
    }
}
