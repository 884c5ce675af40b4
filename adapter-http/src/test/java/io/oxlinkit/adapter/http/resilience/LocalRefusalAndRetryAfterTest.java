package io.oxlinkit.adapter.http.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.resilience4j.retry.Retry;
import io.oxlinkit.adapter.http.config.OxlinHttpConfig;
import io.oxlinkit.adapter.http.error.LocallyRefusedException;
import io.oxlinkit.application.port.OxlinApiException;
import io.oxlinkit.domain.secret.SecretValue;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The kit's own refusals (an open breaker) fail at once, with no retry and no wait; a 503's
 * {@code Retry-After} is honoured as a 429's is, and no wait runs past the call's overall deadline.
 */
class LocalRefusalAndRetryAfterTest {

    private static OxlinHttpConfig.Builder config() {
        return OxlinHttpConfig.builder()
                .apiBaseUrl(URI.create("https://api.example"))
                .authBaseUrl(URI.create("https://auth.example"))
                .clientId("client")
                .clientSecret(SecretValue.of("secret"))
                .maxAttempts(4)
                .initialBackoff(Duration.ofMillis(1))
                .maxBackoff(Duration.ofSeconds(20))
                .circuitWindow(2)
                .circuitOpenFor(Duration.ofMinutes(5));
    }

    @Test
    void anOpenBreakerFailsTheCallAtOnceWithoutRetryingIt() {
        Resilience resilience = new Resilience(config().build(), Clock.systemUTC());
        AtomicInteger sent = new AtomicInteger();
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> resilience.call("api", "GET /test", Safety.UNSAFE, () -> {
                        sent.incrementAndGet();
                        throw new OxlinApiException.ServerError(500, "", "down", "");
                    }))
                    .isInstanceOf(OxlinApiException.ServerError.class);
        }
        assertThat(resilience.breaker("api").orElseThrow().getState().name()).isEqualTo("OPEN");
        assertThatThrownBy(() -> resilience.call("api", "GET /test", Safety.IDEMPOTENT, () -> sent.incrementAndGet()))
                .isInstanceOf(LocallyRefusedException.class)
                .hasMessageContaining("circuit breaker");
        Retry.Metrics metrics =
                resilience.retry("api", Safety.IDEMPOTENT).orElseThrow().getMetrics();
        assertThat(metrics.getNumberOfFailedCallsWithoutRetryAttempt())
                .as("refused once, not retried")
                .isEqualTo(1);
        assertThat(metrics.getNumberOfFailedCallsWithRetryAttempt()).isZero();
        assertThat(sent).hasValue(2);
    }

    @Test
    void a503RetryAfterIsTheWaitBeforeTheNextAttemptAsA429s() {
        Resilience resilience = new Resilience(config().build(), Clock.systemUTC());
        var unavailable = new OxlinApiException.ServerError(503, "", "busy", "", Duration.ofSeconds(3));
        var limited = new OxlinApiException.RateLimited("", "slow down", "", Duration.ofSeconds(3));
        assertThat(resilience.delayMillis(1, unavailable)).isEqualTo(3_000);
        assertThat(resilience.delayMillis(1, limited)).isEqualTo(3_000);
        assertThat(resilience.delayMillis(1, new OxlinApiException.ServerError(503, "", "busy", "")))
                .as("no Retry-After: the first backoff, jittered")
                .isBetween(0L, 1L);
    }

    @Test
    void noWaitRunsPastTheOverallDeadline() {
        Resilience resilience = new Resilience(
                config().readTimeout(Duration.ofSeconds(1))
                        .overallTimeout(Duration.ofSeconds(2))
                        .build(),
                Clock.systemUTC());
        long[] wait = new long[1];
        resilience.call("api", "GET /test", Safety.IDEMPOTENT, () -> {
            wait[0] = resilience.delayMillis(
                    1, new OxlinApiException.ServerError(503, "", "busy", "", Duration.ofSeconds(15)));
            return null;
        });
        assertThat(wait[0])
                .as("the 15 s the server asked, cut to what is left of 2 s")
                .isLessThanOrEqualTo(2_000);
    }
}
