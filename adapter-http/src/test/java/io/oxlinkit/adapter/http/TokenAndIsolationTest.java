package io.oxlinkit.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oxlinkit.application.port.OxlinApiException;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.UserId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Tokens: cached, one renewal per user under concurrency, and one user's token never reaches another's resources. */
class TokenAndIsolationTest {

    private SandboxKit env;

    @BeforeEach
    void start() {
        env = new SandboxKit();
    }

    @AfterEach
    void stop() {
        env.close();
    }

    @Test
    void concurrentCallsShareOneTokenRequest() throws Exception {
        UserId user = env.kit.createUser("carol@host.example");
        long before = env.sandbox.counters().count("POST /token");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                calls.add(pool.submit((Callable<Integer>) () -> {
                    go.await();
                    return env.api.listProviders(user).size();
                }));
            }
            go.countDown();
            for (Future<Integer> call : calls) {
                assertThat(call.get()).isGreaterThan(5);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(env.sandbox.counters().count("POST /token")).isEqualTo(before + 1);
        env.api.listProviders(user);
        assertThat(env.sandbox.counters().count("POST /token"))
                .as("the token is cached")
                .isEqualTo(before + 1);
    }

    @Test
    void aUsersTokenNeverReachesAnotherUsersConnection() {
        UserId alice = env.kit.createUser("alice@host.example");
        UserId eve = env.kit.createUser("eve@host.example");
        ConnectionId connection = SandboxJourneys.embeddedJourney(env, alice);
        assertThat(env.api.connection(alice, connection).id()).isEqualTo(connection);
        assertThatThrownBy(() -> env.api.connection(eve, connection)).isInstanceOf(OxlinApiException.NotFound.class);
        assertThat(env.api.connections(eve)).isEmpty();
    }

    @Test
    void aUserUnknownToTheVaultGetsATypedError() {
        assertThatThrownBy(() -> env.api.listProviders(UserId.of("stranger")))
                .isInstanceOfSatisfying(
                        OxlinApiException.Unauthorized.class,
                        e -> assertThat(e.errorCode()).isEqualTo("no_credentials"));
    }

    @Test
    void transactionsStreamLazilyPageByPage() {
        UserId user = env.kit.createUser("dan@host.example");
        ConnectionId connection = SandboxJourneys.embeddedJourney(env, user);
        env.sandbox.seedTransactions("87", 1_234);
        var account = env.kit.accounts(connection).get(0).id();
        long pagesBefore = env.sandbox.counters().count("GET /transactions");
        assertThat(env.api.transactionStream(user, account).limit(10).count()).isEqualTo(10);
        assertThat(env.sandbox.counters().count("GET /transactions")).isEqualTo(pagesBefore + 1);
        assertThat(env.api.transactionStream(user, account).count()).isEqualTo(1_234);
        assertThat(env.sandbox.counters().count("GET /transactions")).isEqualTo(pagesBefore + 1 + 3);
    }

    @Test
    void aLookAheadStreamReadsTheSameTransactions() {
        UserId user = env.kit.createUser("erin@host.example");
        ConnectionId connection = SandboxJourneys.embeddedJourney(env, user);
        env.sandbox.seedTransactions("87", 1_234);
        var account = env.kit.accounts(connection).get(0).id();
        FeignOxlinApi ahead = new FeignOxlinApi(
                SandboxKit.config(env.sandbox)
                        .pageLookAhead(true)
                        .transactionPageSize(100)
                        .build(),
                env.stores.vault(),
                java.time.Clock.systemUTC());
        try (var stream = ahead.transactionStream(user, account)) {
            assertThat(stream.map(t -> t.id().value()).toList())
                    .containsExactlyElementsOf(env.api
                            .transactionStream(user, account)
                            .map(t -> t.id().value())
                            .toList());
        }
    }
}
