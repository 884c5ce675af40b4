package io.oxlinkit.spring.boot;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.oxlinkit.adapter.crypto.BouncyCastlePgpEncryptor;
import io.oxlinkit.adapter.http.FeignOxlinApi;
import io.oxlinkit.adapter.http.resilience.ResilienceRegistries;
import io.oxlinkit.adapter.jdbc.JdbcStorage;
import io.oxlinkit.adapter.jdbc.SealingKeys;
import io.oxlinkit.adapter.micrometer.MicrometerApiCalls;
import io.oxlinkit.adapter.micrometer.MicrometerTelemetry;
import io.oxlinkit.adapter.micrometer.ResilienceMetrics;
import io.oxlinkit.application.OxlinKit;
import io.oxlinkit.application.OxlinKitBuilder;
import io.oxlinkit.application.SyncListener;
import io.oxlinkit.application.port.ApiCallObserver;
import io.oxlinkit.application.port.CredentialEncryptor;
import io.oxlinkit.application.port.JourneyListener;
import io.oxlinkit.application.port.OxlinApi;
import io.oxlinkit.application.port.Telemetry;
import io.oxlinkit.domain.agreement.AgreementPolicy;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The kit in a Spring Boot application: {@link JdbcStorage} on the application's {@code DataSource} (the kit's own
 * migrations, own history table), {@link FeignOxlinApi}, {@link BouncyCastlePgpEncryptor}, {@link OxlinKit}, Micrometer
 * meters and observations when the application has a {@code MeterRegistry}, and, with {@code oxlin.fleet.enabled=true},
 * the fleet's rounds. Each bean backs off when the host defines its own of that type (docs/spring-boot.md).
 */
@AutoConfiguration(
        afterName = {
            "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
            "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
            "org.springframework.boot.actuate.autoconfigure.observation.ObservationAutoConfiguration"
        })
@EnableConfigurationProperties(OxlinProperties.class)
public class OxlinKitAutoConfiguration {

    /** The storage ports on the application's {@code DataSource}; the kit's migrations run first unless {@code oxlin.storage.migrate=false}. */
    @Bean
    @ConditionalOnMissingBean
    public JdbcStorage oxlinStorage(DataSource dataSource, OxlinProperties properties) {
        OxlinProperties.Storage storage = properties.storage();
        if (storage.sealingKey() == null || storage.sealingKey().isBlank()) {
            throw new IllegalStateException(
                    "oxlin.storage.sealing-key is required: 32 random bytes in Base64, from a secret source");
        }
        byte[] key = Base64.getDecoder().decode(storage.sealingKey().trim());
        try {
            SealingKeys keys = SealingKeys.current(storage.sealingKeyId(), key);
            return storage.migrate()
                    ? JdbcStorage.open(dataSource, keys)
                    : JdbcStorage.withoutMigrating(dataSource, keys, Clock.systemUTC());
        } finally {
            java.util.Arrays.fill(key, (byte) 0);
        }
    }

    /** The registries the HTTP adapter's retries, breakers, limiter and bulkhead live in (bound to Micrometer when it is there). */
    @Bean
    @ConditionalOnMissingBean
    public ResilienceRegistries oxlinResilienceRegistries(ObjectProvider<MeterRegistry> meters) {
        ResilienceRegistries registries = ResilienceRegistries.create();
        meters.ifAvailable(registry -> ResilienceMetrics.bind(
                registry,
                registries.retries(),
                registries.circuitBreakers(),
                registries.rateLimiters(),
                registries.bulkheads()));
        return registries;
    }

    /** Keeps the last API call for the health indicator, and times every call when a {@code MeterRegistry} exists. */
    @Bean
    @ConditionalOnMissingBean
    public ApiCallRecorder oxlinApiCalls(ObjectProvider<MeterRegistry> meters) {
        ApiCallObserver next = Optional.ofNullable(meters.getIfAvailable())
                .<ApiCallObserver>map(MicrometerApiCalls::new)
                .orElse(ApiCallObserver.NONE);
        return new ApiCallRecorder(next, Clock.systemUTC());
    }

    /** The OXLIN API over HTTP, configured by {@code oxlin.api.*}. */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean(OxlinApi.class)
    public FeignOxlinApi oxlinApi(
            OxlinProperties properties, JdbcStorage storage, ResilienceRegistries registries, ApiCallRecorder calls) {
        return new FeignOxlinApi(
                HttpSettings.from(properties.api()), storage.vault(), Clock.systemUTC(), registries, calls);
    }

    /** The credential encryptor (Bouncy Castle OpenPGP). */
    @Bean
    @ConditionalOnMissingBean(CredentialEncryptor.class)
    public BouncyCastlePgpEncryptor oxlinEncryptor() {
        return new BouncyCastlePgpEncryptor(Clock.systemUTC());
    }

    /** Micrometer meters and observations of the kit's work when the application has a registry; nothing otherwise. */
    @Bean
    @ConditionalOnMissingBean
    public Telemetry oxlinTelemetry(
            ObjectProvider<MeterRegistry> meters, ObjectProvider<ObservationRegistry> observations) {
        MeterRegistry registry = meters.getIfAvailable();
        if (registry == null) {
            return Telemetry.NONE;
        }
        return new MicrometerTelemetry(registry, observations.getIfAvailable(() -> ObservationRegistry.NOOP));
    }

    /** The pools of data syncs and fleet pumps. */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    public OxlinExecutors oxlinExecutors(OxlinProperties properties) {
        return new OxlinExecutors(
                properties.kit().syncThreads(), properties.fleet().pumpThreads());
    }

    /** The kit, configured by {@code oxlin.kit.*}; a {@link JourneyListener} or {@link SyncListener} bean of the host is given to it. */
    @Bean
    @ConditionalOnMissingBean
    public OxlinKit oxlinKit(
            OxlinProperties properties,
            OxlinApi api,
            CredentialEncryptor encryptor,
            JdbcStorage storage,
            Telemetry telemetry,
            OxlinExecutors executors,
            ObjectProvider<JourneyListener> journeys,
            ObjectProvider<SyncListener> syncs) {
        OxlinKitBuilder builder = storage.plugInto(OxlinKit.builder())
                .api(api)
                .encryptor(encryptor)
                .telemetry(telemetry)
                .syncExecutor(executors.syncs())
                .fleetExecutor(executors.pumps());
        journeys.ifUnique(builder::listener);
        syncs.ifUnique(builder::syncListener);
        OxlinProperties.Kit kit = properties.kit();
        builder.agreementPolicy(
                kit.psd2Agreement() ? AgreementPolicy.withPsd2Agreement() : AgreementPolicy.withoutAgreement());
        KitSettings.apply(kit, builder);
        return builder.build();
    }

    /** The fleet's rounds, started and stopped with the context ({@code oxlin.fleet.enabled=true}). */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = "oxlin.fleet", name = "enabled", havingValue = "true")
    public OxlinFleetScheduler oxlinFleetScheduler(OxlinKit kit, OxlinProperties properties) {
        return new OxlinFleetScheduler(kit.fleet(), properties.fleet().interval(), Clock.systemUTC());
    }
}
