package io.oxlinkit.adapter.http.resilience;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.oxlinkit.adapter.http.config.OxlinHttpConfig;
import io.oxlinkit.adapter.http.error.LocallyRefusedException;
import io.oxlinkit.adapter.http.error.NotSentException;
import io.oxlinkit.application.port.ApiCallObserver;
import io.oxlinkit.application.port.OxlinApiException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * The one Resilience4j chain of the adapter, outermost first:
 * <ol>
 *   <li><b>Retry</b>: exponential backoff with full jitter (initial x multiplier^n, randomized between
 *       half and all of it, capped), honouring {@code Retry-After} on 429 and 503; idempotent calls are retried on
 *       5xx, 429, unreadable bodies and transport failures; unsafe POSTs only when the request never
 *       reached the server; never beyond the call's overall timeout.</li>
 *   <li><b>Circuit breaker</b>, one per host: opens when the share of 5xx and transport failures
 *       passes the threshold; 4xx answers do not count.</li>
 *   <li><b>Rate limiter</b> (waits up to the read timeout for a permit) and <b>bulkhead</b> (refuses at
 *       once when full: it sheds load), when configured.</li>
 * </ol>
 * Each attempt passes the breaker, limiter and bulkhead anew. Refusals by them become
 * {@link LocallyRefusedException}: the request did not leave, and it fails at once (no retry).
 * Every entry lives in the {@link ResilienceRegistries} given, so metrics can bind them; each call ends with one
 * report to the {@link ApiCallObserver}.
 */
public final class Resilience {

    private final OxlinHttpConfig config;
    private final Clock clock;
    private final Map<String, CircuitBreaker> breakers = new ConcurrentHashMap<>();
    private final Optional<RateLimiter> rateLimiter;
    private final Optional<Bulkhead> bulkhead;
    private final CircuitBreakerConfig breakerConfig;
    private final Map<String, Retry> retries = new ConcurrentHashMap<>();
    /** The deadline of the call running on this thread (retries are synchronous, on the caller's thread). */
    private final ThreadLocal<Instant> deadline = new ThreadLocal<>();

    private final ResilienceRegistries registries;
    private final ApiCallObserver observer;

    /** A chain with registries of its own and no observer. */
    public Resilience(OxlinHttpConfig config, Clock clock) {
        this(config, clock, ResilienceRegistries.create(), ApiCallObserver.NONE);
    }

    /** A chain whose entries live in {@code registries}, reporting each call to {@code observer}. */
    public Resilience(OxlinHttpConfig config, Clock clock, ResilienceRegistries registries, ApiCallObserver observer) {
        this.config = config;
        this.clock = clock;
        this.registries = java.util.Objects.requireNonNull(registries, "registries must not be null");
        this.observer = java.util.Objects.requireNonNull(observer, "observer must not be null");
        this.breakerConfig = CircuitBreakerConfig.custom()
                .failureRateThreshold(config.circuitFailureRate())
                .slidingWindowSize(config.circuitWindow())
                .minimumNumberOfCalls(Math.max(2, config.circuitWindow() / 2))
                .waitDurationInOpenState(config.circuitOpenFor())
                .recordException(Resilience::countsAgainstHost)
                .build();
        this.rateLimiter = config.rateLimitPerSecond()
                .map(n -> registries
                        .rateLimiters()
                        .rateLimiter(
                                "oxlin",
                                RateLimiterConfig.custom()
                                        .limitForPeriod(n)
                                        .limitRefreshPeriod(Duration.ofSeconds(1))
                                        .timeoutDuration(config.readTimeout())
                                        .build()));
        this.bulkhead = config.maxConcurrentCalls()
                .map(n -> registries
                        .bulkheads()
                        .bulkhead(
                                "oxlin",
                                BulkheadConfig.custom()
                                        .maxConcurrentCalls(n)
                                        .maxWaitDuration(Duration.ZERO)
                                        .build()));
    }

    /** The registries this chain's entries live in. */
    public ResilienceRegistries registries() {
        return registries;
    }

    /** Runs {@code call} against {@code host} through the chain; the observer is told of it as {@code name}. */
    public <T> T call(String host, String name, Safety safety, Supplier<T> call) {
        Instant previous = deadline.get();
        deadline.set(clock.instant().plus(config.overallTimeout()));
        long start = System.nanoTime();
        CallOutcome outcome = CallOutcome.SUCCESS;
        try {
            return guardedCall(host, safety, call);
        } catch (RuntimeException failure) {
            outcome = CallOutcome.of(failure);
            throw failure;
        } finally {
            report(name, outcome, Duration.ofNanos(System.nanoTime() - start));
            if (previous == null) {
                deadline.remove();
            } else {
                deadline.set(previous);
            }
        }
    }

