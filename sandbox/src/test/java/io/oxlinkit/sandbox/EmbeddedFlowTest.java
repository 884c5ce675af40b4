package io.oxlinkit.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The guide's embedded flow with the SMS challenge, consent, sync and pagination, over HTTP only. */
class EmbeddedFlowTest {

    private Sandbox sandbox;
    private SandboxHttp http;
    private String token;
    private String queue;

    @BeforeEach
    void start() throws Exception {
        sandbox = Sandbox.start();
        http = new SandboxHttp(sandbox);
        token = http.newUser("alice@example.test")[1];
        queue = http.subscribeToConnections(token);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private String createConnection(String password) throws Exception {
        String[] key = http.newKey(token);
        String body = "{\"provider_id\":\"87\",\"channel_definition_id\":\"8702\",\"key_id\":\"" + key[0]
                + "\",\"credentials\":[" + "{\"id\":\"300\",\"value\":\"alice\"},{\"id\":\"301\",\"value\":"
                + SandboxHttp.quote(SandboxHttp.encrypt(key[1], password)) + "}]}";
        HttpResponse<String> created = http.api("POST", "/connections", token, body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).startsWith("/connections/"));
        return SandboxHttp.lastSegment(created);
    }

    private JsonNode onlyEvent() throws Exception {
        JsonNode events = http.poll(token, queue);
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    private void answer(String connection, String credentialsJson) throws Exception {
        HttpResponse<String> sent = http.api(
                "POST",
                "/connections/" + connection + "/channels/8702/user_input",
                token,
                "{\"credentials\":" + credentialsJson + "}");
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(204);
    }

    /** Runs the flow up to the account list and returns the connection id. */
    private String connectAndList() throws Exception {
        String connection = createConnection("correct-horse");
        JsonNode sendSms = onlyEvent();
        assertThat(sendSms.get("event_type").asText()).isEqualTo("LIST_ACCOUNTS_USER_INPUT_REQUESTED");
        assertThat(sendSms.get("resource").get("id").asText()).isEqualTo(connection);
        assertThat(sendSms.at("/list_accounts_user_input_requested/challenge/0/id")
                        .asText())
                .isEqualTo("303");
        assertThat(sendSms.at("/list_accounts_user_input_requested/challenge/0/params/phone")
                        .asText())
                .isEqualTo("0606060606");
        answer(connection, "[{\"id\":\"304\",\"value\":\"true\"}]");

        JsonNode code = onlyEvent();
        List<String> ids = new ArrayList<>();
        code.at("/list_accounts_user_input_requested/challenge")
                .forEach(c -> ids.add(c.get("id").asText()));
        assertThat(ids).containsExactly("305", "306", "308", "307");
        answer(connection, "[{\"id\":\"306\",\"value\":\"000000\"},{\"id\":\"307\",\"value\":\"true\"}]");

        JsonNode wrong = onlyEvent();
        assertThat(wrong.at("/list_accounts_user_input_requested/challenge/1/id")
                        .asText())
                .isEqualTo("309");
        assertThat(wrong.at("/list_accounts_user_input_requested/challenge/1/params/remaining_attempts")
                        .asText())
                .isEqualTo("2");
        answer(connection, "[{\"id\":\"306\",\"value\":\"123456\"},{\"id\":\"307\",\"value\":\"true\"}]");

        JsonNode listed = onlyEvent();
        assertThat(listed.get("event_type").asText()).isEqualTo("LIST_ACCOUNTS_SUCCESS");
        return connection;
    }

    @Test
    void embeddedFlowWithSmsChallengeConsentAndSync() throws Exception {
        String connection = connectAndList();
        JsonNode accounts = http.json(http.api("GET", "/accounts?connection_id=" + connection, token, null));
        assertThat(accounts).hasSize(2);
        accounts.forEach(a -> assertThat(a.get("status").asText()).isEqualTo("PENDING_CONSENT"));
        String kept = accounts.get(0).get("id").asText();
        String declined = accounts.get(1).get("id").asText();

        HttpResponse<String> consent = http.api(
                "PUT",
                "/connections/" + connection + "/consents",
                token,
                "{\"consents\":[{\"account_id\":\"" + kept + "\",\"consent\":true},{\"account_id\":\"" + declined
                        + "\",\"consent\":false}]}");
        assertThat(consent.statusCode()).isEqualTo(204);
        assertThat(onlyEvent().get("event_type").asText()).isEqualTo("SYNC_ALL_SUCCESS");

        JsonNode after = http.json(http.api("GET", "/accounts?connection_id=" + connection, token, null));
        assertThat(after).singleElement().satisfies(a -> {
            assertThat(a.get("id").asText()).isEqualTo(kept);
            assertThat(a.get("status").asText()).isEqualTo("ACTIVE");
        });
        JsonNode snapshot = http.json(http.api("GET", "/connections/" + connection, token, null));
        assertThat(snapshot.at("/channels/1/channel_definition_id").asText()).isEqualTo("8702");
        assertThat(snapshot.at("/channels/1/status").asText()).isEqualTo("SUCCESS");
        assertThat(snapshot.at("/channels/1/credentials/0/masked_value").asText())
                .isEqualTo("**ce");
        JsonNode page =
                http.json(http.api("GET", "/transactions?account_id=" + kept + "&limit=10&page=1", token, null));
        assertThat(page).hasSize(10);
        assertThat(page.get(0).get("amount").isNumber()).isTrue();
    }

    @Test
    void paginationOverTenThousandTransactions() throws Exception {
        sandbox.seedTransactions("87", 10_000);
        String connection = connectAndList();
        String account = http.json(http.api("GET", "/accounts?connection_id=" + connection, token, null))
                .get(0)
                .get("id")
                .asText();
        http.api(
                "PUT",
                "/connections/" + connection + "/consents",
                token,
                "{\"consents\":[{\"account_id\":\"" + account + "\",\"consent\":true}]}");
        Set<String> ids = new HashSet<>();
        long previousDate = Long.MAX_VALUE;
        int pages = 0;
        for (int page = 1; ; page++) {
            JsonNode batch = http.json(
                    http.api("GET", "/transactions?account_id=" + account + "&limit=500&page=" + page, token, null));
            pages++;
            for (JsonNode t : batch) {
                assertThat(ids.add(t.get("id").asText())).isTrue();
                assertThat(t.get("date").asLong()).isLessThan(previousDate);
                previousDate = t.get("date").asLong();
            }
            if (batch.size() < 500) {
                break;
            }
        }
        assertThat(ids).hasSize(10_000);
        assertThat(pages).isEqualTo(21);

        long anchor = http.json(http.api("GET", "/transactions?account_id=" + account + "&limit=1&page=1", token, null))
                .get(0)
                .get("date")
                .asLong();
        JsonNode window = http.json(http.api(
                "GET",
                "/transactions?account_id=" + account + "&limit=500&start_date=" + (anchor - 9 * 3600) + "&end_date="
                        + (anchor - 5 * 3600),
                token,
                null));
        assertThat(window).hasSize(5);
        assertThat(http.api("GET", "/transactions?account_id=" + account + "&limit=501", token, null)
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void aMillionTransactionsAreServedWithoutBeingHeld() throws Exception {
        sandbox.seedTransactions("87", 1_000_000);
        String connection = connectAndList();
        String account = http.json(http.api("GET", "/accounts?connection_id=" + connection, token, null))
                .get(0)
                .get("id")
                .asText();
        http.api(
                "PUT",
                "/connections/" + connection + "/consents",
                token,
                "{\"consents\":[{\"account_id\":\"" + account + "\",\"consent\":true}]}");
        JsonNode last =
                http.json(http.api("GET", "/transactions?account_id=" + account + "&limit=500&page=2000", token, null));
        assertThat(last).hasSize(500);
        assertThat(last.get(499).get("id").asText()).isEqualTo(account + "-999999");
        assertThat(http.json(
                        http.api("GET", "/transactions?account_id=" + account + "&limit=500&page=2001", token, null)))
                .isEmpty();
    }

    @Test
    void threeWrongCodesFailTheChallenge() throws Exception {
        String connection = createConnection("correct-horse");
        onlyEvent();
        answer(connection, "[{\"id\":\"304\",\"value\":\"true\"}]");
        onlyEvent();
        for (int i = 0; i < 3; i++) {
            answer(connection, "[{\"id\":\"306\",\"value\":\"000000\"},{\"id\":\"307\",\"value\":\"true\"}]");
        }
        JsonNode events = http.poll(token, queue);
        JsonNode failure = events.get(events.size() - 1);
        assertThat(failure.get("event_type").asText()).isEqualTo("LIST_ACCOUNTS_FAILURE");
        assertThat(failure.at("/resource/channels/1/status").asText()).isEqualTo("CHALLENGE_FAILED");
    }

    @Test
    void anUnansweredChallengeTimesOutOnVirtualTime() throws Exception {
        String connection = createConnection("correct-horse");
        onlyEvent();
        sandbox.advance(Duration.ofSeconds(121));
        JsonNode timedOut = onlyEvent();
        assertThat(timedOut.get("event_type").asText()).isEqualTo("LIST_ACCOUNTS_FAILURE");
        assertThat(timedOut.at("/resource/channels/1/status").asText()).isEqualTo("CHALLENGE_TIMED_OUT");
        assertThat(http.api(
                                "POST",
                                "/connections/" + connection + "/channels/8702/user_input",
                                token,
                                "{\"credentials\":[{\"id\":\"304\",\"value\":\"true\"}]}")
                        .statusCode())
                .isEqualTo(409);
    }

    @Test
    void cancellingStopsTheSynchronization() throws Exception {
        String connection = createConnection("correct-horse");
        onlyEvent();
        answer(connection, "[{\"id\":\"304\",\"value\":\"false\"}]");
        assertThat(onlyEvent().at("/resource/channels/1/status").asText()).isEqualTo("CHALLENGE_CANCELLED");
    }

    @Test
    void aWrongPasswordEndsInAuthFailedAndARepairSynchronizes() throws Exception {
        String connection = createConnection("wrong-password");
        JsonNode failed = onlyEvent();
        assertThat(failed.get("event_type").asText()).isEqualTo("LIST_ACCOUNTS_FAILURE");
        assertThat(failed.at("/resource/channels/1/status").asText()).isEqualTo("AUTH_FAILED");

        String[] key = http.newKey(token);
        HttpResponse<String> repaired = http.api(
                "PUT",
                "/connections/" + connection + "/channels/8702",
                token,
                "{\"id\":\"8702\",\"key_id\":\"" + key[0]
                        + "\",\"credentials\":[{\"id\":\"300\",\"value\":\"alice\"},{\"id\":\"301\",\"value\":"
                        + SandboxHttp.quote(SandboxHttp.encrypt(key[1], "correct-horse")) + "}]}");
        assertThat(repaired.statusCode()).as(repaired.body()).isEqualTo(204);
        assertThat(onlyEvent().get("event_type").asText()).isEqualTo("LIST_ACCOUNTS_USER_INPUT_REQUESTED");
    }

    @Test
    void failingBanksFailOnDemand() throws Exception {
        for (String[] bank : new String[][] {
            {"901", "AUTH_FAILED"},
            {"902", "TOO_MANY_ATTEMPTS"},
            {"903", "PASSWORD_CHANGE_REQUIRED"},
            {"904", "USER_ACTION_REQUIRED"}
        }) {
            String[] key = http.newKey(token);
            String body = "{\"provider_id\":\"" + bank[0] + "\",\"key_id\":\"" + key[0]
                    + "\",\"credentials\":[{\"id\":\"300\",\"value\":\"bob\"}," + "{\"id\":\"301\",\"value\":"
                    + SandboxHttp.quote(SandboxHttp.encrypt(key[1], "secret")) + "}]}";
            assertThat(http.api("POST", "/connections", token, body).statusCode())
                    .isEqualTo(201);
            assertThat(onlyEvent().at("/resource/channels/0/status").asText()).isEqualTo(bank[1]);
        }
        JsonNode unavailable = http.json(http.api("GET", "/providers/905", token, null));
        assertThat(unavailable.get("unavailable").asBoolean()).isTrue();
    }

    @Test
    void aBrokenConnectionFailsItsNextSync() throws Exception {
        String connection = connectAndList();
        sandbox.breakNextSync(connection, "PASSWORD_CHANGE_REQUIRED");
        sandbox.triggerSync(connection);
        JsonNode failed = onlyEvent();
        assertThat(failed.get("event_type").asText()).isEqualTo("SYNC_ALL_FAILURE");
        assertThat(failed.at("/resource/channels/1/status").asText()).isEqualTo("PASSWORD_CHANGE_REQUIRED");
    }
}
