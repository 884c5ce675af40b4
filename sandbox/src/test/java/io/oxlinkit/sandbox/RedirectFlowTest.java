package io.oxlinkit.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The redirect flow through the authorize page, in both modes of the guide. */
class RedirectFlowTest {

    private Sandbox sandbox;
    private SandboxHttp http;
    private String token;
    private String queue;

    @BeforeEach
    void start() throws Exception {
        sandbox = Sandbox.start();
        http = new SandboxHttp(sandbox);
        token = http.newUser("carol@example.test")[1];
        queue = http.subscribeToConnections(token);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private Map<String, String> throughThePage(String body) throws Exception {
        HttpResponse<String> created = http.api("POST", "/providers/119/channels/redirect1/authorize_url", token, body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String authorize = created.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> page = http.send("GET", authorize, null, null, null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("HSBC").contains("approve");
        HttpResponse<String> approved =
                http.send("POST", authorize + "/approve", null, "", "application/x-www-form-urlencoded");
        assertThat(approved.statusCode()).isEqualTo(302);
        URI back = URI.create(approved.headers().firstValue("Location").orElseThrow());
        assertThat(back.getHost()).isEqualTo("host.example");
        return Request.decodeForm(back.getRawQuery());
    }

    @Test
    void oxlinCreatesTheConnectionAndCallsTheHostBack() throws Exception {
        Map<String, String> callback = throughThePage(
                "{\"redirect_uri\":\"https://host.example/cb\",\"widget_params\":{\"captive_mode\":false}}");
        assertThat(callback).containsKeys("connection_id", "status").containsEntry("queue_id", queue);
        String connection = callback.get("connection_id");

        JsonNode listed = http.poll(token, queue).get(0);
        assertThat(listed.get("event_type").asText()).isEqualTo("LIST_ACCOUNTS_SUCCESS");
        JsonNode snapshot = http.json(http.api("GET", "/connections/" + connection, token, null));
        assertThat(snapshot.at("/channels/0/mode").asText()).isEqualTo("REDIRECT");
        assertThat(snapshot.at("/channels/0/expires").asLong())
                .isGreaterThan(sandbox.clock().epochSecond() + 80L * 86_400);
        assertThat(snapshot.at("/channels/1/status").asText()).isEqualTo("EMPTY");

        JsonNode accounts = http.json(http.api("GET", "/accounts?connection_id=" + connection, token, null));
        StringBuilder decisions = new StringBuilder();
        accounts.forEach(a -> decisions
                .append(decisions.length() == 0 ? "" : ",")
                .append("{\"account_id\":\"")
                .append(a.get("id").asText())
                .append("\",\"consent\":true}"));
        assertThat(http.api(
                                "PUT",
                                "/connections/" + connection + "/consents",
                                token,
                                "{\"consents\":[" + decisions + "]}")
                        .statusCode())
                .isEqualTo(204);
        assertThat(http.poll(token, queue).get(0).get("event_type").asText()).isEqualTo("SYNC_ALL_SUCCESS");
    }

    @Test
    void clientRedirectReturnsCodeAndStateForTheHostToCreateTheConnection() throws Exception {
        Map<String, String> callback = throughThePage(
                "{\"redirect_uri\":\"https://host.example/cb\",\"use_client_redirect\":true,\"redirect_state\":\"cust-42\"}");
        assertThat(callback)
                .containsEntry("state", "cust-42")
                .containsKey("code")
                .doesNotContainKey("connection_id");
        HttpResponse<String> created = http.api(
                "POST",
                "/connections",
                token,
                "{\"provider_id\":\"119\",\"channel_definition_id\":\"redirect1\","
                        + "\"credentials\":[{\"id\":\"AUTHORIZATION_CODE\",\"value\":\"" + callback.get("code")
                        + "\"}]}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(http.api(
                                "POST",
                                "/connections",
                                token,
                                "{\"provider_id\":\"119\",\"channel_definition_id\":\"redirect1\","
                                        + "\"credentials\":[{\"id\":\"AUTHORIZATION_CODE\",\"value\":\""
                                        + callback.get("code") + "\"}]}")
                        .statusCode())
                .as("a code is used once")
                .isEqualTo(400);
    }

    @Test
    void aStateWithAPipeIsRefused() throws Exception {
        HttpResponse<String> refused = http.api(
                "POST",
                "/providers/119/channels/redirect1/authorize_url",
                token,
                "{\"redirect_uri\":\"https://host.example/cb\",\"use_client_redirect\":true,\"redirect_state\":\"a|b\"}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(http.json(refused).get("error").asText()).isEqualTo("invalid_state");
    }

    @Test
    void renewingAnExistingConnectionMovesItsExpiry() throws Exception {
        String connection =
                throughThePage("{\"redirect_uri\":\"https://host.example/cb\"}").get("connection_id");
        sandbox.expireChannelAt(connection, "redirect1", sandbox.clock().now().plusSeconds(3600));
        Map<String, String> renewed =
                throughThePage("{\"redirect_uri\":\"https://host.example/cb\",\"connection_id\":\"" + connection
                        + "\",\"channel_definition_id\":\"redirect1\"}");
        assertThat(renewed).containsEntry("connection_id", connection);
        JsonNode snapshot = http.json(http.api("GET", "/connections/" + connection, token, null));
        assertThat(snapshot.at("/channels/0/expires").asLong())
                .isGreaterThan(sandbox.clock().epochSecond() + 80L * 86_400);
    }

    @Test
    void theDenyButtonReturnsAnError() throws Exception {
        HttpResponse<String> created = http.api(
                "POST",
                "/providers/119/channel_definitions/redirect1/authorize_url",
                token,
                "{\"redirect_uri\":\"https://host.example/cb\"}");
        String authorize = created.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> denied =
                http.send("POST", authorize + "/deny", null, "", "application/x-www-form-urlencoded");
        assertThat(denied.headers().firstValue("Location").orElseThrow()).endsWith("error=access_denied");
    }
}
