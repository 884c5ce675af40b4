package io.oxlinkit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.oxlinkit.adapter.crypto.BouncyCastlePgpEncryptor;
import io.oxlinkit.adapter.http.FeignOxlinApi;
import io.oxlinkit.adapter.jdbc.JdbcStorage;
import io.oxlinkit.application.OxlinKit;
import io.oxlinkit.application.port.OxlinApi;
import io.oxlinkit.application.port.Telemetry;
import io.oxlinkit.testkit.fake.FakeOxlinApi;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the starter configures on its own, what it leaves to the host's beans, and what it refuses to start without. */
class OxlinKitAutoConfigurationTest {

    @Test
    void configuresTheKitOnTheApplicationsDataSourceWithTheKitsOwnMigrations() {
        StarterContexts.kit().run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context)
                    .hasSingleBean(OxlinKit.class)
                    .hasSingleBean(JdbcStorage.class)
                    .hasSingleBean(FeignOxlinApi.class)
                    .hasSingleBean(BouncyCastlePgpEncryptor.class);
            assertThat(context).doesNotHaveBean(OxlinFleetScheduler.class);
            assertThat(context.getBean(Telemetry.class))
                    .as("no MeterRegistry: no meters")
                    .isSameAs(Telemetry.NONE);
            assertThat(tables(context.getBean(DataSource.class)))
                    .contains("OXK_SCHEMA_HISTORY", "OXK_CONNECTIONS")
                    .doesNotContain("FLYWAY_SCHEMA_HISTORY");
        });
    }

    @Test
    void backsOffWhenTheHostDefinesItsOwnApiAndTelemetry() {
        StarterContexts.kit().withUserConfiguration(HostBeans.class).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).doesNotHaveBean(FeignOxlinApi.class);
            assertThat(context.getBean(OxlinApi.class)).isSameAs(context.getBean("hostApi"));
            assertThat(context.getBean(Telemetry.class)).isSameAs(context.getBean("hostTelemetry"));
            assertThat(context).hasSingleBean(OxlinKit.class);
        });
    }

    @Test
    void leavesTheSchemaToTheHostWhenMigrationsAreOff() {
        StarterContexts.kit().withPropertyValues("oxlin.storage.migrate=false").run(context -> {
            assertThat(context).hasSingleBean(JdbcStorage.class);
            assertThat(tables(context.getBean(DataSource.class)))
                    .doesNotContain("OXK_SCHEMA_HISTORY", "OXK_CONNECTIONS");
        });
    }

    @Test
    void startsTheFleetSchedulerOnlyWhenEnabledAndStopsItWithTheContext() {
        List<OxlinFleetScheduler> seen = new ArrayList<>();
        StarterContexts.kit()
                .withPropertyValues("oxlin.fleet.enabled=true", "oxlin.fleet.interval=1h")
                .run(context -> {
                    OxlinFleetScheduler scheduler = context.getBean(OxlinFleetScheduler.class);
                    assertThat(scheduler.isRunning()).isTrue();
                    assertThat(scheduler.interval()).hasHours(1);
                    seen.add(scheduler);
                });
        assertThat(seen)
                .singleElement()
                .satisfies(scheduler -> assertThat(scheduler.isRunning()).isFalse());
    }

    @Test
    void refusesToStartWithoutTheSealingKeyAndNeverShowsTheClientSecret() {
        StarterContexts.kit().withPropertyValues("oxlin.storage.sealing-key=").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure())
                    .rootCause()
                    .hasMessageContaining("oxlin.storage.sealing-key is required");
            assertThat(stackText(context.getStartupFailure())).doesNotContain(StarterContexts.CLIENT_SECRET);
        });
    }

    @Test
    void refusesToStartWithoutTheClientCredentials() {
        StarterContexts.kit().withPropertyValues("oxlin.api.client-id=").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("oxlin.api.client-id");
            assertThat(stackText(context.getStartupFailure()))
                    .doesNotContain(StarterContexts.CLIENT_SECRET, StarterContexts.SEALING_KEY);
        });
    }

    @Test
    void propertiesNeverShowTheirSecrets() {
        StarterContexts.kit().run(context -> {
            String shown = context.getBean(OxlinProperties.class).toString();
            assertThat(shown)
                    .contains("starter-client")
                    .doesNotContain(StarterContexts.CLIENT_SECRET, StarterContexts.SEALING_KEY);
        });
    }

    private static String stackText(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            text.append(cause).append('\n');
        }
        return text.toString();
    }

    private static List<String> tables(DataSource dataSource) throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                ResultSet rows = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                names.add(rows.getString("TABLE_NAME").toUpperCase(java.util.Locale.ROOT));
            }
        }
        return names;
    }

    /** A host that brings its own API (the testkit's fake) and its own telemetry. */
    @Configuration(proxyBeanMethods = false)
    static class HostBeans {

        @Bean
        OxlinApi hostApi() {
            return new FakeOxlinApi(Clock.systemUTC());
        }

        @Bean
        Telemetry hostTelemetry() {
            return event -> {};
        }
    }
}
