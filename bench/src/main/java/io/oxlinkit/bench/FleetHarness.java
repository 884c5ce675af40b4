package io.oxlinkit.bench;

import com.zaxxer.hikari.HikariDataSource;
import io.oxlinkit.adapter.crypto.BouncyCastlePgpEncryptor;
import io.oxlinkit.adapter.http.FeignOxlinApi;
import io.oxlinkit.adapter.http.config.OxlinHttpConfig;
import io.oxlinkit.adapter.jdbc.JdbcStorage;
import io.oxlinkit.adapter.jdbc.SealingKeys;
import io.oxlinkit.application.OxlinKit;
import io.oxlinkit.domain.challenge.ChallengeAnswer;
import io.oxlinkit.domain.consent.ConsentDecision;
import io.oxlinkit.domain.id.ChannelDefinitionId;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.CredentialId;
import io.oxlinkit.domain.id.ProviderId;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.domain.journey.NextStep;
import io.oxlinkit.domain.secret.SecretValue;
import io.oxlinkit.sandbox.SandboxConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;

/**
 * The engine at fleet size: {@code users} users each run an EMBEDDED journey with an SMS challenge and a consent
 * (sandbox bank 87, in its own JVM) on two kit instances sharing one database, the pumping done only by each
 * instance's {@link io.oxlinkit.application.Fleet} scheduler (a round every {@code --round} ms, 8 users pumped at once); driver threads play
 * the users (create, start, answer, consent) and watch their journeys through {@code nextStep}. Reports journeys per
 * second and p50/p99/max latency per step: a call's own time for the user's actions, and for the waits the time from
 * the action before to the step first seen (watching adds up to a few milliseconds). Every journey must end Done
 * with the sandbox's accounts. Usage: {@code FleetHarness h2|postgres [users] [drivers] [--round=ms]}.
 */
public final class FleetHarness {

    /** The steps of one journey, in order. */
    enum Step {
        CREATE_USER,
        START_CONNECTION,
        CHALLENGE_SHOWN,
        ANSWER,
        CONSENT_ASKED,
        CONSENT,
        DATA_STORED,
        WHOLE_JOURNEY
    }

    private static final ProviderId BANK = ProviderId.of("87");
    private static final ChannelDefinitionId EMBEDDED = ChannelDefinitionId.of("8702");
    private static final Duration GIVE_UP = Duration.ofMinutes(10);
    /** Users each instance's fleet round pumps at once. */
    private static final int PUMPS = 8;

    private FleetHarness() {}

