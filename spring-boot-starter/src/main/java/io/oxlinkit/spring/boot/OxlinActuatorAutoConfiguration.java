package io.oxlinkit.spring.boot;

import io.oxlinkit.adapter.http.resilience.ResilienceRegistries;
import io.oxlinkit.application.OxlinKit;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.actuate.autoconfigure.info.ConditionalOnEnabledInfoContributor;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/** The kit's Actuator health indicator ({@code oxlin}) and info contributor, when Actuator is on the class path. */
@AutoConfiguration(after = OxlinKitAutoConfiguration.class)
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnBean(OxlinKit.class)
public class OxlinActuatorAutoConfiguration {

    /** {@code /actuator/health/oxlin}; off with {@code management.health.oxlin.enabled=false}. */
    @Bean
    @ConditionalOnMissingBean(name = "oxlinHealthIndicator")
    @ConditionalOnEnabledHealthIndicator("oxlin")
    public OxlinHealthIndicator oxlinHealthIndicator(
            OxlinKit kit,
            ResilienceRegistries registries,
            ApiCallRecorder calls,
            ObjectProvider<OxlinFleetScheduler> fleet) {
        return new OxlinHealthIndicator(kit, registries, calls, Optional.ofNullable(fleet.getIfAvailable()));
    }

    /** {@code oxlin} in {@code /actuator/info}: the kit's version, the API base URL, whether this instance runs the fleet. */
    @Bean
    @ConditionalOnMissingBean(name = "oxlinInfoContributor")
    @ConditionalOnEnabledInfoContributor("oxlin")
    public InfoContributor oxlinInfoContributor(OxlinProperties properties, ObjectProvider<OxlinFleetScheduler> fleet) {
        String version = Optional.ofNullable(OxlinKit.class.getPackage().getImplementationVersion())
                .orElse("development");
        String baseUrl = Optional.ofNullable(properties.api().baseUrl())
                .map(Object::toString)
                .orElse("https://sandbox-api.oxlin.io/v2.1");
        return builder -> builder.withDetail(
                "oxlin",
                Map.of("version", version, "apiBaseUrl", baseUrl, "fleetEnabled", fleet.getIfAvailable() != null));
    }
}
