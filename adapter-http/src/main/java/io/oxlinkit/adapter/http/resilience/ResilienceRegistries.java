package io.oxlinkit.adapter.http.resilience;

import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import java.util.Objects;

/**
 * The Resilience4j registries the adapter creates its retries, breakers, limiter and bulkhead in (one set per
 * {@code FeignOxlinApi}), so a host binds them to its metrics: {@code TaggedRetryMetrics.ofRetryRegistry(retries())}
 * and the like from {@code resilience4j-micrometer}, which the {@code oxlin-kit-micrometer} module does.
 */
public record ResilienceRegistries(
        RetryRegistry retries,
        CircuitBreakerRegistry circuitBreakers,
        RateLimiterRegistry rateLimiters,
        BulkheadRegistry bulkheads) {

    /** Checks every registry is given. */
    public ResilienceRegistries {
        Objects.requireNonNull(retries, "retries must not be null");
        Objects.requireNonNull(circuitBreakers, "circuitBreakers must not be null");
        Objects.requireNonNull(rateLimiters, "rateLimiters must not be null");
        Objects.requireNonNull(bulkheads, "bulkheads must not be null");
    }

    /** Four empty registries with Resilience4j's defaults (the adapter gives each entry its own configuration). */
    public static ResilienceRegistries create() {
        return new ResilienceRegistries(
                RetryRegistry.ofDefaults(),
                CircuitBreakerRegistry.ofDefaults(),
                RateLimiterRegistry.ofDefaults(),
                BulkheadRegistry.ofDefaults());
    }
}
