package io.oxlinkit.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.oxlinkit.adapter.crypto.BouncyCastlePgpEncryptor;
import io.oxlinkit.adapter.http.FeignOxlinApi;
import io.oxlinkit.adapter.http.config.OxlinHttpConfig;
import io.oxlinkit.application.OxlinKit;
import io.oxlinkit.application.StepResult;
import io.oxlinkit.domain.id.AccountId;
import io.oxlinkit.domain.id.ChannelDefinitionId;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.CredentialId;
import io.oxlinkit.domain.id.ProviderId;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.domain.secret.SecretValue;
import io.oxlinkit.sandbox.Sandbox;
import io.oxlinkit.sandbox.SandboxConfig;
import io.oxlinkit.testkit.drive.Autopilot;
import io.oxlinkit.testkit.memory.InMemoryAdapters;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Map;

/**
 * Fetching 100,000 transactions (pages of 500) from the same sandbox in the same run: through
 * adapter-http ({@code FeignOxlinApi.transactionStream}: Feign, tokens, Resilience4j, streaming parse
 * into domain records) against a raw JDK {@link HttpClient} + Jackson streaming parse baseline.
 */
public final class FetchHarness {

    static final int TRANSACTIONS = 100_000;
    static final int PAGE = 500;

    private FetchHarness() {}

