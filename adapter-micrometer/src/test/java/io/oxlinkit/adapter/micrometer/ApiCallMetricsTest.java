package io.oxlinkit.adapter.micrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.oxlinkit.adapter.http.FeignOxlinApi;
import io.oxlinkit.adapter.http.config.OxlinHttpConfig;
import io.oxlinkit.adapter.http.resilience.ResilienceRegistries;
import io.oxlinkit.application.OxlinKit;
import io.oxlinkit.application.port.OxlinApiException;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.domain.secret.SecretValue;
import io.oxlinkit.sandbox.Faults;
import io.oxlinkit.sandbox.Sandbox;
import io.oxlinkit.sandbox.SandboxConfig;
import io.oxlinkit.testkit.fake.FakeCredentialEncryptor;
import io.oxlinkit.testkit.memory.InMemoryAdapters;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The HTTP adapter's calls against the sandbox, seen through {@link MicrometerApiCalls} and {@link ResilienceMetrics}:
 * a timer per endpoint and outcome (token requests included), the retries and the breakers' state.
 */
class ApiCallMetricsTest {

    private final Sandbox sandbox = Sandbox.start();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final ResilienceRegistries registries = ResilienceRegistries.create();
    private final FeignOxlinApi api;
    private final OxlinKit kit;

    ApiCallMetricsTest() {
        ResilienceMetrics.bind(
                meters,
                registries.retries(),
                registries.circuitBreakers(),
                registries.rateLimiters(),
                registries.bulkheads());
        OxlinHttpConfig config = OxlinHttpConfig.builder()
                .apiBaseUrl(sandbox.apiBaseUrl())
                .authBaseUrl(sandbox.authBaseUrl())
                .clientId(SandboxConfig.DEFAULT_CLIENT_ID)
                .clientSecret(SecretValue.of(SandboxConfig.DEFAULT_CLIENT_SECRET))
                .initialBackoff(Duration.ofMillis(1))
                .maxBackoff(Duration.ofMillis(5))
                .maxAttempts(3)
                .build();
        InMemoryAdapters stores = InMemoryAdapters.create();
        api = new FeignOxlinApi(config, stores.vault(), Clock.systemUTC(), registries, new MicrometerApiCalls(meters));
        kit = stores.plugInto(OxlinKit.builder())
                .api(api)
                .encryptor(new FakeCredentialEncryptor(Clock.systemUTC()))
                .providerCacheTtl(Duration.ZERO)
                .build();
    }

    @AfterEach
    void stop() {
        api.close();
        sandbox.close();
    }

    @Test
    void everyCallIsTimedByEndpointOutcomeAndStatusTokenRequestsIncluded() {
        UserId user = kit.createUser("metrics@host.example");
        kit.providers(user);
        kit.providers(user);

        assertThat(meters.get("oxlin.api.calls")
                        .tags("endpoint", "GET /providers", "outcome", "success", "status", "200")
                        .timer()
                        .count())
                .isEqualTo(2);
        assertThat(meters.get("oxlin.api.calls")
                        .tag("endpoint", "POST /token")
                        .timer()
                        .count())
                .isPositive();
        assertThat(meters.get("oxlin.api.calls")
                        .tag("endpoint", "POST /users")
                        .timer()
                        .count())
                .isEqualTo(1);
    }

    @Test
    void aFailedCallIsTimedWithItsOutcomeAndItsRetriesAndBreakerAreMeasured() {
        UserId user = kit.createUser("faults@host.example");
        sandbox.faults().add(Faults.Rule.status("GET /providers", 503, 3));

        assertThatThrownBy(() -> kit.providers(user)).isInstanceOf(OxlinApiException.ServerError.class);

        assertThat(meters.get("oxlin.api.calls")
                        .tags("endpoint", "GET /providers", "outcome", "server_error", "status", "503")
                        .timer()
                        .count())
                .as("one call, its three attempts inside")
                .isEqualTo(1);
        // one retry per host and kind of call: the token's and the users' retries have their own meters
        assertThat(meters.find("resilience4j.retry.calls").tag("kind", "failed_with_retry").functionCounters().stream()
                        .mapToDouble(io.micrometer.core.instrument.FunctionCounter::count)
                        .sum())
                .isEqualTo(1.0);
        assertThat(meters.find("resilience4j.circuitbreaker.state")
                        .tag("state", "closed")
                        .gauges())
                .isNotEmpty()
                .allSatisfy(gauge -> assertThat(gauge.value()).isEqualTo(1.0));
    }
}
