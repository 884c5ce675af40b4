package io.oxlinkit.adapter.http;

import io.oxlinkit.adapter.crypto.BouncyCastlePgpEncryptor;
import io.oxlinkit.adapter.http.config.OxlinHttpConfig;
import io.oxlinkit.application.OxlinKit;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.domain.journey.NextStep;
import io.oxlinkit.domain.secret.SecretValue;
import io.oxlinkit.sandbox.Sandbox;
import io.oxlinkit.sandbox.SandboxConfig;
import io.oxlinkit.testkit.memory.InMemoryAdapters;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** OxlinKit wired with adapter-http and adapter-crypto against an embedded sandbox over loopback. */
final class SandboxKit implements AutoCloseable {

    final Sandbox sandbox;
    final InMemoryAdapters stores = InMemoryAdapters.create();
    final FeignOxlinApi api;
    final OxlinKit kit;

    SandboxKit() {
        this(SandboxConfig.defaults());
    }

    SandboxKit(SandboxConfig config) {
        sandbox = Sandbox.start(config);
        api = new FeignOxlinApi(config(sandbox).build(), stores.vault(), Clock.systemUTC());
        kit = stores.plugInto(OxlinKit.builder())
                .api(api)
                .encryptor(new BouncyCastlePgpEncryptor(Clock.systemUTC()))
                .clock(Clock.systemUTC())
                .build();
    }

    static OxlinHttpConfig.Builder config(Sandbox sandbox) {
        return OxlinHttpConfig.builder()
                .apiBaseUrl(sandbox.apiBaseUrl())
                .authBaseUrl(sandbox.authBaseUrl())
                .clientId(SandboxConfig.DEFAULT_CLIENT_ID)
                .clientSecret(SecretValue.of(SandboxConfig.DEFAULT_CLIENT_SECRET))
                .initialBackoff(Duration.ofMillis(20))
                .maxBackoff(Duration.ofSeconds(2))
                .maxAttempts(5)
                .circuitWindow(50);
    }

    NextStep pumpAndNext(UserId user, ConnectionId connection) {
        kit.pumpEvents(user);
        return kit.nextStep(connection).orElseThrow();
    }

    /** What a browser does on the sandbox's authorize page: approve, and follow the redirect's query. */
    static Map<String, String> approveInBrowser(URI authorizeUrl) throws Exception {
        HttpClient browser = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        HttpResponse<String> page =
                browser.send(HttpRequest.newBuilder(authorizeUrl).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (page.statusCode() != 200) {
            throw new IllegalStateException("authorize page answered " + page.statusCode());
        }
        HttpResponse<String> approved = browser.send(
                HttpRequest.newBuilder(URI.create(authorizeUrl + "/approve"))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        URI back = URI.create(approved.headers().firstValue("Location").orElseThrow());
        Map<String, String> query = new LinkedHashMap<>();
        for (String pair : back.getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            query.put(
                    URLDecoder.decode(kv[0], StandardCharsets.UTF_8), URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return query;
    }

    @Override
    public void close() {
        sandbox.close();
    }
}
