package io.oxlinkit.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each fault the sandbox injects, observed through the JDK HttpClient. */
class FaultInjectionTest {

    private Sandbox sandbox;
    private SandboxHttp http;
    private String token;

    @BeforeEach
    void start() throws Exception {
        sandbox = Sandbox.start();
        http = new SandboxHttp(sandbox);
        token = http.newUser("dave@example.test")[1];
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void aBurstOf5xxAnswersThenRecovers() throws Exception {
        sandbox.faults()
                .add(Faults.Rule.status("GET /providers", 503, 2))
                .add(Faults.Rule.status("GET /providers", 502, 1));
        assertThat(http.api("GET", "/providers", token, null).statusCode()).isEqualTo(503);
        assertThat(http.api("GET", "/providers", token, null).statusCode()).isEqualTo(503);
        HttpResponse<String> third = http.api("GET", "/providers", token, null);
        assertThat(third.statusCode()).isEqualTo(502);
        assertThat(http.json(third).get("error").asText()).isEqualTo("server_error");
        assertThat(http.api("GET", "/providers", token, null).statusCode()).isEqualTo(200);
        assertThat(sandbox.counters().count("GET /providers")).isEqualTo(4);
    }

    @Test
    void rateLimitingSendsRetryAfter() throws Exception {
        sandbox.faults().add(Faults.Rule.rateLimit("*", Duration.ofSeconds(2), 1));
        HttpResponse<String> limited = http.api("GET", "/providers", token, null);
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).contains("2");
    }

