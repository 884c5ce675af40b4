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
import java.util.Collection;
import java.util.function.Supplier;

/**
 * One HTTP exchange: sends, maps a non-2xx answer or a transport failure to the port's exceptions,
 * and reads the body with the given reader, mapping unreadable bodies to {@code Decoding}.
 */
public final class Exchange {

    /** Reads a 2xx response. */
    @FunctionalInterface
    public interface Reader<T> {
        T read(Response response) throws IOException;
    }

    private final ObjectMapper mapper;
    private final ErrorMapper errors;

    public Exchange(ObjectMapper mapper) {
        this.mapper = mapper;
        this.errors = new ErrorMapper(mapper);
    }

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
            try {
                return reader.read(response);
            } catch (io.oxlinkit.application.port.OxlinApiException typed) {
                throw typed;
            } catch (JsonProcessingException | RuntimeException unreadable) {
                // whatever a reader throws on what the server sent (a bad date, number, enum, shape) is a decoding error
                throw ErrorMapper.decoding(call, response.status(), ErrorMapper.requestId(response), unreadable);
            } catch (IOException cut) {
                throw ErrorMapper.fromTransport(call, cut);
            }
        }
    }

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
