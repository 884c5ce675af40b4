package io.oxlinkit.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;

/**
 * A full EMBEDDED journey through the example's HTTP endpoints, as a host's front end would drive it against the
 * sandbox's bank 87 (form, SMS challenges, consent): create the user, list the banks, start, then pump and follow the
 * next step until Done, answering and consenting on the way. Bounded in steps, never in time.
 */
final class ExampleJourney {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {};
    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST =
            new ParameterizedTypeReference<>() {};

    private ExampleJourney() {}

    /** Runs the journey for customer {@code reference}; answers the accounts it stored. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> run(TestRestTemplate http, String reference) {
        String user = (String)
                post(http, "/users", Map.of("hostReference", reference)).get("userId");
        List<Map<String, Object>> banks = http.exchange("/users/" + user + "/banks", HttpMethod.GET, null, LIST)
                .getBody();
        assertThat(banks).extracting(bank -> bank.get("id")).contains("87");
        Map<String, Object> started = post(
                http,
                "/users/" + user + "/connections",
                Map.of(
                        "provider",
                        "87",
                        "channel",
                        "8702",
                        "values",
                        Map.of("300", "example-" + reference, "301", "correct-horse")));
        String connection = (String) started.get("connectionId");
        String base = "/users/" + user + "/connections/" + connection;
        for (int round = 0; round < 200; round++) {
            post(http, "/users/" + user + "/pump", Map.of());
            Map<String, Object> next =
                    http.exchange(base + "/next", HttpMethod.GET, null, JSON).getBody();
            Map<String, Object> detail = (Map<String, Object>) next.get("detail");
            switch ((String) next.get("type")) {
                case "Done" -> {
                    return http.exchange(base + "/accounts", HttpMethod.GET, null, LIST)
                            .getBody();
                }
                case "AnswerChallenge" -> {
                    Map<String, String> code = new HashMap<>();
                    ((List<Map<String, String>>) detail.get("inputs"))
                            .forEach(input -> code.put(input.get("id"), "123456"));
                    post(http, base + "/answer", Map.of("values", code));
                }
                case "CollectConsent" ->
                    post(
                            http,
                            base + "/consent",
                            Map.of(
                                    "share",
                                    ((List<Map<String, String>>) detail.get("accounts"))
                                            .stream()
                                                    .map(account -> account.get("id"))
                                                    .toList()));
                case "Wait" -> {}
                default -> throw new AssertionError("the journey stopped at " + next);
            }
        }
        throw new AssertionError("the journey did not end in 200 rounds");
    }

    private static Map<String, Object> post(TestRestTemplate http, String path, Object body) {
        var response = http.exchange(path, HttpMethod.POST, new org.springframework.http.HttpEntity<>(body), JSON);
        assertThat(response.getStatusCode().is2xxSuccessful())
                .as(path + " answered " + response)
                .isTrue();
        return response.getBody();
    }
}