    @Test
    void latencyDelaysTheAnswer() throws Exception {
        sandbox.faults().add(Faults.Rule.latency("GET /providers", Duration.ofMillis(300), 1));
        long start = System.nanoTime();
        assertThat(http.api("GET", "/providers", token, null).statusCode()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void aResetMidBodyCutsTheResponse() {
        sandbox.faults().add(Faults.Rule.of("GET /providers", Faults.Kind.RESET_MID_BODY, 1));
        assertThatThrownBy(() -> http.api("GET", "/providers", token, null)).isInstanceOf(IOException.class);
    }

    @Test
    void aSlowBodyArrivesWholeInParts() throws Exception {
        String whole = http.api("GET", "/providers", token, null).body();
        sandbox.faults().add(Faults.Rule.slowBody("GET /providers", Duration.ofMillis(5), 1));

        HttpResponse<String> slow = http.api("GET", "/providers", token, null);

        assertThat(slow.statusCode()).isEqualTo(200);
        assertThat(slow.body()).isEqualTo(whole);
        assertThat(sandbox.faults().rules()).as("the rule is spent").isEmpty();
    }

    @Test
    void malformedAndTruncatedJsonAreServedOnDemand() throws Exception {
        sandbox.faults()
                .add(Faults.Rule.of("GET /providers", Faults.Kind.MALFORMED_JSON, 1))
                .add(Faults.Rule.of("GET /providers/{id}", Faults.Kind.TRUNCATED_JSON, 1));
        HttpResponse<String> malformed = http.api("GET", "/providers", token, null);
        assertThat(malformed.statusCode()).isEqualTo(200);
        assertThatThrownBy(() -> http.json(malformed)).isInstanceOf(IOException.class);
        HttpResponse<String> truncated = http.api("GET", "/providers/119", token, null);
        assertThatThrownBy(() -> http.json(truncated)).isInstanceOf(IOException.class);
        assertThat(http.json(http.api("GET", "/providers/119", token, null))
                        .get("name")
                        .asText())
                .isEqualTo("HSBC");
    }

    @Test
    void eventsCanBeDeliveredTwiceAndOutOfOrder() throws Exception {
        String queue = http.subscribeToConnections(token);
        String[] key = http.newKey(token);
        String body = "{\"provider_id\":\"901\",\"key_id\":\"" + key[0]
                + "\",\"credentials\":[{\"id\":\"300\",\"value\":\"bob\"}," + "{\"id\":\"301\",\"value\":"
                + SandboxHttp.quote(SandboxHttp.encrypt(key[1], "x1234")) + "}]}";
        http.api("POST", "/connections", token, body);
        http.api("POST", "/connections", token, body);
        sandbox.faults()
                .add(Faults.Rule.of("GET /queues/{id}", Faults.Kind.DUPLICATE_EVENTS, 1))
                .add(Faults.Rule.of("GET /queues/{id}", Faults.Kind.OUT_OF_ORDER_EVENTS, 1));
        JsonNode first = http.poll(token, queue);
        JsonNode second = http.poll(token, queue);
        assertThat(first).hasSize(2);
        assertThat(first.get(0).get("id").asLong())
                .isGreaterThan(first.get(1).get("id").asLong());
        assertThat(second).hasSize(2);
        assertThat(http.poll(token, queue)).isEmpty();
    }

    @Test
    void tokensCanExpireMidFlow() throws Exception {
        assertThat(http.api("GET", "/providers", token, null).statusCode()).isEqualTo(200);
        sandbox.expireTokens();
        HttpResponse<String> expired = http.api("GET", "/providers", token, null);
        assertThat(expired.statusCode()).isEqualTo(401);
        assertThat(http.json(expired).get("error").asText()).isEqualTo("invalid_token");
    }

    @Test
    void tokensExpireOnVirtualTime() throws Exception {
        sandbox.advance(Duration.ofHours(2));
        assertThat(http.api("GET", "/providers", token, null).statusCode()).isEqualTo(401);
    }

    @Test
    void faultsCanBeSetOverTheAdminEndpoint() throws Exception {
        HttpResponse<String> set = http.send(
                "POST",
                sandbox.rootUrl() + "/admin/faults",
                null,
                "{\"route\":\"GET /providers\",\"kind\":\"STATUS\",\"status\":500,\"times\":1}",
                "application/json");
        assertThat(set.statusCode()).isEqualTo(204);
        assertThat(http.api("GET", "/providers", token, null).statusCode()).isEqualTo(500);
        assertThat(http.json(http.send("GET", sandbox.rootUrl() + "/admin/counters", null, null, null))
                        .get("GET /providers")
                        .asLong())
                .isEqualTo(1);
    }

    @Test
    void theAdminRoutesRefuseCrossSiteAndNonJsonRequestsAndNoFaultBlocksThem() throws Exception {
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        String faults = sandbox.rootUrl() + "/admin/faults";
        String rule = "{\"route\":\"*\",\"kind\":\"STATUS\",\"status\":503,\"times\":100}";
        HttpResponse<String> crossOrigin = client.send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(faults))
                        .header("Origin", "https://evil.example")
                        .header("Content-Type", "application/json")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(rule))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(crossOrigin.statusCode()).isEqualTo(403);
        HttpResponse<String> crossSite = client.send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(faults))
                        .header("Sec-Fetch-Site", "cross-site")
                        .header("Content-Type", "application/json")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(rule))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(crossSite.statusCode()).isEqualTo(403);
        assertThat(http.send("POST", faults, null, "route=*&kind=STATUS", "application/x-www-form-urlencoded")
                        .statusCode())
                .as("a form a web page could post")
                .isEqualTo(415);
        assertThat(http.api("GET", "/providers", token, null).statusCode())
                .as("none of those set a fault")
                .isEqualTo(200);

        assertThat(http.send("POST", faults, null, rule, "application/json").statusCode())
                .isEqualTo(204);
        assertThat(http.api("GET", "/providers", token, null).statusCode()).isEqualTo(503);
        assertThat(http.send("GET", sandbox.rootUrl() + "/admin/counters", null, null, null)
                        .statusCode())
                .as("a fault on every route spares the admin routes")
                .isEqualTo(200);
        assertThat(http.send("DELETE", faults, null, null, null).statusCode()).isEqualTo(204);
        assertThat(http.api("GET", "/providers", token, null).statusCode()).isEqualTo(200);
    }
}
