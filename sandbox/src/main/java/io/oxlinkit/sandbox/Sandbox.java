package io.oxlinkit.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A local emulator of the OXLIN API v2.1 over real HTTP (what stripe-mock is to Stripe): test banks,
 * OAuth tokens, PGP keys that really decrypt, the event queue, the authorize page, virtual time and
 * fault injection. Embeddable ({@link #start()}) or standalone ({@code java -jar oxlin-sandbox.jar
 * --port 8089}). Loopback only.
 *
 * <p>Base URLs: API {@link #apiBaseUrl()} ({@code /v2.1}), authentication {@link #authBaseUrl()}
 * ({@code POST /token}), admin under {@code /admin}.
 */
public final class Sandbox implements AutoCloseable {

    /** The sandbox's own version, reported by {@code GET /admin/version}. */
    public static final String VERSION = "0.1.0";

    private static final String API_PREFIX = "/v2.1";

    static {
        // The JDK's server writes headers and body apart; without TCP_NODELAY each answer waits for the client's
        // delayed ACK (about 40 ms on loopback). Read once, when the JDK's server first loads; a host's own
        // setting wins.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final SandboxConfig config;
    private final VirtualClock clock = new VirtualClock(Instant.now());
    private final Faults faults = new Faults();
    private final Counters counters = new Counters();
    private final HttpServer server;
    private final ExecutorService executor;
    private final World world;
    private final Router api;
    private final Router other;

    private Sandbox(SandboxConfig config) throws IOException {
        this.config = config;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), config.port()), 64);
        this.executor = Executors.newFixedThreadPool(16, r -> {
            Thread thread = new Thread(r, "oxlin-sandbox");
            thread.setDaemon(true);
            return thread;
        });
        this.world = new World(config, clock, faults);
        this.api = new ApiRoutes(world, rootUrl()).router();
        this.other = new WidgetPages(world, rootUrl()).addTo(new OtherRoutes(world, this).router());
        server.createContext("/", this::handle);
        server.setExecutor(executor);
    }

    /** Starts a sandbox on a free loopback port with the default configuration. */
    public static Sandbox start() {
        return start(SandboxConfig.defaults());
    }

    /** Starts a sandbox. */
    public static Sandbox start(SandboxConfig config) {
        try {
            Sandbox sandbox = new Sandbox(config);
            sandbox.server.start();
            return sandbox;
        } catch (IOException failure) {
            throw new IllegalStateException("the sandbox could not listen on port " + config.port(), failure);
        }
    }

    /** Runs the sandbox standalone: {@code --port 8089} (default 8089). */
    public static void main(String[] args) throws InterruptedException {
        int port = 8089;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--port") && i + 1 < args.length) {
                port = Integer.parseInt(args[++i]);
            } else if (args[i].startsWith("--port=")) {
                port = Integer.parseInt(args[i].substring("--port=".length()));
            }
        }
        Sandbox sandbox = start(SandboxConfig.defaults().withPort(port));
        System.out.println("OXLIN sandbox " + VERSION + " listening");
        System.out.println("  API base URL:  " + sandbox.apiBaseUrl());
        System.out.println("  auth base URL: " + sandbox.authBaseUrl() + "  (client_id "
                + SandboxConfig.DEFAULT_CLIENT_ID + ", client_secret " + SandboxConfig.DEFAULT_CLIENT_SECRET + ")");
        Runtime.getRuntime().addShutdownHook(new Thread(sandbox::close));
        Thread.currentThread().join();
    }

    /** {@code http://127.0.0.1:port}. */
    public String rootUrl() {
        return "http://" + InetAddress.getLoopbackAddress().getHostAddress() + ":"
                + server.getAddress().getPort();
    }

    /** The API base URL, {@code http://127.0.0.1:port/v2.1}. */
    public URI apiBaseUrl() {
        return URI.create(rootUrl() + API_PREFIX);
    }

    /** The authentication base URL ({@code POST /token} under it). */
    public URI authBaseUrl() {
        return URI.create(rootUrl());
    }

    /** The embed base URL (widget sessions under it): the root URL here. */
    public URI embedBaseUrl() {
        return URI.create(rootUrl());
    }

    /** The port it listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** The configuration it runs with. */
    public SandboxConfig config() {
        return config;
    }

    /** Its virtual clock. */
    public VirtualClock clock() {
        return clock;
    }

    /** Moves virtual time forward; challenges whose time ran out end in CHALLENGE_TIMED_OUT. */
    public void advance(Duration duration) {
        clock.advance(duration);
        world.tick();
    }

    /** Fault injection. */
    public Faults faults() {
        return faults;
    }

    /** Calls received per route. */
    public Counters counters() {
        return counters;
    }

    /** The most PGP keys any one user holds. */
    public int mostKeysOfOneUser() {
        return world.mostKeysOfOneUser();
    }

    /** How many times a spent refresh token was presented again (a client that shares them badly). */
    public long refreshTokenReuses() {
        return world.refreshTokenReuses();
    }

    /** Every access token issued so far stops working now. */
    public void expireTokens() {
        world.expireAllTokens();
    }

    /** The connection's next SYNC_ALL fails with {@code channelStatus} (AUTH_FAILED...). */
    public void breakNextSync(String connectionId, String channelStatus) {
        world.breakNextSync(connectionId, channelStatus);
    }

    /** The next job (LIST_ACCOUNTS or SYNC_ALL) on that channel of the connection fails with {@code channelStatus}, once. */
    public void failNextJob(String connectionId, String channelId, String channelStatus) {
        world.failNextJob(connectionId, channelId, channelStatus);
    }

    /** The next job on that channel of the connection asks the guide's SMS challenge first, once. */
    public void askSmsOnNextJob(String connectionId, String channelId) {
        world.askSmsOnNextJob(connectionId, channelId);
    }

    /** Every event waiting in the user's queues is lost, as when a queue keeps events only for a while. */
    public void dropQueuedEvents(String userId) {
        world.dropQueuedEvents(userId);
    }

    /** The account serves exactly {@code count} computed transactions from now on. */
    public void seedAccountTransactions(String accountId, int count) {
        world.seedAccountTransactions(accountId, count);
    }

    /**
     * The bank adds {@code count} entries above the account's computed history, 100 a day after the listing
     * (ids {@code <account>-n0}, {@code -n1}...); the two newest entries are PENDING, so the former newest ones
     * are booked under their ids.
     */
    public void addTransactions(String accountId, int count) {
        world.addTransactions(accountId, count);
    }

    /** Runs a SYNC_ALL now on every channel that holds credentials, as OXLIN's own schedule would. */
    public void triggerSync(String connectionId) {
        world.triggerSync(connectionId);
    }

    /** Moves a channel's expiry (a REDIRECT channel about to expire). */
    public void expireChannelAt(String connectionId, String channelId, Instant expires) {
        world.expireChannel(connectionId, channelId, expires);
    }

    /** New and existing accounts of {@code bankId} serve {@code count} transactions. */
    public void seedTransactions(String bankId, int count) {
        world.seedTransactions(bankId, count);
    }

    /** The armored public key of a key created through {@code POST /keys}. */
    public String publicKey(String keyId) {
        return world.armoredPublicKey(keyId);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    // ------------------------------------------------------------------ dispatch

    private void handle(HttpExchange exchange) throws IOException {
        String requestId = UUID.randomUUID().toString();
        try (exchange) {
            exchange.getResponseHeaders().add("X-FWD-Request-ID", requestId);
            Response response;
            Optional<Faults.Rule> bodyFault = Optional.empty();
            try {
                world.tick();
                String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
                String path = exchange.getRequestURI().getPath();
                boolean isApi = path.startsWith(API_PREFIX + "/");
                Router router = isApi ? api : other;
                Router.Match match = router.match(method, isApi ? path.substring(API_PREFIX.length()) : path);
                String route = method + " " + match.route().template();
                counters.hit(route);
                byte[] body = readBody(exchange);
                boolean admin = path.startsWith("/admin/");
                if (admin) {
                    AdminGuard.check(
                            method,
                            exchange.getRequestHeaders().getFirst("Origin"),
                            exchange.getRequestHeaders().getFirst("Sec-Fetch-Site"),
                            exchange.getRequestHeaders().getFirst("Content-Type"),
                            body.length);
                }
                // a fault rule never applies to the admin routes: a test that broke the API can still repair it
                Optional<Faults.Rule> before = admin
                        ? Optional.empty()
                        : faults.take(route, Faults.Kind.LATENCY, Faults.Kind.STATUS, Faults.Kind.RATE_LIMIT);
                if (before.isPresent() && before.get().kind() == Faults.Kind.LATENCY) {
                    Thread.sleep(before.get().latency().toMillis());
                    before = faults.take(route, Faults.Kind.STATUS, Faults.Kind.RATE_LIMIT);
                }
                if (before.isPresent()) {
                    response = injected(before.get());
                } else {
                    Request request = new Request(
                            method,
                            path,
                            query(exchange.getRequestURI().getRawQuery()),
                            headers(exchange),
                            body,
                            Map.of());
                    response = match.route().handler().apply(request.withPathParams(match.params()));
                    bodyFault = admin
                            ? Optional.empty()
                            : faults.take(
                                    route,
                                    Faults.Kind.RESET_MID_BODY,
                                    Faults.Kind.MALFORMED_JSON,
                                    Faults.Kind.TRUNCATED_JSON,
                                    Faults.Kind.SLOW_BODY);
                }
            } catch (ApiError error) {
                response = Response.error(error);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                response = Response.error(new ApiError(503, "unavailable", "the sandbox is stopping"));
            } catch (RuntimeException unexpected) {
                response =
                        Response.error(new ApiError(500, "internal_error", "the sandbox failed to handle the request"));
            }
            ResponseWriter.send(exchange, response, bodyFault);
        }
    }

    private byte[] readBody(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(config.maxBodyBytes() + 1);
            if (body.length > config.maxBodyBytes()) {
                throw new ApiError(
                        413, "payload_too_large", "the request body exceeds " + config.maxBodyBytes() + " bytes");
            }
            return body;
        }
    }

    private static Response injected(Faults.Rule rule) {
        if (rule.kind() == Faults.Kind.RATE_LIMIT) {
            Response response = Response.error(new ApiError(429, "rate_limited", "too many requests"));
            response.headers()
                    .put(
                            "Retry-After",
                            Long.toString(Math.max(0, rule.retryAfter().getSeconds())));
            return response;
        }
        return Response.error(
                new ApiError(rule.status(), rule.status() >= 500 ? "server_error" : "injected", "injected fault"));
    }

    private static Map<String, String> query(String raw) {
        return Request.decodeForm(raw);
    }

    private static Map<String, String> headers(HttpExchange exchange) {
        Map<String, String> headers = new HashMap<>();
        exchange.getRequestHeaders()
                .forEach((name, values) ->
                        headers.put(name.toLowerCase(Locale.ROOT), values.isEmpty() ? "" : values.get(0)));
        return headers;
    }
}
