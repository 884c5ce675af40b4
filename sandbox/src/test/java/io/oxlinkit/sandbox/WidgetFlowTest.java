package io.oxlinkit.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The widget session and its pages, walked with the JDK HttpClient as a browser would. */
class WidgetFlowTest {

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

    private HttpResponse<String> get(String pathOrUrl) throws Exception {
        return http.send(
                "GET", pathOrUrl.startsWith("http") ? pathOrUrl : sandbox.rootUrl() + pathOrUrl, null, null, null);
    }

    private HttpResponse<String> post(String path, String form) throws Exception {
        return http.send("POST", sandbox.rootUrl() + path, null, form, "application/x-www-form-urlencoded");
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElseThrow();
    }

    @Test
    void aWidgetSessionLeadsThroughTheBankTheChallengeAndTheAccountChoiceBackToTheHost() throws Exception {
        String token = http.newUser("wendy@example.test")[1];
        HttpResponse<String> created = http.send(
                "POST",
                sandbox.embedBaseUrl() + "/widget/widget_session",
                null,
                "{\"access_token\":\"" + token
                        + "\",\"client_id\":\"sandbox-client\",\"client_secret\":\"sandbox-secret\"}",
                "application/json");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode session = http.json(created);
        String addConnection = session.at("/_links/add_connection").asText();
        assertThat(addConnection)
                .contains("session_id=" + session.get("session_id").asText());

        String step = location(
                get(addConnection + "&redirect_uri=https%3A%2F%2Fhost.example%2Fwidget%2Fdone&select_accounts=true"));
        assertThat(get(step).body()).contains("id=\"bank\"").contains("id=\"password\"");
        String sessionPath = step.substring(0, step.length() - "/step".length());
        assertThat(post(sessionPath + "/credentials", "bank=87&login=wendy&password=correct-horse")
                        .statusCode())
                .isEqualTo(303);
        assertThat(get(step).body()).contains("id=\"send-sms\"");
        post(sessionPath + "/answer", "304=true");
        post(sessionPath + "/answer", "306=000000&307=true");
        assertThat(get(step).body()).contains("Code invalide. Encore 2 tentatives");
        post(sessionPath + "/answer", "306=123456&307=true");
        String choice = get(step).body();
        assertThat(choice)
                .contains("type=\"checkbox\"")
                .contains("Compte courant")
                .contains("Livret A");
        String first = choice.replaceAll("(?s).*?id=\"account-([0-9]+)\".*", "$1");
        post(sessionPath + "/accounts", "account_" + first + "=on");
        HttpResponse<String> back = get(step);
        assertThat(back.statusCode()).isEqualTo(302);
        URI callback = URI.create(location(back));
        assertThat(callback.getHost()).isEqualTo("host.example");
        Map<String, String> query = Request.decodeForm(callback.getRawQuery());
        assertThat(query).containsKeys("connection_id", "status");

        JsonNode accounts =
                http.json(http.api("GET", "/accounts?connection_id=" + query.get("connection_id"), token, null));
        assertThat(accounts).singleElement().satisfies(a -> {
            assertThat(a.get("id").asText()).isEqualTo(first);
            assertThat(a.get("status").asText()).isEqualTo("ACTIVE");
        });
    }

    @Test
    void aWidgetSessionNeedsTheClientAndAValidUserToken() throws Exception {
        HttpResponse<String> refused = http.send(
                "POST",
                sandbox.embedBaseUrl() + "/widget/widget_session",
                null,
                "{\"access_token\":\"forged\",\"client_id\":\"sandbox-client\",\"client_secret\":\"sandbox-secret\"}",
                "application/json");
        assertThat(refused.statusCode()).isEqualTo(401);
    }
}
