package io.oxlinkit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.oxlinkit.adapter.http.resilience.ResilienceRegistries;
import io.oxlinkit.application.OxlinKit;
import io.oxlinkit.testkit.fake.FakeClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.autoconfigure.health.HealthContributorAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.info.InfoContributorAutoConfiguration;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.autoconfigure.AutoConfigurations;

/** The kit's health indicator and info contributor: what turns it DOWN, what it shows. */
class OxlinHealthIndicatorTest {

    @Test
    void isUpWithDetailsThenDownWhenABreakerToOxlinOpens() {
        StarterContexts.kit()
                .withConfiguration(AutoConfigurations.of(
                        HealthContributorAutoConfiguration.class, OxlinActuatorAutoConfiguration.class))
                .run(context -> {
                    OxlinHealthIndicator health = context.getBean(OxlinHealthIndicator.class);
                    assertThat(health.health().getStatus()).isEqualTo(Status.UP);
                    assertThat(health.health().getDetails())
                            .containsEntry("channelsNeedingUsers", 0)
                            .containsKey("circuitBreakers");

                    ResilienceRegistries registries = context.getBean(ResilienceRegistries.class);
                    registries.circuitBreakers().circuitBreaker("oxlin-api").transitionToOpenState();
                    assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
                    assertThat(health.health().getDetails().get("circuitBreakers"))
                            .isEqualTo(Map.of("oxlin-api", "OPEN"));
                });
    }

    @Test
    void isDownWhenTheFleetHasRunNoRoundForThreeIntervalsAndAMinute() {
        StarterContexts.kit().run(context -> {
            FakeClock clock = new FakeClock(Instant.parse("2026-12-01T10:00:00Z"));
            OxlinFleetScheduler scheduler =
                    new OxlinFleetScheduler(context.getBean(OxlinKit.class).fleet(), Duration.ofMinutes(1), clock);
            OxlinHealthIndicator health = new OxlinHealthIndicator(
                    context.getBean(OxlinKit.class),
                    context.getBean(ResilienceRegistries.class),
                    context.getBean(ApiCallRecorder.class),
                    Optional.of(scheduler));
            clock.advance(Duration.ofMinutes(4));
            assertThat(health.health().getStatus()).isEqualTo(Status.UP);
            assertThat(health.health().getDetails().get("fleet")).isEqualTo(Map.of("pumpLagSeconds", 240L));
            clock.advance(Duration.ofSeconds(1));
            assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
        });
    }

    @Test
    void infoShowsTheApiAndWhetherThisInstanceRunsTheFleet() {
        StarterContexts.kit()
                .withConfiguration(AutoConfigurations.of(
                        InfoContributorAutoConfiguration.class, OxlinActuatorAutoConfiguration.class))
                .run(context -> {
                    Info.Builder info = new Info.Builder();
                    context.getBean("oxlinInfoContributor", InfoContributor.class)
                            .contribute(info);
                    // the kit's jar's Implementation-Version in a reactor build, "development" from classes alone
                    String version = Optional.ofNullable(
                                    OxlinKit.class.getPackage().getImplementationVersion())
                            .orElse("development");
                    assertThat(version).isNotBlank();
                    assertThat(info.build().get("oxlin"))
                            .isEqualTo(Map.of(
                                    "version",
                                    version,
                                    "apiBaseUrl",
                                    "http://127.0.0.1:9/v2.1",
                                    "fleetEnabled",
                                    false));
                });
    }
}
