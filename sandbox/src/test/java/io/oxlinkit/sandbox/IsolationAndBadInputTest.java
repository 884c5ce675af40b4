package io.oxlinkit.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Token isolation between users, and JSON errors with stable codes for every kind of bad input. */
class IsolationAndBadInputTest {

    private Sandbox sandbox;
    private SandboxHttp http;

    @BeforeEach
    void start() {
        sandbox = Sandbox.start();
        http = new SandboxHttp(sandbox);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private static void assertError(HttpResponse<String> response, int status, String code) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode body = SandboxHttp.MAPPER.readTree(response.body());
        assertThat(body.get("error").asText()).isEqualTo(code);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aUsersTokenSeesOnlyThatUsersResources() throws Exception {
        String alice = http.newUser("alice@example.test")[1];
        String[] bob = http.newUser("bob@example.test");
        String[] key = http.newKey(alice);
        String connection = SandboxHttp.lastSegment(http.api(
                "POST",
                "/connections",
                alice,
                "{\"provider_id\":\"901\",\"key_id\":\"" + key[0]
                        + "\",\"credentials\":[{\"id\":\"300\",\"value\":\"bob\"},{\"id\":\"301\",\"value\":"
                        + SandboxHttp.quote(SandboxHttp.encrypt(key[1], "x1234")) + "}]}"));
        assertError(http.api("GET", "/connections/" + connection, bob[1], null), 404, "not_found");
        assertError(http.api("DELETE", "/connections/" + connection, bob[1], null), 404, "not_found");
        assertError(http.api("GET", "/keys/" + key[0], bob[1], null), 404, "not_found");
        assertThat(http.json(http.api("GET", "/connections", bob[1], null))).isEmpty();
        assertError(http.api("GET", "/connections", http.clientToken(), null), 403, "forbidden");
        assertError(http.api("POST", "/users", alice, "{\"email\":\"x@y.z\",\"password\":\"p\"}"), 403, "forbidden");
        assertError(http.api("GET", "/connections", null, null), 401, "invalid_token");
        assertError(http.api("GET", "/connections", "forged", null), 401, "invalid_token");
    }

    @Test
    void badInputGetsAJsonErrorWithAStableCode() throws Exception {
        String token = http.newUser("eve@example.test")[1];
        assertError(http.api("GET", "/nowhere", token, null), 404, "unknown_route");
        assertError(http.send("GET", sandbox.rootUrl() + "/nowhere", null, null, null), 404, "unknown_route");
        assertError(http.api("PATCH", "/connections", token, "{}"), 405, "method_not_allowed");
        assertError(http.api("POST", "/connections", token, "{\"provider_id\": "), 400, "invalid_json");
        assertError(http.api("POST", "/connections", token, "[1,2]"), 400, "invalid_json");
        assertError(
                http.api("POST", "/connections", token, "{\"provider_id\":{\"x\":1},\"credentials\":[]}"),
                400,
                "invalid_type");
        assertError(http.api("POST", "/connections", token, "{\"credentials\":[]}"), 400, "missing_field");
        assertError(
                http.api("POST", "/connections", token, "{\"provider_id\":\"87\",\"credentials\":\"nope\"}"),
                400,
                "invalid_type");
        assertError(http.api("POST", "/queues/subscribe", token, "{\"topics\":[1]}"), 400, "invalid_type");
        assertError(http.api("GET", "/transactions?account_id=1&limit=abc", token, null), 400, "invalid_parameter");
        assertError(
                http.api("POST", "/connections", token, "{\"x\":\"" + "a".repeat(1_100_000) + "\"}"),
                413,
                "payload_too_large");
        assertError(
                http.send(
                        "POST",
                        sandbox.authBaseUrl() + "/token",
                        null,
                        "grant_type=client_credentials&client_id=x&client_secret=y",
                        "application/x-www-form-urlencoded"),
                401,
                "invalid_client");
    }

    @Test
    void plaintextAndForeignlyEncryptedCredentialsAreRefused() throws Exception {
        String token = http.newUser("frank@example.test")[1];
        String[] key = http.newKey(token);
        String[] other = http.newKey(token);
        assertError(
                http.api(
                        "POST",
                        "/connections",
                        token,
                        "{\"provider_id\":\"87\",\"key_id\":\"" + key[0]
                                + "\",\"credentials\":[{\"id\":\"300\",\"value\":\"bob\"},{\"id\":\"301\",\"value\":\"plain-password\"}]}"),
                422,
                "credential_not_encrypted");
        assertError(
                http.api(
                        "POST",
                        "/connections",
                        token,
                        "{\"provider_id\":\"87\",\"key_id\":\"" + key[0]
                                + "\",\"credentials\":[{\"id\":\"300\",\"value\":\"bob\"},{\"id\":\"301\",\"value\":"
                                + SandboxHttp.quote(SandboxHttp.encrypt(other[1], "pw12"))
                                + "}]}"),
                422,
                "wrong_key");
        assertError(
                http.api(
                        "POST",
                        "/connections",
                        token,
                        "{\"provider_id\":\"87\",\"key_id\":\"" + key[0]
                                + "\",\"credentials\":[{\"id\":\"300\",\"value\":\"bob\"}]}"),
                400,
                "missing_credential");
        sandbox.advance(java.time.Duration.ofMinutes(61));
        String fresh = http.newUser("grace@example.test")[1];
        assertError(
                http.api(
                        "POST",
                        "/connections",
                        fresh,
                        "{\"provider_id\":\"87\",\"key_id\":\"" + key[0]
                                + "\",\"credentials\":[{\"id\":\"300\",\"value\":\"bob\"},{\"id\":\"301\",\"value\":\"x\"}]}"),
                400,
                "invalid_key");
    }

    @Test
    void anExpiredKeyIsRefused() throws Exception {
        String[] user = http.newUser("henry@example.test");
        String[] key = http.newKey(user[1]);
        String value = SandboxHttp.encrypt(key[1], "pw12");
        sandbox.advance(java.time.Duration.ofMinutes(61));
        String token = http.token(java.util.Map.of(
                "grant_type",
                "password",
                "username",
                "henry@example.test",
                "password",
                "pw-henry@example.test",
                "client_id",
                SandboxConfig.DEFAULT_CLIENT_ID,
                "client_secret",
                SandboxConfig.DEFAULT_CLIENT_SECRET));
        assertError(
                http.api(
                        "POST",
                        "/connections",
                        token,
                        "{\"provider_id\":\"87\",\"key_id\":\"" + key[0]
                                + "\",\"credentials\":[{\"id\":\"300\",\"value\":\"bob\"},{\"id\":\"301\",\"value\":"
                                + SandboxHttp.quote(value) + "}]}"),
                422,
                "key_expired");
    }
}