    public static void main(String[] args) throws Exception {
        String database = args.length > 0 ? args[0] : "postgres";
        int users = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        int drivers = args.length > 2 && !args[2].startsWith("--") ? Integer.parseInt(args[2]) : 16;
        long roundMillis = List.of(args).stream()
                .filter(a -> a.startsWith("--round="))
                .map(a -> Long.parseLong(a.substring(8)))
                .findFirst()
                .orElse(250L);
        try (FetchHarness.ServerHandle sandbox = FetchHarness.ServerHandle.external(20);
                HikariDataSource dataSource = FullSyncHarness.dataSource(database, "")) {
            dataSource.setMaximumPoolSize(drivers + 2 * PUMPS + 8);
            ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
            ExecutorService syncs = Executors.newFixedThreadPool(4);
            // each instance's pumps; shut down at the end with the other pools, or the JVM would not exit
            ExecutorService[] pumps = {Executors.newFixedThreadPool(PUMPS), Executors.newFixedThreadPool(PUMPS)};
            OxlinKit[] instances = {
                instance("fleet-a", sandbox, dataSource, syncs, pumps[0]),
                instance("fleet-b", sandbox, dataSource, syncs, pumps[1])
            };
            List<ScheduledFuture<?>> rounds = new ArrayList<>();
            for (OxlinKit kit : instances) {
                rounds.add(kit.fleet().start(scheduler, Duration.ofMillis(roundMillis)));
            }
            System.out.printf(
                    "fleet of %d users on %s, two instances, %d drivers, a fleet round every %d ms%n",
                    users, database, drivers, roundMillis);
            ExecutorService pool = Executors.newFixedThreadPool(drivers);
            List<Future<Map<Step, long[]>>> shares = new ArrayList<>();
            long start = System.nanoTime();
            for (int d = 0; d < drivers; d++) {
                int first = d;
                shares.add(pool.submit(() -> drive(instances, first, drivers, users)));
            }
            Map<Step, List<Long>> latencies = new EnumMap<>(Step.class);
            for (Future<Map<Step, long[]>> share : shares) {
                share.get().forEach((step, nanos) -> {
                    List<Long> all = latencies.computeIfAbsent(step, s -> new ArrayList<>());
                    for (long n : nanos) {
                        all.add(n);
                    }
                });
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            rounds.forEach(round -> round.cancel(false));
            scheduler.shutdown();
            pool.shutdown();
            syncs.shutdown();
            for (ExecutorService instancePumps : pumps) {
                instancePumps.shutdown();
            }
            System.out.printf("fleet: %d journeys Done in %.1f s, %.1f journeys/s%n", users, seconds, users / seconds);
            for (Step step : Step.values()) {
                List<Long> nanos = latencies.getOrDefault(step, List.of());
                nanos.sort(Long::compare);
                System.out.printf(
                        "fleet step %-16s n=%d p50 %7.1f ms  p99 %7.1f ms  max %7.1f ms%n",
                        step, nanos.size(), percentile(nanos, 0.50), percentile(nanos, 0.99), percentile(nanos, 1.0));
            }
        }
    }

    private static OxlinKit instance(
            String name,
            FetchHarness.ServerHandle sandbox,
            HikariDataSource dataSource,
            ExecutorService syncs,
            ExecutorService pumps) {
        JdbcStorage storage = JdbcStorage.open(dataSource, SealingKeys.current("bench", new byte[32]));
        FeignOxlinApi api = new FeignOxlinApi(
                OxlinHttpConfig.builder()
                        .apiBaseUrl(sandbox.apiBaseUrl())
                        .authBaseUrl(sandbox.authBaseUrl())
                        .clientId(SandboxConfig.DEFAULT_CLIENT_ID)
                        .clientSecret(SecretValue.of(SandboxConfig.DEFAULT_CLIENT_SECRET))
                        .build(),
                storage.vault(),
                Clock.systemUTC());
        return storage.plugInto(OxlinKit.builder())
                .api(api)
                .encryptor(new BouncyCastlePgpEncryptor(Clock.systemUTC()))
                .workerId(name)
                .syncExecutor(syncs)
                .fleetExecutor(pumps)
                .build();
    }

    /** One driver: the users {@code first}, {@code first + stride}, ... from creation to Done, watched in turn. */
    private static Map<Step, long[]> drive(OxlinKit[] instances, int first, int stride, int users)
            throws InterruptedException {
        List<Journey> open = new ArrayList<>();
        for (int i = first; i < users; i += stride) {
            open.add(new Journey(instances[i % 2], i));
        }
        Map<Step, List<Long>> measured = new EnumMap<>(Step.class);
        long deadline = System.nanoTime() + GIVE_UP.toNanos();
        long nextReport = System.nanoTime();
        List<Journey> waiting = new ArrayList<>(open);
        open.clear();
        while (!open.isEmpty() || !waiting.isEmpty()) {
            if (!waiting.isEmpty()) {
                // a user arrives at each pass: creations interleave with the journeys already open
                Journey arriving = waiting.remove(0);
                arriving.begin(measured);
                open.add(arriving);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(open.size() + " journeys not Done after " + GIVE_UP);
            }
            boolean moved = false;
            for (var it = open.iterator(); it.hasNext(); ) {
                Journey journey = it.next();
                if (journey.advance(measured)) {
                    moved = true;
                }
                if (journey.done) {
                    it.remove();
                }
            }
            if (!moved) {
                Thread.sleep(5);
            }
            if (first == 0 && System.nanoTime() > nextReport) {
                nextReport = System.nanoTime() + Duration.ofSeconds(10).toNanos();
                System.out.printf(
                        "  driver 0: %d journeys to begin, %d open, waiting for %s%n",
                        waiting.size(),
                        open.size(),
                        open.stream()
                                .collect(java.util.stream.Collectors.groupingBy(
                                        j -> j.waitingFor + " at " + j.lastSeen,
                                        java.util.stream.Collectors.counting())));
            }
        }
        Map<Step, long[]> out = new EnumMap<>(Step.class);
        measured.forEach((step, list) ->
                out.put(step, list.stream().mapToLong(Long::longValue).toArray()));
        return out;
    }

    private static double percentile(List<Long> sortedNanos, double q) {
        if (sortedNanos.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(q * sortedNanos.size()) - 1;
        return sortedNanos.get(Math.max(0, Math.min(index, sortedNanos.size() - 1))) / 1e6;
    }

    /** One user's journey and the instants of its last action and of its beginning. */
    private static final class Journey {
        private final OxlinKit kit;
        private final int index;
        private ConnectionId connection;
        private long began;
        private long lastAction;
        private Step waitingFor = Step.CHALLENGE_SHOWN;
        private boolean done;
        private String lastSeen = "";

        Journey(OxlinKit kit, int index) {
            this.kit = kit;
            this.index = index;
        }

        void begin(Map<Step, List<Long>> measured) {
            began = System.nanoTime();
            UserId user = timed(
                    measured,
                    Step.CREATE_USER,
                    () -> kit.createUser("fleet-" + index + "-" + System.nanoTime() + "@host.example"));
            Map<CredentialId, SecretValue> form = new HashMap<>();
            form.put(CredentialId.of("300"), SecretValue.of("user" + index));
            form.put(CredentialId.of("301"), SecretValue.of("correct-horse"));
            connection = timed(
                            measured,
                            Step.START_CONNECTION,
                            () -> kit.startEmbeddedConnection(user, BANK, EMBEDDED, form))
                    .connection()
                    .orElseThrow();
            lastAction = System.nanoTime();
        }

        /** Looks at the journey once; true when it moved. */
        boolean advance(Map<Step, List<Long>> measured) {
            NextStep step = kit.nextStep(connection).orElseThrow();
            long now = System.nanoTime();
            lastSeen = step instanceof NextStep.Wait wait
                    ? "Wait " + wait.reason()
                    : step.getClass().getSimpleName();
            if (step instanceof NextStep.AnswerChallenge challenge && waitingFor != Step.DATA_STORED) {
                // a bank may ask again after an answer: each challenge shown counts as one step
                record(measured, Step.CHALLENGE_SHOWN, now - lastAction);
                Map<CredentialId, SecretValue> code = new HashMap<>();
                challenge.prompt().inputs().forEach(input -> code.put(input.id(), SecretValue.of("123456")));
                io.oxlinkit.application.StepResult answered =
                        timed(measured, Step.ANSWER, () -> kit.answerChallenge(connection, ChallengeAnswer.ok(code)));
                if (!(answered instanceof io.oxlinkit.application.StepResult.Proceeded)) {
                    throw new IllegalStateException("journey " + index + ": the answer was not taken: " + answered);
                }
                waitingFor = Step.CONSENT_ASKED;
            } else if (step instanceof NextStep.CollectConsent consent && waitingFor == Step.CONSENT_ASKED) {
                record(measured, Step.CONSENT_ASKED, now - lastAction);
                timed(
                        measured,
                        Step.CONSENT,
                        () -> kit.giveConsent(
                                connection,
                                consent.request().pendingAccounts().stream()
                                        .map(account -> ConsentDecision.grant(account.id()))
                                        .toList()));
                waitingFor = Step.DATA_STORED;
            } else if (step instanceof NextStep.Done && waitingFor == Step.DATA_STORED) {
                record(measured, Step.DATA_STORED, now - lastAction);
                record(measured, Step.WHOLE_JOURNEY, now - began);
                if (kit.accounts(connection).isEmpty()) {
                    throw new IllegalStateException("journey " + index + " is Done without accounts");
                }
                done = true;
                return true;
            } else if (step instanceof NextStep.Done || step instanceof NextStep.FixCredentials) {
                throw new IllegalStateException("journey " + index + " came to " + step + " waiting for " + waitingFor);
            } else {
                return false;
            }
            lastAction = System.nanoTime();
            return true;
        }

        private static <T> T timed(Map<Step, List<Long>> measured, Step step, java.util.function.Supplier<T> call) {
            long start = System.nanoTime();
            T result = call.get();
            record(measured, step, System.nanoTime() - start);
            return result;
        }

        private static void record(Map<Step, List<Long>> measured, Step step, long nanos) {
            measured.computeIfAbsent(step, s -> new ArrayList<>()).add(nanos);
        }
    }
}
