package io.oxlinkit.adapter.http.contract;

import io.oxlinkit.adapter.crypto.BouncyCastlePgpEncryptor;
import io.oxlinkit.adapter.http.FeignOxlinApi;
import io.oxlinkit.adapter.http.config.OxlinHttpConfig;
import io.oxlinkit.application.port.CredentialEncryptor;
import io.oxlinkit.application.port.NewUser;
import io.oxlinkit.application.port.OxlinApi;
import io.oxlinkit.application.port.UserSecretVault;
import io.oxlinkit.domain.connection.ChannelStatus;
import io.oxlinkit.domain.id.AccountId;
import io.oxlinkit.domain.id.ChannelDefinitionId;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.ProviderId;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.domain.secret.SecretValue;
import io.oxlinkit.sandbox.Faults;
import io.oxlinkit.sandbox.Sandbox;
import io.oxlinkit.sandbox.SandboxConfig;
import io.oxlinkit.testkit.contract.api.BankRole;
import io.oxlinkit.testkit.contract.api.Emulator;
import io.oxlinkit.testkit.contract.api.EmulatorClock;
import io.oxlinkit.testkit.memory.InMemoryUserSecretVault;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** The API contract's hooks on {@link FeignOxlinApi} against an embedded sandbox over loopback HTTP. */
final class SandboxEmulator implements Emulator {

    private static final Map<BankRole, String> BANKS = new EnumMap<>(Map.of(
            BankRole.SMS_CHALLENGE,
            "87",
            BankRole.TWO_CHANNELS,
            "119",
            BankRole.OPTIONAL_CREDENTIAL,
            "907",
            BankRole.CHANGING_HISTORY,
            "908",
            BankRole.EVERY_CHALLENGE_TYPE,
            "909",
            BankRole.UNAVAILABLE,
            "905"));

    private final Sandbox sandbox = Sandbox.start();
    private final Clock clock = new EmulatorClock(sandbox.clock()::now);
    private final UserSecretVault vault = new InMemoryUserSecretVault();
    private final FeignOxlinApi api;
    private final AtomicInteger users = new AtomicInteger();

    SandboxEmulator() {
        OxlinHttpConfig config = OxlinHttpConfig.builder()
                .apiBaseUrl(sandbox.apiBaseUrl())
                .authBaseUrl(sandbox.authBaseUrl())
                .clientId(SandboxConfig.DEFAULT_CLIENT_ID)
                .clientSecret(SecretValue.of(SandboxConfig.DEFAULT_CLIENT_SECRET))
                .initialBackoff(Duration.ofMillis(5))
                .maxBackoff(Duration.ofMillis(50))
                .maxAttempts(3)
                .build();
        api = new FeignOxlinApi(config, vault, clock);
    }

    @Override
    public OxlinApi api() {
        return api;
    }

    @Override
    public UserSecretVault vault() {
        return vault;
    }

    @Override
    public CredentialEncryptor encryptor() {
        return new BouncyCastlePgpEncryptor(clock);
    }

    @Override
    public UserId newUser() {
        String email = "contract" + users.incrementAndGet() + "@host.example";
        SecretValue password = SecretValue.of("generated-" + email.hashCode());
        UserId user = api.createUser(new NewUser(email, password));
        vault.store(user, UserSecretVault.Kind.LOGIN, SecretValue.of(email));
        vault.store(user, UserSecretVault.Kind.PASSWORD, password);
        return user;
    }

    @Override
    public Instant now() {
        return sandbox.clock().now();
    }

    @Override
    public void advance(Duration duration) {
        sandbox.advance(duration);
    }

    @Override
    public void expireTokens() {
        sandbox.expireTokens();
    }

    @Override
    public long tokenGrants() {
        return sandbox.counters().count("POST /token");
    }

    @Override
    public ProviderId bank(BankRole role) {
        return ProviderId.of(BANKS.get(role));
    }

    @Override
    public String acceptedSecret() {
        return "correct-horse-battery";
    }

    @Override
    public String refusedSecret() {
        return "wrong-horse-battery";
    }

    @Override
    public Map<String, String> approveAtBank(URI authorizeUrl) {
        return atBank(authorizeUrl, "approve");
    }

    @Override
    public Map<String, String> denyAtBank(URI authorizeUrl) {
        return atBank(authorizeUrl, "deny");
    }

    @Override
    public void failNextJob(ConnectionId connection, ChannelDefinitionId channel, ChannelStatus status) {
        sandbox.failNextJob(connection.value(), channel.value(), status.name());
    }

    @Override
    public void askSmsOnNextJob(ConnectionId connection, ChannelDefinitionId channel) {
        sandbox.askSmsOnNextJob(connection.value(), channel.value());
    }

    @Override
    public void runScheduledSync(ConnectionId connection) {
        sandbox.triggerSync(connection.value());
    }

    @Override
    public void repeatNextQueueRead(UserId user) {
        sandbox.faults().add(Faults.Rule.of("GET /queues/{id}", Faults.Kind.DUPLICATE_EVENTS, 1));
    }

    @Override
    public void dropQueuedEvents(UserId user) {
        sandbox.dropQueuedEvents(user.value());
    }

    @Override
    public void seedTransactions(AccountId account, int count) {
        sandbox.seedAccountTransactions(account.value(), count);
    }

    @Override
    public void breakServer(int status) {
        sandbox.faults().add(Faults.Rule.status("*", status, Integer.MAX_VALUE));
    }

    @Override
    public void recover() {
        sandbox.faults().clear();
    }

    @Override
    public void close() {
        sandbox.close();
    }

    /** What a browser does on the sandbox's authorize page: press a button, follow the redirect's query. */
    private static Map<String, String> atBank(URI authorizeUrl, String button) {
        try {
            HttpClient browser = HttpClient.newBuilder()
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
            HttpResponse<String> page = browser.send(
                    HttpRequest.newBuilder(authorizeUrl).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (page.statusCode() != 200) {
                throw new IllegalStateException("authorize page answered " + page.statusCode());
            }
            HttpResponse<String> pressed = browser.send(
                    HttpRequest.newBuilder(URI.create(authorizeUrl + "/" + button))
                            .POST(HttpRequest.BodyPublishers.noBody())
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            URI back = URI.create(pressed.headers().firstValue("Location").orElseThrow());
            Map<String, String> query = new LinkedHashMap<>();
            for (String pair : back.getRawQuery().split("&")) {
                String[] kv = pair.split("=", 2);
                query.put(
                        URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                        URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
            }
            return query;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