    private <T> T guardedCall(String host, Safety safety, Supplier<T> call) {
        Retry retry = retries.computeIfAbsent(
                safety + "@" + host,
                key -> registries
                        .retries()
                        .retry(
                                "oxlin-" + key,
                                RetryConfig.custom()
                                        .maxAttempts(config.maxAttempts())
                                        .intervalBiFunction((attempt, outcome) ->
                                                delayMillis(attempt, outcome.isLeft() ? outcome.getLeft() : null))
                                        .retryOnException(failure -> retryable(safety, failure) && beforeDeadline())
                                        .failAfterMaxAttempts(false)
                                        .build()));
        CircuitBreaker breaker = breakers.computeIfAbsent(
                host, h -> registries.circuitBreakers().circuitBreaker("oxlin-" + h, breakerConfig));
        Supplier<T> guarded = () -> {
            try {
                Supplier<T> inner = call;
                if (bulkhead.isPresent()) {
                    inner = Bulkhead.decorateSupplier(bulkhead.get(), inner);
                }
                if (rateLimiter.isPresent()) {
                    inner = RateLimiter.decorateSupplier(rateLimiter.get(), inner);
                }
                return CircuitBreaker.decorateSupplier(breaker, inner).get();
            } catch (CallNotPermittedException open) {
                throw new LocallyRefusedException("the circuit breaker for " + host + " is open");
            } catch (RequestNotPermitted limited) {
                throw new LocallyRefusedException("the client-side rate limit refused the call");
            } catch (BulkheadFullException full) {
                throw new LocallyRefusedException("too many concurrent calls (bulkhead full)");
            }
        };
        return Retry.decorateSupplier(retry, guarded).get();
    }

    /** What is left of the overall timeout of the call running on this thread, if one runs (its answer's body must arrive within it). */
    public Optional<Duration> timeLeft() {
        return Optional.ofNullable(deadline.get()).map(until -> Duration.between(clock.instant(), until));
    }

    private void report(String name, CallOutcome outcome, Duration elapsed) {
        try {
            observer.called(name, outcome.kind(), outcome.status(), elapsed);
        } catch (RuntimeException ignored) {
            // an observer's failure never changes a call's outcome
        }
    }

    private boolean beforeDeadline() {
        Instant until = deadline.get();
        return until == null || clock.instant().isBefore(until);
    }

    /** The breaker of a host, for tests and metrics. */
    public Optional<CircuitBreaker> breaker(String host) {
        return Optional.ofNullable(breakers.get(host));
    }

    static boolean retryable(Safety safety, Throwable failure) {
        if (failure instanceof LocallyRefusedException) {
            return false; // the kit's own breaker, bulkhead or limiter: the same refusal again at once
        }
        if (failure instanceof NotSentException || failure instanceof OxlinApiException.RateLimited) {
            return true; // not sent, or refused before the server acted on it (429): safe to send again whatever the
            // method
        }
        if (safety == Safety.UNSAFE) {
            return false;
        }
        return failure instanceof OxlinApiException api && api.isTransient();
    }

    private static boolean countsAgainstHost(Throwable failure) {
        return failure instanceof OxlinApiException api
                && api.isTransient()
                && !(api instanceof OxlinApiException.RateLimited);
    }

    /** The retry of a host and call kind, for tests and metrics. */
    public Optional<Retry> retry(String host, Safety safety) {
        return Optional.ofNullable(retries.get(safety + "@" + host));
    }

    /**
     * The wait before the next attempt: the server's {@code Retry-After} on 429 and 503 when given, else the
     * jittered exponential backoff; capped by the configured maximum and by the time left to the call's
     * overall deadline (a wait past it is cut, and the next attempt's check refuses it).
     */
    long delayMillis(int attempt, Throwable failure) {
        return Math.min(wantedDelayMillis(attempt, failure), timeLeftMillis());
    }

    private long wantedDelayMillis(int attempt, Throwable failure) {
        Optional<Duration> serverAsked = failure instanceof OxlinApiException.RateLimited limited
                ? limited.retryAfter()
                : failure instanceof OxlinApiException.ServerError server ? server.retryAfter() : Optional.empty();
        if (serverAsked.isPresent()) {
            return Math.min(serverAsked.get().toMillis(), config.maxBackoff().toMillis());
        }
        double exponential =
                config.initialBackoff().toMillis() * Math.pow(config.backoffMultiplier(), Math.max(0, attempt - 1));
        long capped = (long) Math.min(exponential, config.maxBackoff().toMillis());
        return capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1);
    }

    private long timeLeftMillis() {
        Instant until = deadline.get();
        return until == null
                ? Long.MAX_VALUE
                : Math.max(0, Duration.between(clock.instant(), until).toMillis());
    }
}
