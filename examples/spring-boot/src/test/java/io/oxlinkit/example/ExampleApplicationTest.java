package io.oxlinkit.example;

import static org.assertj.core.api.Assertions.assertThat;

import io.oxlinkit.sandbox.Sandbox;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The example application on the sandbox and an in-memory H2, started by Spring Boot with the starter's
 * auto-configuration only: a full journey through its endpoints, then what Actuator shows of the kit (its health
 * indicator, its meters with non-zero counts), and Boot's own Flyway left off (no {@code flyway_schema_history}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExampleApplicationTest {

    private static final Sandbox SANDBOX = Sandbox.start();
    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {};

    @Autowired
    private TestRestTemplate http;

    @Autowired
    private DataSource dataSource;

    @DynamicPropertySource
    static void sandbox(DynamicPropertyRegistry properties) {
        properties.add(
                "spring.datasource.url", () -> "jdbc:h2:mem:example-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        ExampleProperties.pointAt(SANDBOX, properties);
    }

    @AfterAll
    static void stopSandbox() {
        SANDBOX.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFullEmbeddedJourneyThroughTheEndpointsThenHealthAndMetricsShowTheKit() throws Exception {
        List<Map<String, Object>> accounts = ExampleJourney.run(http, "customer-h2");
        assertThat(accounts)
                .isNotEmpty()
                .allSatisfy(account -> assertThat(Integer.parseInt((String) account.get("transactions")))
                        .isPositive());

        Map<String, Object> health =
                http.exchange("/actuator/health", HttpMethod.GET, null, JSON).getBody();
        @SuppressWarnings("unchecked")
        Map<String, Object> oxlin = (Map<String, Object>) ((Map<String, Object>) health.get("components")).get("oxlin");
        assertThat(oxlin).containsEntry("status", "UP");
        assertThat(oxlin.get("details").toString())
                .contains("circuitBreakers", "channelsNeedingUsers=", "reachable=true");

        Map<String, Object> metrics =
                http.exchange("/actuator/metrics", HttpMethod.GET, null, JSON).getBody();
        assertThat((List<Object>) metrics.get("names"))
                .contains(
                        "oxlin.api.calls",
                        "oxlin.events.applied",
                        "oxlin.sync.transactions",
                        "oxlin.journey.steps",
                        "oxlin.use-case",
                        "resilience4j.circuitbreaker.state");
        for (String meter : List.of(
                "oxlin.api.calls",
                "oxlin.events.applied",
                "oxlin.sync.transactions",
                "oxlin.journey.steps",
                "oxlin.use-case")) {
            assertThat(ExampleProperties.firstValue(http, meter)).as(meter).isPositive();
        }
        assertThat(ExampleProperties.firstValue(http, "oxlin.api.calls", "endpoint:POST /connections"))
                .isEqualTo(1.0);

        try (var connection = dataSource.getConnection()) {
            assertThat(ExampleProperties.tableNames(connection, null))
                    .contains("oxk_schema_history", "oxk_connections")
                    .doesNotContain("flyway_schema_history");
        }
        assertThat(Base64.getDecoder().decode(ExampleProperties.SEALING_KEY)).hasSize(32);
    }
}
