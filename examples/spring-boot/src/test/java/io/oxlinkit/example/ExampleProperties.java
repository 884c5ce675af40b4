package io.oxlinkit.example;

import io.oxlinkit.sandbox.Sandbox;
import io.oxlinkit.sandbox.SandboxConfig;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.DynamicPropertyRegistry;

/** The {@code oxlin.*} properties of the example's tests (a sandbox's URLs, a fresh sealing key) and a metric reader. */
final class ExampleProperties {

    static final String SEALING_KEY =
            Base64.getEncoder().encodeToString(new java.security.SecureRandom().generateSeed(32));
    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {};

    private ExampleProperties() {}

    static void pointAt(Sandbox sandbox, DynamicPropertyRegistry properties) {
        properties.add("oxlin.api.base-url", () -> sandbox.apiBaseUrl().toString());
        properties.add("oxlin.api.auth-base-url", () -> sandbox.authBaseUrl().toString());
        properties.add("oxlin.api.embed-base-url", sandbox::rootUrl);
        properties.add("oxlin.api.client-id", () -> SandboxConfig.DEFAULT_CLIENT_ID);
        properties.add("oxlin.api.client-secret", () -> SandboxConfig.DEFAULT_CLIENT_SECRET);
        properties.add("oxlin.storage.sealing-key", () -> SEALING_KEY);
    }

    /** The names of the tables in {@code schema} ({@code null}: every schema the connection sees), lower-cased. */
    static List<String> tableNames(java.sql.Connection connection, String schema) throws java.sql.SQLException {
        List<String> names = new java.util.ArrayList<>();
        try (java.sql.ResultSet tables =
                connection.getMetaData().getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (tables.next()) {
                names.add(tables.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT));
            }
        }
        return names;
    }

    /** The first measurement (a count, for counters and timers) of {@code meter} in {@code /actuator/metrics}. */
    static double firstValue(TestRestTemplate http, String meter) {
        return measured(http.exchange("/actuator/metrics/{meter}", HttpMethod.GET, null, JSON, meter), meter);
    }

    /** The same for the measurements of {@code meter} with the tag {@code tag} ({@code key:value}). */
    static double firstValue(TestRestTemplate http, String meter, String tag) {
        return measured(
                http.exchange("/actuator/metrics/{meter}?tag={tag}", HttpMethod.GET, null, JSON, meter, tag),
                meter + " " + tag);
    }

    @SuppressWarnings("unchecked")
    private static double measured(org.springframework.http.ResponseEntity<Map<String, Object>> response, String what) {
        if (!response.getStatusCode().is2xxSuccessful() || response.getBody() == null) {
            throw new AssertionError("/actuator/metrics has no " + what + ": " + response.getStatusCode());
        }
        Map<String, Object> body = response.getBody();
        List<Map<String, Object>> measurements = (List<Map<String, Object>>) body.get("measurements");
        return ((Number) measurements.get(0).get("value")).doubleValue();
    }
}