    /**
     * Runs the comparison. The sandbox runs in a JVM of its own ({@code sandbox/target/oxlin-sandbox.jar}),
     * as a real server would, so client and server do not share a heap or JIT; pass {@code --in-process}
     * to embed it instead.
     */
    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        boolean inProcess = java.util.Arrays.asList(args).contains("--in-process");
        try (ServerHandle sandbox = inProcess ? ServerHandle.embedded() : ServerHandle.external()) {
            InMemoryAdapters stores = InMemoryAdapters.create();
            FeignOxlinApi api = new FeignOxlinApi(
                    OxlinHttpConfig.builder()
                            .apiBaseUrl(sandbox.apiBaseUrl())
                            .authBaseUrl(sandbox.authBaseUrl())
                            .clientId(SandboxConfig.DEFAULT_CLIENT_ID)
                            .clientSecret(SecretValue.of(SandboxConfig.DEFAULT_CLIENT_SECRET))
                            .build(),
                    stores.vault(),
                    Clock.systemUTC());
            OxlinKit kit = stores.plugInto(OxlinKit.builder())
                    .api(api)
                    .encryptor(new BouncyCastlePgpEncryptor(Clock.systemUTC()))
                    .synchronizeAfterSyncAll(false)
                    .build();
            UserId user = kit.createUser("bench@host.example");
            ConnectionId connection = connect(kit, user);
            AccountId account = kit.accounts(connection).get(0).id();
            String bearer = "Bearer " + tokenFor(sandbox.authBaseUrl(), "bench@host.example", stores);
            HttpClient raw =
                    HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            JsonFactory json = new ObjectMapper().getFactory();

            System.out.println("warming up...");
            for (int i = 0; i < 8; i++) {
                api.transactionStream(user, account).count();
                rawFetch(raw, json, sandbox.apiBaseUrl(), bearer, account);
            }
            Harness.Side[] sides = Harness.compare(
                    "adapter-http",
                    () -> api.transactionStream(user, account).count(),
                    "raw HttpClient+Jackson",
                    () -> rawFetch(raw, json, sandbox.apiBaseUrl(), bearer, account),
                    runs);
            Harness.report("fetch " + TRANSACTIONS + " transactions", sides);
        }
    }

    /** What the baseline reads each transaction into: the same fields the adapter maps. */
    record RawTransaction(
            String id,
            String accountId,
            BigDecimal amount,
            String currency,
            java.time.Instant date,
            String label,
            String type,
            String status) {}

    /** The baseline: GET each page with the JDK client and stream-parse it with Jackson into records. */
    static long rawFetch(HttpClient client, JsonFactory json, URI base, String bearer, AccountId account)
            throws Exception {
        long count = 0;
        for (int page = 1; ; page++) {
            java.util.List<RawTransaction> records = rawPage(client, json, base, bearer, account, page);
            count += records.size();
            if (records.size() < PAGE) {
                return count;
            }
        }
    }

    /** One page of the baseline: GET it with the JDK client, stream-parse it with Jackson into records. */
    static java.util.List<RawTransaction> rawPage(
            HttpClient client, JsonFactory json, URI base, String bearer, AccountId account, int page)
            throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(
                        base + "/transactions?account_id=" + account.value() + "&limit=" + PAGE + "&page=" + page))
                .header("Authorization", bearer)
                .GET()
                .build();
        HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        java.util.List<RawTransaction> records = new java.util.ArrayList<>(PAGE);
        try (InputStream body = response.body();
                JsonParser parser = json.createParser(body)) {
            parser.nextToken();
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                String id = null;
                String accountId = null;
                BigDecimal amount = null;
                String currency = null;
                java.time.Instant date = null;
                String label = null;
                String type = null;
                String status = null;
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String field = parser.currentName();
                    JsonToken token = parser.nextToken();
                    if (token == JsonToken.START_ARRAY || token == JsonToken.START_OBJECT) {
                        parser.skipChildren();
                        continue;
                    }
                    switch (field) {
                        case "id" -> id = parser.getText();
                        case "account_id" -> accountId = parser.getText();
                        case "amount" -> amount = parser.getDecimalValue();
                        case "currency" -> currency = parser.getText();
                        case "date" -> date = java.time.Instant.ofEpochSecond(parser.getLongValue());
                        case "label" -> label = parser.getText();
                        case "type" -> type = parser.getText();
                        case "status" -> status = parser.getText();
                        default -> {}
                    }
                }
                records.add(new RawTransaction(id, accountId, amount, currency, date, label, type, status));
            }
        }
        return records;
    }

    private static String tokenFor(URI authBaseUrl, String email, InMemoryAdapters stores) throws Exception {
        UserId user = stores.connections().findAll().get(0).userId();
        return tokenFor(
                authBaseUrl,
                email,
                stores.vault()
                        .find(user, io.oxlinkit.application.port.UserSecretVault.Kind.PASSWORD)
                        .orElseThrow()
                        .reveal());
    }

    /** A user token from the password grant, for the baseline's raw calls. */
    static String tokenFor(URI authBaseUrl, String email, String password) throws Exception {
        String form = "grant_type=password&client_id=" + SandboxConfig.DEFAULT_CLIENT_ID + "&client_secret="
                + SandboxConfig.DEFAULT_CLIENT_SECRET
                + "&username=" + java.net.URLEncoder.encode(email, java.nio.charset.StandardCharsets.UTF_8)
                + "&password=" + java.net.URLEncoder.encode(password, java.nio.charset.StandardCharsets.UTF_8);
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(authBaseUrl + "/token"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(form))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        return new ObjectMapper().readTree(response.body()).get("access_token").asText();
    }

    static ConnectionId connect(OxlinKit kit, UserId user) {
        StepResult started = kit.startEmbeddedConnection(
                user,
                ProviderId.of("87"),
                ChannelDefinitionId.of("8702"),
                Map.of(
                        CredentialId.of("300"),
                        SecretValue.of("bench"),
                        CredentialId.of("301"),
                        SecretValue.of("bench-password")));
        ConnectionId connection = started.connection().orElseThrow();
        Autopilot.answering(kit, "123456").untilDataReady(user, connection);
        return connection;
    }

    /** The sandbox under test: embedded, or a separate JVM seeded over its admin API. */
    static final class ServerHandle implements AutoCloseable {
        private final Sandbox embedded;
        private final Process process;
        private final int port;

        private ServerHandle(Sandbox embedded, Process process, int port) {
            this.embedded = embedded;
            this.process = process;
            this.port = port;
        }

        static ServerHandle embedded() {
            Sandbox sandbox = Sandbox.start(SandboxConfig.defaults().withTransactionsPerAccount(TRANSACTIONS));
            return new ServerHandle(sandbox, null, sandbox.port());
        }

        static ServerHandle external() throws Exception {
            return external(TRANSACTIONS);
        }

        /** A sandbox in its own JVM whose bank 87 accounts each serve {@code transactions} entries. */
        static ServerHandle external(int transactions) throws Exception {
            int port;
            try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            java.nio.file.Path jar = java.nio.file.Path.of("sandbox/target/oxlin-sandbox.jar");
            if (!java.nio.file.Files.exists(jar)) {
                throw new IllegalStateException("build the sandbox first: mvn -pl sandbox -am package -DskipTests");
            }
            Process process = new ProcessBuilder("java", "-jar", jar.toString(), "--port", Integer.toString(port))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            HttpClient client = HttpClient.newHttpClient();
            for (int attempt = 0; ; attempt++) {
                try {
                    client.send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/admin/version"))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
                    break;
                } catch (java.io.IOException notYet) {
                    if (attempt > 100) {
                        process.destroyForcibly();
                        throw new IllegalStateException("the sandbox did not start");
                    }
                    Thread.sleep(100);
                }
            }
            client.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/admin/banks/87/transactions"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"count\":" + transactions + "}"))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            return new ServerHandle(null, process, port);
        }

        URI apiBaseUrl() {
            return URI.create("http://127.0.0.1:" + port + "/v2.1");
        }

        URI authBaseUrl() {
            return URI.create("http://127.0.0.1:" + port);
        }

        @Override
        public void close() {
            if (embedded != null) {
                embedded.close();
            }
            if (process != null) {
                process.destroy();
            }
        }
    }
}
