package io.oxlinkit.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oxlinkit.application.port.OxlinApiException;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.sandbox.Faults;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** With the sandbox's faults switched on, journeys finish without duplicate POSTs, or fail with the right typed error. */
class FaultToleranceTest {

    private SandboxKit env;
    private UserId user;

    @BeforeEach
    void start() {
        env = new SandboxKit();
        user = env.kit.createUser("bob@host.example");
    }

    @AfterEach
    void stop() {
        env.close();
    }

    @Test
    void transientFaultsOnReadsAreRiddenOutWithoutDuplicatePosts() {
        Faults faults = env.sandbox.faults();
        faults.add(Faults.Rule.status("GET /providers", 500, 2))
                .add(Faults.Rule.status("GET /queues/{id}", 502, 2))
                .add(Faults.Rule.rateLimit("GET /accounts", Duration.ofSeconds(1), 1))
                .add(Faults.Rule.of("GET /transactions", Faults.Kind.RESET_MID_BODY, 1))
                .add(Faults.Rule.of("GET /keys/{id}", Faults.Kind.MALFORMED_JSON, 1))
                .add(Faults.Rule.of("GET /connections/{id}", Faults.Kind.TRUNCATED_JSON, 1))
                .add(Faults.Rule.status("PUT /connections/{id}/consents", 503, 1))
                .add(Faults.Rule.of("GET /queues/{id}", Faults.Kind.DUPLICATE_EVENTS, 3))
                .add(Faults.Rule.of("GET /queues/{id}", Faults.Kind.OUT_OF_ORDER_EVENTS, 3));
        SandboxJourneys.embeddedJourney(env, user);
        assertThat(env.sandbox.counters().count("POST /connections")).isEqualTo(1);
        assertThat(env.sandbox.counters().count("POST /keys")).isEqualTo(1);
        assertThat(env.sandbox.counters().count("POST /connections/{id}/channels/{channel}/user_input"))
                .isEqualTo(3);
        assertThat(env.sandbox.counters().count("GET /providers")).isEqualTo(3);
    }

