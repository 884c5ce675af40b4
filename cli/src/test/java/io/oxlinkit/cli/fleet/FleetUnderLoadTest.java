package io.oxlinkit.cli.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import io.oxlinkit.adapter.http.FeignOxlinApi;
import io.oxlinkit.application.OxlinKit;
import io.oxlinkit.application.StepResult;
import io.oxlinkit.domain.account.Account;
import io.oxlinkit.domain.account.Transaction;
import io.oxlinkit.domain.consent.ConsentDecision;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.domain.journey.NextStep;
import io.oxlinkit.sandbox.Faults;
import io.oxlinkit.sandbox.Sandbox;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The engine under load: 50 users connect in 16 threads through two instances on one PostgreSQL, against
 * the sandbox answering 429 and 503 now and then; one instance dies in the middle of a sync and a new one
 * (another worker name) takes its place. Every user reaches Done with exactly the sandbox's data, every
 * event is applied once, no two syncs of one connection overlap, no refresh token is sent twice, one key
 * per user.
 */
class FleetUnderLoadTest {

    private static final int USERS = 50;

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void fiftyUsersOnTwoInstancesWithFaultsAndACrashEndDoneWithExactlyTheServersData() throws Exception {
        String schema = "fleet_" + Long.toHexString(System.nanoTime());
        requirePostgres(schema);
        FleetLedger ledger = new FleetLedger();
        FleetClock clock = new FleetClock();
        try (Sandbox sandbox = Sandbox.start()) {
            java.util.concurrent.atomic.AtomicBoolean faulty = new java.util.concurrent.atomic.AtomicBoolean();
            FleetInstance a = new FleetInstance("instance-a", sandbox, ledger, 120, schema, clock);
            FleetInstance b = new FleetInstance("instance-b", sandbox, ledger, 0, schema, clock);
            FleetInstance[] live = {a, b};
            List<UserId> users = new ArrayList<>();
            Map<UserId, ConnectionId> connections = new java.util.concurrent.ConcurrentHashMap<>();
            Map<UserId, Integer> indexes = new java.util.concurrent.ConcurrentHashMap<>();
            ExecutorService drivers = Executors.newFixedThreadPool(16);
            List<Future<?>> setups = new ArrayList<>();
            for (int i = 0; i < USERS; i++) {
                int index = i;
                setups.add(drivers.submit(() -> {
                    OxlinKit kit = live[index % 2].kit;
                    UserId user = kit.createUser("fleet-" + index + "-" + System.nanoTime() + "@host.example");
                    StepResult started = kit.startEmbeddedConnection(
                            user,
                            SandboxBank87.BANK,
                            SandboxBank87.EMBEDDED,
                            SandboxBank87.credentials("user" + index));
                    connections.put(user, started.connection().orElseThrow());
                    indexes.put(user, index);
                    synchronized (users) {
                        users.add(user);
                    }
                    if (faulty.compareAndSet(false, true)) {
                        sandbox.faults()
                                .add(Faults.Rule.status("GET /transactions", 503, 30))
                                .add(Faults.Rule.rateLimit("*", Duration.ofMillis(50), 20))
                                .add(Faults.Rule.status("GET /queues/{id}", 503, 10));
                    }
                    return null;
                }));
            }
            for (Future<?> setup : setups) {
                setup.get(60, TimeUnit.SECONDS);
            }
            a.arm();
            List<Future<?>> work = new ArrayList<>();
            for (UserId user : users) {
                work.add(drivers.submit(() -> {
                    drive(live, indexes.get(user), user, connections.get(user));
                    return null;
                }));
            }
            for (Future<?> future : work) {
                future.get(150, TimeUnit.SECONDS);
                replaceTheDead(live, ledger, sandbox, schema, clock);
            }
            a.awaitIdle();
            for (int round = 0; round < 40 && !allDone(live[1].kit, connections); round++) {
                replaceTheDead(live, ledger, sandbox, schema, clock);
                for (UserId user : users) {
                    try {
                        live[round % 2].kit.pumpEvents(user);
                    } catch (IllegalStateException died) {
                        replaceTheDead(live, ledger, sandbox, schema, clock);
                    }
                }
                live[0].awaitIdle();
                live[1].awaitIdle();
                if (!allDone(live[1].kit, connections)) {
                    // nothing runs and some data is still wanted: past a backoff or a dead instance's lease
                    clock.advance(Duration.ofSeconds(31));
                }
            }
            replaceTheDead(live, ledger, sandbox, schema, clock);
            assertThat(a.killed()).as("instance a died in the middle of a sync").isTrue();
            report(ledger, sandbox, connections);
            assertEverything(ledger, sandbox, live[1], connections);
            a.close();
            live[0].close();
            live[1].close();
        } finally {
            dropSchema(schema);
        }
    }

