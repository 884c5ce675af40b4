package io.oxlinkit.adapter.http.hostile;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.oxlinkit.adapter.http.FeignOxlinApi;
import io.oxlinkit.adapter.http.config.OxlinHttpConfig;
import io.oxlinkit.application.port.UserSecretVault;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.domain.secret.SecretValue;
import io.oxlinkit.testkit.memory.InMemoryUserSecretVault;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A server of our own that answers what a test tells it to, however wrong: any body for any route, a body that
 * stops after its first bytes and never ends. Tokens are granted to anyone. Loopback only.
 */
final class HostileServer implements AutoCloseable {

    /** An answer: status and body, and whether the body stalls after its first half (never finishing). */
    record Reply(int status, byte[] body, boolean stallsHalfway) {
        static Reply json(String json) {
            return new Reply(200, json.getBytes(StandardCharsets.UTF_8), false);
        }

        static Reply stalling(String json) {
            return new Reply(200, json.getBytes(StandardCharsets.UTF_8), true);
        }
    }

    private final HttpServer server;
    private final Map<String, Function<String, Reply>> routes = new ConcurrentHashMap<>();
    private final CountDownLatch released = new CountDownLatch(1);

    HostileServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, "hostile-server");
            thread.setDaemon(true);
            return thread;
        }));
        server.createContext("/", this::handle);
        server.start();
    }

    /** Answers {@code "GET /path"} with what {@code reply} makes of the query string. */
    HostileServer on(String route, Function<String, Reply> reply) {
        routes.put(route, reply);
        return this;
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** A client of this server, with its timeouts and body cap, for one user whose credentials it holds. */
    FeignOxlinApi client(UserId user, Function<OxlinHttpConfig.Builder, OxlinHttpConfig.Builder> tune) {
        UserSecretVault vault = new InMemoryUserSecretVault();
        vault.store(user, UserSecretVault.Kind.LOGIN, SecretValue.of("login"));
        vault.store(user, UserSecretVault.Kind.PASSWORD, SecretValue.of("password"));
        OxlinHttpConfig.Builder config = OxlinHttpConfig.builder()
                .apiBaseUrl(base())
                .authBaseUrl(base())
                .embedBaseUrl(base())
                .clientId("client")
                .clientSecret(SecretValue.of("secret"))
                .maxAttempts(1)
                .readTimeout(Duration.ofSeconds(1))
                .overallTimeout(Duration.ofSeconds(10));
        return new FeignOxlinApi(tune.apply(config).build(), vault, Clock.systemUTC());
    }

    private void handle(HttpExchange exchange) throws IOException {
        String route =
                exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath();
        String query = exchange.getRequestURI().getRawQuery() == null
                ? ""
                : exchange.getRequestURI().getRawQuery();
        Reply reply = route.equals("POST /token")
                ? Reply.json("{\"access_token\":\"t-" + System.nanoTime() + "\",\"expires_in\":3600}")
                : routes.getOrDefault(
                                route,
                                q -> new Reply(
                                        404, "{\"error\":\"not_found\"}".getBytes(StandardCharsets.UTF_8), false))
                        .apply(query);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(reply.status(), reply.stallsHalfway() ? 0 : reply.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
            if (reply.stallsHalfway()) {
                out.write(reply.body(), 0, reply.body().length / 2);
                out.flush();
                released.await();
            } else {
                out.write(reply.body());
            }
        } catch (InterruptedException | IOException stopped) {
            // the client went away or the server stops
        } finally {
            exchange.close();
        }
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
    }
}
