package io.oxlinkit.cli.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import io.oxlinkit.adapter.http.FeignOxlinApi;
import io.oxlinkit.application.OxlinKit;
import io.oxlinkit.application.StepResult;
import io.oxlinkit.domain.account.Account;
import io.oxlinkit.domain.account.Transaction;
import io.oxlinkit.domain.connection.Channel;
import io.oxlinkit.domain.connection.ChannelStatus;
import io.oxlinkit.domain.consent.ConsentDecision;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.domain.journey.NextStep;
import io.oxlinkit.sandbox.Sandbox;
import io.oxlinkit.sandbox.SandboxConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Chaos: 50 users connect bank 87 (form, SMS challenge, consent, data) through one kit on H2 while, before each
 * user's step, a seeded generator now and then injects a fault of every kind (5xx, 429, resets, truncated,
 * malformed and slow bodies, latency, duplicate and reordered events, token expiry, a database that drops a
 * statement); once, the process dies in the middle of a sync and a new kit over the same database takes over.
 * After a calm phase, every user's journey is Done with exactly the sandbox's accounts and transactions, every
 * event was applied once, and every channel is SUCCESS at the sandbox as in the kit. Each seed prints its counts.
 */
class ChaosJourneyTest {

    private static final int USERS = 50;
    private static final int CHAOS_ROUNDS = 12;
    private static final int CALM_ROUNDS = 40;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {11L, 2026L, 90210L})
    @Timeout(value = 100, unit = TimeUnit.SECONDS)
    void fiftyUsersUnderEveryFaultAndARestartEndWithExactlyTheServersData(long seed) {
        Random random = new Random(seed);
        ChaosSchedule chaos = new ChaosSchedule(random);
        FleetLedger ledger = new FleetLedger();
        FleetClock clock = new FleetClock();
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:chaos_" + seed + "_" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        FlakyDatabase database = new FlakyDatabase(h2);
        Map<String, Integer> failures = new TreeMap<>();
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.defaults().withTransactionsPerAccount(60))) {
            ChaosInstance[] live = {new ChaosInstance("chaos-0", sandbox, database.dataSource(), ledger, clock)};
            Map<UserId, ConnectionId> connections = new LinkedHashMap<>();
            for (int i = 0; i < USERS; i++) {
                connect(live[0], i, sandbox, database, chaos, failures, connections);
            }
            int restartRound = random.nextInt(CHAOS_ROUNDS / 2);
            int restarts = 0;
            Map<UserId, Integer> waits = new HashMap<>();
            Set<UserId> done = new HashSet<>();
            int round = 0;
            for (; round < CHAOS_ROUNDS + CALM_ROUNDS && done.size() < USERS; round++) {
                boolean calm = round >= CHAOS_ROUNDS;
                if (round == restartRound) {
                    live[0].dieAtTransactionPage(1 + random.nextInt(6));
                }
                if (calm) {
                    sandbox.faults().clear();
                }
                int doneBefore = done.size();
                int index = 0;
                for (Map.Entry<UserId, ConnectionId> user : connections.entrySet()) {
                    index++;
                    if (done.contains(user.getKey())) {
                        continue;
                    }
                    if (!calm) {
                        chaos.maybeInject(sandbox, database);
                    }
                    try {
                        if (step(live[0].kit, index, user.getKey(), user.getValue(), waits)) {
                            done.add(user.getKey());
                        }
                    } catch (RuntimeException failure) {
                        failures.merge(failure.getClass().getSimpleName(), 1, Integer::sum);
                    }
                    if (live[0].killed()) {
                        ledger.instanceDied(live[0].name);
                        live[0].close();
                        live[0] =
                                new ChaosInstance("chaos-" + ++restarts, sandbox, database.dataSource(), ledger, clock);
                        clock.advance(Duration.ofSeconds(31)); // the dead process's leases run out
                    }
                }
                if (calm && done.size() == doneBefore) {
                    // nothing moved: past a sync's backoff, the bank's jobs a little further on; and a challenge whose
                    // prompt
                    // was lost is let time out at the bank (only then: one being answered must not time out under the
                    // user)
                    clock.advance(Duration.ofSeconds(31));
                    sandbox.advance(
                            awaitsALostPrompt(live[0].kit, connections, done)
                                    ? Duration.ofMinutes(10)
                                    : Duration.ofSeconds(5));
                }
            }
            System.out.printf(
                    "chaos seed %d: %d users done in %d rounds, %d faults injected %s (%d rules unspent), %d statements refused,"
                            + " %d restart(s), failures seen by the driver %s, %d events applied, %d API calls%n",
                    seed,
                    done.size(),
                    round,
                    chaos.total(),
                    chaos.injected(),
                    sandbox.faults().rules().size(),
                    database.failed(),
                    restarts,
                    failures,
                    ledger.applications().size(),
                    sandbox.counters().total());
            sandbox.faults().clear();
            assertThat(restarts)
                    .as("the process died in the middle of a sync once")
                    .isEqualTo(1);
            assertEverything(ledger, sandbox, live[0], connections);
            live[0].close();
        }
    }

    private static boolean awaitsALostPrompt(OxlinKit kit, Map<UserId, ConnectionId> connections, Set<UserId> done) {
        return connections.entrySet().stream()
                .filter(e -> !done.contains(e.getKey()))
                .anyMatch(e -> kit.nextStep(e.getValue())
                        .filter(s -> s instanceof NextStep.Wait w
                                && w.reason() == io.oxlinkit.domain.journey.WaitReason.CHALLENGE_PROMPT_PENDING)
                        .isPresent());
    }

    /** Creates the user and starts its connection, trying again after a failure (a new user each time). */
    private static void connect(
            ChaosInstance instance,
            int index,
            Sandbox sandbox,
            FlakyDatabase database,
            ChaosSchedule chaos,
            Map<String, Integer> failures,
            Map<UserId, ConnectionId> connections) {
        for (int attempt = 0; attempt < 20; attempt++) {
            chaos.maybeInject(sandbox, database);
            try {
                UserId user = instance.kit.createUser("chaos-" + index + "-" + attempt + "@host.example");
                StepResult started = instance.kit.startEmbeddedConnection(
                        user, SandboxBank87.BANK, SandboxBank87.EMBEDDED, SandboxBank87.credentials("user" + index));
                if (started.connection().isPresent()) {
                    connections.put(user, started.connection().get());
                    return;
                }
                failures.merge("refused start", 1, Integer::sum);
            } catch (RuntimeException failure) {
                failures.merge(failure.getClass().getSimpleName(), 1, Integer::sum);
            }
        }
        throw new AssertionError("user " + index + " could not start a connection in 20 attempts");
    }

    /** One step of a user's journey, as a host's screen would take it; true once Done. */
    private static boolean step(
            OxlinKit kit, int index, UserId user, ConnectionId connection, Map<UserId, Integer> waits) {
        kit.pumpEvents(user);
        NextStep step = kit.nextStep(connection).orElseThrow();
        if (step instanceof NextStep.Done) {
            return true;
        }
        if (step instanceof NextStep.AnswerChallenge challenge) {
            kit.answerChallenge(connection, SandboxBank87.smsCode(challenge));
        } else if (step instanceof NextStep.CollectConsent consent) {
            kit.giveConsent(
                    connection,
                    consent.request().pendingAccounts().stream()
                            .map(a -> ConsentDecision.grant(a.id()))
                            .toList());
        } else if (step instanceof NextStep.FixCredentials fix) {
            kit.updateCredentials(connection, fix.channel(), SandboxBank87.credentials("user" + index));
        } else if (step instanceof NextStep.RestartSynchronization restart) {
            kit.updateCredentials(connection, restart.channel(), SandboxBank87.credentials("user" + index));
        } else if (step instanceof NextStep.Wait && waits.merge(user, 1, Integer::sum) < 3) {
            return false;
        } else {
            // waited three rounds, or a step only the server's state can settle: ask it
            waits.remove(user);
            kit.refreshConnection(connection);
        }
        return false;
    }

    private static void assertEverything(
            FleetLedger ledger, Sandbox sandbox, ChaosInstance survivor, Map<UserId, ConnectionId> connections) {
        assertThat(connections).hasSize(USERS);
        OxlinKit kit = survivor.kit;
        try (FeignOxlinApi reader =
                new FeignOxlinApi(FleetInstance.config(sandbox), survivor.storage.vault(), Clock.systemUTC())) {
            for (Map.Entry<UserId, ConnectionId> entry : connections.entrySet()) {
                String who = "user " + entry.getKey();
                assertThat(kit.nextStep(entry.getValue())).as(who).contains(new NextStep.Done(entry.getValue()));
                List<Channel> atTheServer =
                        reader.connection(entry.getKey(), entry.getValue()).channels();
                assertThat(atTheServer)
                        .as(who + ": the sandbox's channels")
                        .filteredOn(c -> c.definitionId().equals(SandboxBank87.EMBEDDED))
                        .extracting(Channel::status)
                        .containsExactly(ChannelStatus.SUCCESS);
                assertThat(kit.connection(entry.getValue())
                                .orElseThrow()
                                .connection()
                                .channels())
                        .as(who + ": the kit's channels")
                        .extracting(Channel::definitionId, Channel::status)
                        .containsExactlyInAnyOrderElementsOf(atTheServer.stream()
                                .map(c -> org.assertj.core.groups.Tuple.tuple(c.definitionId(), c.status()))
                                .toList());
                List<Account> served = reader.accounts(entry.getKey(), entry.getValue());
                assertThat(kit.accounts(entry.getValue()))
                        .as(who + " (the balance date is the server's time of reading)")
                        .usingRecursiveFieldByFieldElementComparatorIgnoringFields("balanceDate")
                        .containsExactlyInAnyOrderElementsOf(served);
                for (Account account : served) {
                    List<Transaction> server;
                    try (var stream = reader.transactionStream(entry.getKey(), account.id())) {
                        server = stream.toList();
                    }
                    assertThat(kit.transactions(account.id(), 0, 10_000))
                            .as(who + ", account " + account.id())
                            .containsExactlyInAnyOrderElementsOf(server);
                }
            }
        }
        assertThat(ledger.applications().values()).as("each event applied once").allMatch(count -> count.get() == 1);
        assertThat(ledger.overlaps())
                .as("syncs of one connection that overlapped")
                .isEmpty();
        assertThat(sandbox.refreshTokenReuses())
                .as("spent refresh tokens sent again")
                .isZero();
    }
}
