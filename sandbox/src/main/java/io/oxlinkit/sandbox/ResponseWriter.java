package io.oxlinkit.sandbox;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;

/** Writes an answer, or spoils its body as a fault rule says (malformed, truncated, cut, slow). */
final class ResponseWriter {

    private ResponseWriter() {}

    static void send(HttpExchange exchange, Response response, Optional<Faults.Rule> fault) throws IOException {
        response.headers()
                .forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        byte[] body = response.body();
        if (fault.isPresent() && body.length > 0) {
            switch (fault.get().kind()) {
                case MALFORMED_JSON ->
                    body = "{\"id\": \"1\", oops <html>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
                case TRUNCATED_JSON -> body = java.util.Arrays.copyOf(body, body.length / 2);
                case RESET_MID_BODY -> {
                    exchange.sendResponseHeaders(response.status(), body.length);
                    OutputStream out = exchange.getResponseBody();
                    out.write(body, 0, body.length / 2);
                    out.flush();
                    exchange.getHttpContext().getServer();
                    throw new IOException("connection reset mid-body (injected)");
                }
                case SLOW_BODY -> {
                    sendSlowly(exchange, response.status(), body, fault.get().latency());
                    return;
                }
                default -> {}
            }
        }
        if (response.status() == 204 || body.length == 0) {
            exchange.sendResponseHeaders(response.status(), -1);
            return;
        }
        exchange.sendResponseHeaders(response.status(), body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static void sendSlowly(HttpExchange exchange, int status, byte[] body, java.time.Duration pause)
            throws IOException {
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            int part = Math.max(1, (body.length + 7) / 8);
            for (int from = 0; from < body.length; from += part) {
                out.write(body, from, Math.min(part, body.length - from));
                out.flush();
                try {
                    Thread.sleep(pause.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new IOException("the sandbox is stopping", interrupted);
                }
            }
        }
    }
}
