package io.oxlinkit.adapter.micrometer;

import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedBulkheadMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedRateLimiterMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedRetryMetrics;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Binds the HTTP adapter's Resilience4j registries to Micrometer with {@code resilience4j-micrometer}: retries
 * ({@code resilience4j.retry.calls} by kind), breaker state and calls ({@code resilience4j.circuitbreaker.state},
 * {@code resilience4j.circuitbreaker.calls}), limiter and bulkhead. Entries created later are bound as they appear.
 *
 * <pre>{@code
 * ResilienceRegistries r = api.registries();
 * ResilienceMetrics.bind(meters, r.retries(), r.circuitBreakers(), r.rateLimiters(), r.bulkheads());
 * }</pre>
 */
public final class ResilienceMetrics {

    private ResilienceMetrics() {}

    /** Binds the four registries to {@code meters}. */
    public static void bind(
            MeterRegistry meters,
            RetryRegistry retries,
            CircuitBreakerRegistry breakers,
            RateLimiterRegistry limiters,
            BulkheadRegistry bulkheads) {
        TaggedRetryMetrics.ofRetryRegistry(retries).bindTo(meters);
        TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(breakers).bindTo(meters);
        TaggedRateLimiterMetrics.ofRateLimiterRegistry(limiters).bindTo(meters);
        TaggedBulkheadMetrics.ofBulkheadRegistry(bulkheads).bindTo(meters);
    }
}
