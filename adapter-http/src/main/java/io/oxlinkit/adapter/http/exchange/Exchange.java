package io.oxlinkit.adapter.http.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import feign.FeignException;
import feign.Response;
import io.oxlinkit.adapter.http.error.ErrorMapper;
import io.oxlinkit.adapter.http.wire.WireFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * One HTTP exchange: sends, maps a non-2xx answer or a transport failure to the port's exceptions,
 * and reads the body with the given reader within its {@link BodyLimits} (size, stall, deadline: see
 * {@link GuardedBody}), mapping unreadable or oversized bodies to {@code Decoding} and stalled ones to
 * {@code Transport}.
 */
public final class Exchange {

    /** Reads a 2xx response. */
    @FunctionalInterface
    public interface Reader<T> {
        /** Reads the value from the response; what it throws on the body is a decoding error. */
        T read(Response response) throws IOException;
    }

    /**
     * How a response body is bounded: its size, the longest stall between two reads, the time left to the call's
     * deadline (from the retry chain, or the overall timeout outside it), the wall clock the watchdog reads, and
     * what runs it.
     */
    public record BodyLimits(
            long maxBytes,
            Duration stall,
            Duration overallTimeout,
            Supplier<Optional<Duration>> timeLeft,
            Clock clock,
            GuardedBody.Watchdog watchdog) {}

    private final ObjectMapper mapper;
    private final ErrorMapper errors;
    private final BodyLimits limits;

    /** Creates it on what it needs; the adapter wires it. */
    public Exchange(ObjectMapper mapper, BodyLimits limits) {
        this.mapper = mapper;
        this.errors = new ErrorMapper(mapper);
        this.limits = limits;
    }

    /** A watchdog on a scheduler the caller owns (and shuts down). */
    public static GuardedBody.Watchdog watchdog(ScheduledExecutorService scheduler) {
        return (delay, check) -> {
            ScheduledFuture<?> future = scheduler.schedule(check, Math.max(1, delay.toMillis()), TimeUnit.MILLISECONDS);
            return () -> future.cancel(false);
        };
    }

    private Response guarded(Response response) throws IOException {
        if (response.body() == null) {
            return response;
        }
        Instant deadline = limits.clock().instant().plus(limits.timeLeft().get().orElse(limits.overallTimeout()));
        InputStream body = new GuardedBody(
                response.body().asInputStream(),
                limits.maxBytes(),
                limits.stall(),
                deadline,
                limits.clock(),
                limits.watchdog());
        return response.toBuilder().body(body, response.body().length()).build();
    }

    /** Sends the call, maps a non-2xx answer or a transport failure to its typed error, and reads a 2xx body with {@code reader} within the limits. */
    public <T> T run(String call, Supplier<Response> send, Reader<T> reader) {
        Response response;
        try {
            response = send.get();
        } catch (FeignException transport) {
            throw ErrorMapper.fromTransport(call, transport);
        }
        try (response) {
            if (response.status() / 100 != 2) {
                throw errors.fromResponse(call, response);
            }
            try (Response bounded = guarded(response)) {
                return reader.read(bounded);
            } catch (io.oxlinkit.application.port.OxlinApiException typed) {
                throw typed;
            } catch (JsonProcessingException | RuntimeException unreadable) {
                // whatever a reader throws on what the server sent (a bad date, number, enum, shape) is a decoding
                // error
                throw ErrorMapper.decoding(call, response.status(), ErrorMapper.requestId(response), unreadable);
            } catch (IOException cut) {
                throw ErrorMapper.fromTransport(call, cut);
            }
        }
    }

    /** The body as a JSON tree; an absent or empty body is a decoding error. */
    public Reader<JsonNode> json() {
        return response -> {
            if (response.body() == null) {
                throw new WireFormatException("the response has no body");
            }
            try (InputStream in = response.body().asInputStream()) {
                JsonNode node = mapper.readTree(in);
                if (node == null || node.isMissingNode()) {
                    throw new WireFormatException("the response body is empty");
                }
                return node;
            }
        };
    }

    /** The JSON body mapped by {@code mapping} inside the exchange, so that what the mapping refuses is a decoding error too. */
    public <T> Reader<T> json(java.util.function.Function<JsonNode, T> mapping) {
        Reader<JsonNode> json = json();
        return response -> mapping.apply(json.read(response));
    }

    /** Ignores the body (a 204, or an answer the kit does not read). */
    public static Reader<Void> nothing() {
        return response -> null;
    }

    /** The {@code Location} header. */
    public static Reader<String> location() {
        return response -> {
            for (var entry : response.headers().entrySet()) {
                if (entry.getKey() != null && entry.getKey().equalsIgnoreCase("location")) {
                    Collection<String> values = entry.getValue();
                    if (!values.isEmpty() && !values.iterator().next().isBlank()) {
                        return values.iterator().next().trim();
                    }
                }
            }
            throw new WireFormatException("the response has no Location header");
        };
    }

    /** The last path segment of the {@code Location} header: the created resource's id. */
    public static Reader<String> createdId() {
        Reader<String> location = location();
        return response -> {
            String path = URI.create(location.read(response)).getPath();
            String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
            String id = trimmed.substring(trimmed.lastIndexOf('/') + 1);
            if (id.isBlank()) {
                throw new WireFormatException("the Location header names no id");
            }
            return id;
        };
    }
}
