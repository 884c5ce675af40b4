package io.oxlinkit.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.oxlinkit.application.OxlinKit;
import io.oxlinkit.application.StepResult;
import io.oxlinkit.domain.account.Account;
import io.oxlinkit.domain.consent.ConsentDecision;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.CredentialId;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.domain.journey.NextStep;
import io.oxlinkit.domain.secret.SecretValue;
import io.oxlinkit.testkit.data.Banks;
import io.oxlinkit.testkit.fake.FakeClock;
import io.oxlinkit.testkit.fake.FakeCredentialEncryptor;
import io.oxlinkit.testkit.fake.FakeOxlinApi;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Two OxlinKit instances, each with its own pool on one PostgreSQL database, pump the same events at
 * once (every event delivered to both): each event is applied exactly once, no transaction is stored
 * twice, none is lost.
 */
class TwoInstancesOnPostgresTest {

    private static final int USERS = 6;
    private static final int TRANSACTIONS = 1_200;

    @Test
    void twoInstancesPumpingTheSameEventsApplyEachOnce() throws Exception {
        DataSource first = Databases.postgres();
        DataSource second = Databases.postgres();
        FakeClock clock = new FakeClock(Instant.parse("2026-11-27T10:00:00Z"));
        FakeOxlinApi api = new FakeOxlinApi(clock);
        api.bank(Banks.linxoTestBank())
                .listsAccounts("Compte courant", "Livret A")
                .transactionsPerAccount(TRANSACTIONS);
        OxlinKit a = kit(JdbcStorage.open(first, Databases.KEYS), api, clock, "instance-a");
        OxlinKit b = kit(JdbcStorage.open(second, Databases.KEYS), api, clock, "instance-b");

        List<UserId> users = new ArrayList<>();
        List<ConnectionId> connections = new ArrayList<>();
        for (int i = 0; i < USERS; i++) {
            UserId user = a.createUser("user" + i + "-" + System.nanoTime() + "@host.example");
            StepResult started = a.startEmbeddedConnection(
                    user,
                    Banks.linxoTestBank().id(),
                    Banks.TEST_BANK_EMBEDDED,
                    Map.of(
                            CredentialId.of("300"),
                            SecretValue.of("login" + i),
                            CredentialId.of("301"),
                            SecretValue.of("password" + i)));
            users.add(user);
            connections.add(started.connection().orElseThrow());
        }
        pumpTogether(a, b, api, users);
        for (ConnectionId connection : connections) {
            NextStep.CollectConsent consent =
                    (NextStep.CollectConsent) a.nextStep(connection).orElseThrow();
            List<ConsentDecision> all = consent.request().pendingAccounts().stream()
                    .map(acc -> ConsentDecision.grant(acc.id()))
                    .toList();
            assertThat(b.giveConsent(connection, all)).isInstanceOf(StepResult.Proceeded.class);
        }
        pumpTogether(a, b, api, users);

        for (ConnectionId connection : connections) {
            assertThat(a.nextStep(connection)).contains(new NextStep.Done(connection));
            assertThat(api.count("GET /accounts?connection_id=" + connection))
                    .as("LIST_ACCOUNTS applied once")
                    .isGreaterThanOrEqualTo(1);
            List<Account> accounts = a.accounts(connection);
            assertThat(accounts).hasSize(2);
            for (Account account : accounts) {
                assertThat(a.transactions(account.id(), 0, TRANSACTIONS * 2))
                        .hasSize(TRANSACTIONS)
                        .extracting(t -> t.id().value())
                        .doesNotHaveDuplicates();
                assertThat(api.count("GET /transactions?account_id=" + account.id() + "&page=1"))
                        .as("synchronized once")
                        .isEqualTo(1);
            }
        }
        long listings = connections.stream()
                .mapToLong(c -> api.count("GET /accounts?connection_id=" + c))
                .sum();
        assertThat(listings)
                .as("the account list fetched once per LIST_ACCOUNTS success, plus once per data sync")
                .isEqualTo(USERS * 2L);
    }

    private static void pumpTogether(OxlinKit a, OxlinKit b, FakeOxlinApi api, List<UserId> users) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                for (UserId user : users) {
                    CountDownLatch go = new CountDownLatch(1);
                    Future<?> first = pool.submit(() -> {
                        go.await();
                        return a.pumpEvents(user);
                    });
                    Future<?> second = pool.submit(() -> {
                        go.await();
                        return b.pumpEvents(user);
                    });
                    go.countDown();
                    first.get();
                    second.get();
                    api.server().redeliverAll(user);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static OxlinKit kit(JdbcStorage storage, FakeOxlinApi api, FakeClock clock, String worker) {
        return storage.plugInto(OxlinKit.builder())
                .api(api)
                .encryptor(new FakeCredentialEncryptor(clock))
                .clock(clock)
                .workerId(worker)
                .build();
    }
}