    @Test
    void retryAfterIsHonoured() {
        env.sandbox.faults().add(Faults.Rule.rateLimit("GET /providers", Duration.ofSeconds(1), 1));
        long start = System.nanoTime();
        assertThat(env.api.listProviders(user)).isNotEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(950));
        assertThat(env.sandbox.counters().count("GET /providers")).isEqualTo(2);
    }

    @Test
    void aTokenExpiringMidFlowIsRenewedOnceAndTheCallRetriedOnce() {
        env.api.listProviders(user);
        long tokens = env.sandbox.counters().count("POST /token");
        env.sandbox.expireTokens();
        assertThat(env.api.listProviders(user)).isNotEmpty();
        assertThat(env.sandbox.counters().count("POST /token")).isEqualTo(tokens + 1);
        assertThat(env.sandbox.counters().count("GET /providers")).isEqualTo(3);
        SandboxJourneys.embeddedJourney(env, user);
    }

    @Test
    void aFailingPostIsNotRetriedAndFailsWithTheTypedError() {
        env.sandbox.faults().add(Faults.Rule.status("POST /connections", 503, 10));
        assertThatThrownBy(() -> env.kit.startEmbeddedConnection(
                        user,
                        SandboxJourneys.BANK_87,
                        SandboxJourneys.EMBEDDED,
                        SandboxJourneys.credentials("correct-horse")))
                .isInstanceOfSatisfying(OxlinApiException.ServerError.class, e -> {
                    assertThat(e.status()).isEqualTo(503);
                    assertThat(e.errorCode()).isEqualTo("server_error");
                    assertThat(e.requestId()).isPresent();
                    assertThat(e.getMessage()).doesNotContain("correct-horse");
                });
        assertThat(env.sandbox.counters().count("POST /connections")).isEqualTo(1);
    }

    @Test
    void aPermanentFaultOnAReadFailsAfterTheConfiguredAttempts() {
        env.sandbox.faults().add(Faults.Rule.status("GET /providers", 500, 50));
        assertThatThrownBy(() -> env.api.listProviders(user)).isInstanceOf(OxlinApiException.ServerError.class);
        assertThat(env.sandbox.counters().count("GET /providers")).isEqualTo(5);
    }

    @Test
    void clientErrorsAreTypedAndNotRetried() {
        assertThatThrownBy(() -> env.api.provider(user, io.oxlinkit.domain.id.ProviderId.of("424242")))
                .isInstanceOfSatisfying(OxlinApiException.NotFound.class, e -> {
                    assertThat(e.status()).isEqualTo(404);
                    assertThat(e.errorCode()).isEqualTo("not_found");
                });
        assertThat(env.sandbox.counters().count("GET /providers/{id}")).isEqualTo(1);
    }

    @Test
    void aServerThatCannotBeReachedIsATransportError() {
        env.sandbox.close();
        assertThatThrownBy(() -> env.api.listProviders(user)).isInstanceOf(OxlinApiException.Transport.class);
    }

    @Test
    void aHostThatKeepsFailingOpensItsCircuitBreakerAndCallsFailFastWithoutReachingIt() {
        FeignOxlinApi fragile = new FeignOxlinApi(
                SandboxKit.config(env.sandbox)
                        .maxAttempts(1)
                        .circuitWindow(4)
                        .circuitOpenFor(java.time.Duration.ofMinutes(1))
                        .build(),
                env.stores.vault(),
                java.time.Clock.systemUTC());
        fragile.listProviders(user);
        env.sandbox.faults().add(Faults.Rule.status("GET /providers", 503, 100));
        assertThatThrownBy(() -> fragile.listProviders(user)).isInstanceOf(OxlinApiException.ServerError.class);
        for (int i = 0;
                i < 6
                        && fragile.resilience()
                                .breaker(env.sandbox.apiBaseUrl().getHost() + ":" + env.sandbox.port())
                                .map(b ->
                                        b.getState() != io.github.resilience4j.circuitbreaker.CircuitBreaker.State.OPEN)
                                .orElse(true);
                i++) {
            assertThatThrownBy(() -> fragile.listProviders(user)).isInstanceOf(OxlinApiException.ServerError.class);
        }
        long reached = env.sandbox.counters().count("GET /providers");
        assertThat(reached)
                .as("the breaker opened after a few failures, well before the 100 faults ran out")
                .isLessThan(9);
        assertThatThrownBy(() -> fragile.listProviders(user))
                .isInstanceOf(io.oxlinkit.adapter.http.error.NotSentException.class)
                .hasMessageContaining("circuit breaker");
        assertThat(env.sandbox.counters().count("GET /providers")).isEqualTo(reached);
    }

    @Test
    void aBulkheadRefusesCallsBeyondItsLimitWithoutSendingThem() throws Exception {
        FeignOxlinApi narrow = new FeignOxlinApi(
                SandboxKit.config(env.sandbox)
                        .maxConcurrentCalls(1)
                        .maxAttempts(1)
                        .build(),
                env.stores.vault(),
                java.time.Clock.systemUTC());
        narrow.listProviders(user);
        env.sandbox.faults().add(Faults.Rule.latency("GET /providers", java.time.Duration.ofMillis(1500), 1));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.Future<?> slow = pool.submit(() -> narrow.listProviders(user));
            Thread.sleep(300);
            assertThatThrownBy(() -> narrow.listProviders(user))
                    .isInstanceOf(io.oxlinkit.adapter.http.error.NotSentException.class)
                    .hasMessageContaining("bulkhead");
            slow.get();
            assertThat(narrow.listProviders(user))
                    .as("the permit is back once the slow call ends")
                    .isNotEmpty();
        } finally {
            pool.shutdownNow();
        }
    }
}
