package io.oxlinkit.example;

import static org.assertj.core.api.Assertions.assertThat;

import io.oxlinkit.sandbox.Sandbox;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The example application on the machine's PostgreSQL (127.0.0.1:5432, database {@code test}), in a schema of its
 * own dropped afterwards, no container: the same journey as on H2, the kit's tables in that schema and no
 * {@code flyway_schema_history} there. An unreachable server skips the test, except with {@code CI=true}, where it fails.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExamplePostgresTest {

    private static final String ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/test";
    private static final String SCHEMA = "oxk_example_" + Long.toHexString(System.nanoTime());
    private static final Sandbox SANDBOX = Sandbox.start();

    @Autowired
    private TestRestTemplate http;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry properties) {
        admin("CREATE SCHEMA " + SCHEMA);
        properties.add("spring.datasource.url", () -> ADMIN_URL + "?currentSchema=" + SCHEMA);
        properties.add("spring.datasource.username", () -> "postgres");
        ExampleProperties.pointAt(SANDBOX, properties);
    }

    @AfterAll
    static void dropSchema() {
        SANDBOX.close();
        admin("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
    }

    @Test
    void aFullEmbeddedJourneyStoresItsLedgerInTheHostsPostgresSchema() throws SQLException {
        List<Map<String, Object>> accounts = ExampleJourney.run(http, "customer-postgres");
        assertThat(accounts)
                .isNotEmpty()
                .allSatisfy(account -> assertThat(Integer.parseInt((String) account.get("transactions")))
                        .isPositive());

        try (Connection connection = DriverManager.getConnection(ADMIN_URL, "postgres", "")) {
            assertThat(ExampleProperties.tableNames(connection, SCHEMA))
                    .contains("oxk_schema_history", "oxk_connections", "oxk_transactions")
                    .doesNotContain("flyway_schema_history");
            try (ResultSet count =
                    connection.createStatement().executeQuery("SELECT count(*) FROM " + SCHEMA + ".oxk_transactions")) {
                count.next();
                assertThat(count.getLong(1))
                        .as("the journey's transactions, stored in the schema")
                        .isPositive();
            }
        }
    }

    private static void admin(String sql) {
        try (Connection connection = DriverManager.getConnection(ADMIN_URL, "postgres", "");
                var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException unreachable) {
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError(ADMIN_URL + " is required in CI", unreachable);
            }
            Assumptions.abort(ADMIN_URL + " is not reachable: skipped");
        }
    }
}