    private static void dropSchema(String schema) {
        try (var connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "");
                var statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (java.sql.SQLException ignored) {
            // nothing was created (PostgreSQL unreachable): nothing to drop
        }
    }

    /** A killed instance is replaced by a new one (another worker name) on the same database. */
    private static synchronized void replaceTheDead(
            FleetInstance[] live, FleetLedger ledger, Sandbox sandbox, String schema, FleetClock clock) {
        if (live[0].killed()) {
            ledger.instanceDied(live[0].name);
            live[0] = new FleetInstance("instance-a2", sandbox, ledger, 0, schema, clock);
            sandbox.expireTokens();
        }
    }

    /** A user's own loop: pump through whichever instance is alive, answer, consent, until the data is in. */
    private static void drive(FleetInstance[] live, int index, UserId user, ConnectionId connection) {
        for (int round = 0; round < 80; round++) {
            FleetInstance instance = live[(index + round) % 2];
            if (instance.killed()) {
                instance = live[(index + round + 1) % 2];
            }
            try {
                instance.kit.pumpEvents(user);
                NextStep step = instance.kit.nextStep(connection).orElseThrow();
                if (step instanceof NextStep.Done
                        || (step instanceof NextStep.Wait w && w.reason().name().equals("STORING_DATA"))) {
                    return;
                }
                if (step instanceof NextStep.AnswerChallenge challenge) {
                    instance.kit.answerChallenge(connection, SandboxBank87.smsCode(challenge));
                } else if (step instanceof NextStep.CollectConsent consent) {
                    instance.kit.giveConsent(
                            connection,
                            consent.request().pendingAccounts().stream()
                                    .map(acc -> ConsentDecision.grant(acc.id()))
                                    .toList());
                }
            } catch (RuntimeException instanceDied) {
                // the instance this round chose died: the next round uses the other one
            }
        }
    }

    private static boolean allDone(OxlinKit kit, Map<UserId, ConnectionId> connections) {
        return connections.values().stream()
                .allMatch(c ->
                        kit.nextStep(c).map(s -> s instanceof NextStep.Done).orElse(false));
    }

    private static void assertEverything(
            FleetLedger ledger, Sandbox sandbox, FleetInstance survivor, Map<UserId, ConnectionId> connections) {
        assertThat(connections).hasSize(USERS);
        OxlinKit kit = survivor.kit;
        FeignOxlinApi reader =
                new FeignOxlinApi(FleetInstance.config(sandbox), survivor.storage.vault(), Clock.systemUTC());
        for (Map.Entry<UserId, ConnectionId> entry : connections.entrySet()) {
            assertThat(kit.nextStep(entry.getValue()))
                    .as("user " + entry.getKey())
                    .contains(new NextStep.Done(entry.getValue()));
            List<Account> served = reader.accounts(entry.getKey(), entry.getValue());
            assertThat(kit.accounts(entry.getValue()))
                    .extracting(Account::id)
                    .containsExactlyInAnyOrderElementsOf(
                            served.stream().map(Account::id).toList());
            for (Account account : served) {
                Set<String> server = new java.util.HashSet<>();
                try (var stream = reader.transactionStream(entry.getKey(), account.id())) {
                    stream.forEach(t -> server.add(t.id().value()));
                }
                List<Transaction> stored = kit.transactions(account.id(), 0, 10_000);
                assertThat(stored)
                        .extracting(t -> t.id().value())
                        .doesNotHaveDuplicates()
                        .containsExactlyInAnyOrderElementsOf(server);
            }
        }
        assertThat(ledger.applications().values()).as("each event applied once").allMatch(count -> count.get() == 1);
        assertThat(ledger.overlaps())
                .as("syncs of one connection that overlapped")
                .isEmpty();
        assertThat(sandbox.refreshTokenReuses())
                .as("spent refresh tokens sent again")
                .isZero();
        assertThat(sandbox.mostKeysOfOneUser()).as("one key per user").isEqualTo(1);
    }

    private static void report(FleetLedger ledger, Sandbox sandbox, Map<UserId, ConnectionId> connections) {
        System.out.printf(
                "fleet: %d users, %d events applied (%d more than once), %d syncs started, %d overlaps, %d refresh reuses,"
                        + " at most %d key(s) per user, %d API calls%n",
                connections.size(),
                ledger.applications().size(),
                ledger.applications().values().stream().filter(c -> c.get() > 1).count(),
                ledger.syncsStarted(),
                ledger.overlaps().size(),
                sandbox.refreshTokenReuses(),
                sandbox.mostKeysOfOneUser(),
                sandbox.counters().total());
    }

    /** A schema of its own for this run (the database outlives runs; ids of a new sandbox start again). */
    private static void requirePostgres(String schema) {
        try (var connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "");
                var statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (java.sql.SQLException unreachable) {
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError("PostgreSQL is required in CI", unreachable);
            }
            Assumptions.abort("PostgreSQL is not reachable: the fleet test is skipped");
        }
    }
}
