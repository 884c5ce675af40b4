package io.oxlinkit.bench;

import com.zaxxer.hikari.HikariDataSource;
import io.oxlinkit.adapter.jdbc.JdbcStorage;
import io.oxlinkit.adapter.jdbc.SealingKeys;
import io.oxlinkit.application.OxlinKit;
import io.oxlinkit.application.PumpReport;
import io.oxlinkit.application.port.OxlinApi;
import io.oxlinkit.domain.connection.ChannelStatus;
import io.oxlinkit.domain.event.Event;
import io.oxlinkit.domain.event.EventType;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.testkit.data.Banks;
import io.oxlinkit.testkit.data.EventBuilder;
import io.oxlinkit.testkit.drive.Autopilot;
import io.oxlinkit.testkit.fake.FakeCredentialEncryptor;
import io.oxlinkit.testkit.fake.FakeOxlinApi;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The event pump's throughput on a database: {@code events} events (failures of the users' EMBEDDED channels,
 * which move each journey without any call to the API) reach the users' queues in reads of 500, each read served
 * twice (at-least-once delivery: the second is deduplicated by the inbox), and {@code threads} threads pump one
 * user each until their queues are empty. Reports events applied per second. The API is the testkit's fake in
 * this JVM (its queue reads cost nothing), so what is measured is the pump and the store: record, claim,
 * apply to the stored journey, mark applied. Usage: {@code PumpHarness h2|postgres [events] [threads]}.
 */
public final class PumpHarness {

    private static final int READ = 500;

    private PumpHarness() {}

    public static void main(String[] args) throws Exception {
        String database = args.length > 0 ? args[0] : "h2";
        int events = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        try (HikariDataSource dataSource = FullSyncHarness.dataSource(database, "")) {
            JdbcStorage storage = JdbcStorage.open(dataSource, SealingKeys.current("bench", new byte[32]));
            FakeOxlinApi fake = new FakeOxlinApi(Clock.systemUTC());
            fake.bank(Banks.linxoTestBank())
                    .listsAccounts("Compte courant")
                    .transactionsPerAccount(1)
                    .acceptsCredential("301", "pump-pass");
            Map<UserId, Deque<List<Event>>> queues = new ConcurrentHashMap<>();
            OxlinApi api = servingQueues(fake, queues);
            OxlinKit kit = storage.plugInto(OxlinKit.builder())
                    .api(api)
                    .encryptor(new FakeCredentialEncryptor(Clock.systemUTC()))
                    .build();
            List<UserId> users = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                UserId user = kit.createUser("pump-" + t + "-" + System.nanoTime() + "@host.example");
                ConnectionId connection = kit.startEmbeddedConnection(
                                user,
                                Banks.linxoTestBank().id(),
                                Banks.TEST_BANK_EMBEDDED,
                                new java.util.HashMap<>(Map.of(
                                        io.oxlinkit.domain.id.CredentialId.of("300"),
                                        io.oxlinkit.domain.secret.SecretValue.of("pump-login"),
                                        io.oxlinkit.domain.id.CredentialId.of("301"),
                                        io.oxlinkit.domain.secret.SecretValue.of("pump-pass"))))
                        .connection()
                        .orElseThrow();
                Autopilot.answering(kit, "123456").untilDone(user, connection);
                queues.put(user, reads(connection, events / threads, t));
                users.add(user);
            }
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            long start = System.nanoTime();
            List<Future<Integer>> pumps = new ArrayList<>();
            for (UserId user : users) {
                pumps.add(pool.submit(() -> {
                    int applied = 0;
                    while (!queues.get(user).isEmpty()) {
                        PumpReport report = kit.pumpEvents(user);
                        applied += report.applied();
                    }
                    return applied;
                }));
            }
            long applied = 0;
            for (Future<Integer> pump : pumps) {
                applied += pump.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            pool.shutdown();
            System.out.printf(
                    "pump on %s, %d thread(s): %d events applied (each delivered twice) in %.1f s: %.0f events/s%n",
                    database, threads, applied, seconds, applied / seconds);
            if (applied != (long) events / threads * threads) {
                throw new IllegalStateException("applied " + applied + " of " + events);
            }
        }
    }

    /** The user's queue: reads of 500 events, each read twice. */
    private static Deque<List<Event>> reads(ConnectionId connection, int count, int user) {
        Deque<List<Event>> reads = new ArrayDeque<>();
        Instant first = Instant.now().plusSeconds(60);
        for (int from = 0; from < count; from += READ) {
            List<Event> read = new ArrayList<>(READ);
            for (int i = from; i < Math.min(count, from + READ); i++) {
                read.add(new EventBuilder()
                        .id("pump-" + user + "-" + i)
                        .connectionId(connection.value())
                        .createdAt(first.plusSeconds(i))
                        .channel("8702")
                        .channelStatus(i % 2 == 0 ? ChannelStatus.AUTH_FAILED : ChannelStatus.FAILED)
                        .failure(EventType.SYNC_ALL_FAILURE));
            }
            reads.add(read);
            reads.add(read);
        }
        return reads;
    }

    /** The fake, except that each queue read serves the user's next prepared read. */
    private static OxlinApi servingQueues(FakeOxlinApi fake, Map<UserId, Deque<List<Event>>> queues) {
        return (OxlinApi) Proxy.newProxyInstance(
                OxlinApi.class.getClassLoader(), new Class<?>[] {OxlinApi.class}, (proxy, method, args) -> {
                    if (method.getName().equals("poll") && queues.containsKey((UserId) args[0])) {
                        List<Event> next = queues.get((UserId) args[0]).poll();
                        return next == null ? List.of() : next;
                    }
                    try {
                        return method.invoke(fake, args);
                    } catch (InvocationTargetException thrown) {
                        throw thrown.getCause();
                    }
                });
    }
}
