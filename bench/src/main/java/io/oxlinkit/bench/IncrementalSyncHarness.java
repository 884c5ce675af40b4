package io.oxlinkit.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.oxlinkit.adapter.crypto.BouncyCastlePgpEncryptor;
import io.oxlinkit.adapter.http.FeignOxlinApi;
import io.oxlinkit.adapter.http.config.OxlinHttpConfig;
import io.oxlinkit.adapter.jdbc.JdbcStorage;
import io.oxlinkit.adapter.jdbc.SealingKeys;
import io.oxlinkit.application.OxlinKit;
import io.oxlinkit.application.SyncReport;
import io.oxlinkit.domain.account.Account;
import io.oxlinkit.domain.challenge.ChallengeAnswer;
import io.oxlinkit.domain.consent.ConsentDecision;
import io.oxlinkit.domain.id.ChannelDefinitionId;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.CredentialId;
import io.oxlinkit.domain.id.ProviderId;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.domain.journey.NextStep;
import io.oxlinkit.domain.secret.SecretValue;
import io.oxlinkit.sandbox.Sandbox;
import io.oxlinkit.sandbox.SandboxConfig;
import java.nio.file.Files;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An incremental sync against the full sync of the same account, same run: one account of the sandbox with
 * {@code transactions} entries is synchronized in full through the kit (Feign, JDBC store, change feed); then,
 * {@code runs} times, the bank adds one day of 100 entries and the kit synchronizes again. Reports both
 * durations, the pages each read (counted at the sandbox) and the ratio. Usage:
 * {@code IncrementalSyncHarness h2|postgres [transactions] [runs]}.
 */
public final class IncrementalSyncHarness {

    private static final ProviderId BANK = ProviderId.of("87");
    private static final ChannelDefinitionId EMBEDDED = ChannelDefinitionId.of("8702");

    private IncrementalSyncHarness() {}

    public static void main(String[] args) throws Exception {
        String database = args.length > 0 ? args[0] : "h2";
        int transactions = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        String schema = "bench_incr_" + Long.toHexString(System.nanoTime());
        try (HikariDataSource dataSource = dataSource(database, schema);
                Sandbox sandbox = Sandbox.start()) {
            JdbcStorage storage = JdbcStorage.open(dataSource, SealingKeys.current("bench", new byte[32]));
            OxlinHttpConfig config = OxlinHttpConfig.builder()
                    .apiBaseUrl(sandbox.apiBaseUrl())
                    .authBaseUrl(sandbox.authBaseUrl())
                    .clientId(SandboxConfig.DEFAULT_CLIENT_ID)
                    .clientSecret(SecretValue.of(SandboxConfig.DEFAULT_CLIENT_SECRET))
                    .build();
            OxlinKit kit = storage.plugInto(OxlinKit.builder())
                    .api(new FeignOxlinApi(config, storage.vault(), Clock.systemUTC()))
                    .encryptor(new BouncyCastlePgpEncryptor(Clock.systemUTC()))
                    .synchronizeAfterSyncAll(false)
                    .build();
            UserId user = kit.createUser("bench-" + System.nanoTime() + "@host.example");
            sandbox.seedTransactions(BANK.value(), transactions);
            ConnectionId connection = kit.startEmbeddedConnection(
                            user,
                            BANK,
                            EMBEDDED,
                            Map.of(
                                    CredentialId.of("300"),
                                    SecretValue.of("login"),
                                    CredentialId.of("301"),
                                    SecretValue.of("correct-horse")))
                    .connection()
                    .orElseThrow();
            Account account = consentToOneAccount(kit, user, connection);

            System.out.printf("full sync of %,d transactions on %s...%n", transactions, database);
            Timed full = timed(sandbox, () -> kit.synchronize(connection));
            System.out.printf(
                    "  full: %.2f s, %d pages, %,d stored%n", full.seconds, full.pages, full.report.newTransactions());
            List<Double> seconds = new ArrayList<>();
            for (int run = 0; run < runs; run++) {
                sandbox.addTransactions(account.id().value(), 100);
                sandbox.advance(Duration.ofDays(1));
                Timed incremental = timed(sandbox, () -> kit.synchronize(connection));
                seconds.add(incremental.seconds);
                System.out.printf(
                        "  incremental %d: %.3f s, %d pages, %d added or modified%n",
                        run + 1, incremental.seconds, incremental.pages, incremental.report.newTransactions());
            }
            seconds.sort(Double::compare);
            double median = seconds.get(seconds.size() / 2);
            System.out.printf(
                    "incremental sync after one day of 100 transactions, %,d stored, on %s: median %.3f s against %.2f s"
                            + " for the full sync: %.2f%% (min %.2f%%, max %.2f%%)%n",
                    transactions,
                    database,
                    median,
                    full.seconds,
                    100 * median / full.seconds,
                    100 * seconds.get(0) / full.seconds,
                    100 * seconds.get(seconds.size() - 1) / full.seconds);
        } finally {
            if (database.equals("postgres")) {
                try (var db = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "");
                        var statement = db.createStatement()) {
                    statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                }
            }
        }
    }

    private record Timed(SyncReport report, double seconds, long pages) {}

    private static Timed timed(Sandbox sandbox, java.util.function.Supplier<SyncReport> sync) {
        long pagesBefore = sandbox.counters().count("GET /transactions");
        long start = System.nanoTime();
        SyncReport report = sync.get();
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Timed(report, seconds, sandbox.counters().count("GET /transactions") - pagesBefore);
    }

    /** Drives the connection to its consent and grants its first account only (the one measured). */
    private static Account consentToOneAccount(OxlinKit kit, UserId user, ConnectionId connection) {
        for (int round = 0; round < 50; round++) {
            kit.pumpEvents(user);
            NextStep step = kit.nextStep(connection).orElseThrow();
            if (step instanceof NextStep.AnswerChallenge challenge) {
                Map<CredentialId, SecretValue> values = new HashMap<>();
                challenge.prompt().inputs().forEach(input -> values.put(input.id(), SecretValue.of("123456")));
                kit.answerChallenge(connection, ChallengeAnswer.ok(values));
            } else if (step instanceof NextStep.CollectConsent consent) {
                List<Account> pending = consent.request().pendingAccounts();
                List<ConsentDecision> decisions = new ArrayList<>();
                decisions.add(ConsentDecision.grant(pending.get(0).id()));
                pending.stream().skip(1).forEach(a -> decisions.add(ConsentDecision.decline(a.id())));
                kit.giveConsent(connection, decisions);
                return pending.get(0);
            }
        }
        throw new IllegalStateException("the connection did not reach its consent");
    }

    private static HikariDataSource dataSource(String database, String schema) throws Exception {
        HikariConfig config = new HikariConfig();
        if (database.equals("postgres")) {
            try (var db = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "");
                    var statement = db.createStatement()) {
                statement.execute("CREATE SCHEMA " + schema);
            }
            config.setJdbcUrl("jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + schema);
            config.setUsername("postgres");
        } else {
            config.setJdbcUrl("jdbc:h2:file:"
                    + Files.createTempDirectory("oxk-bench-incr").resolve("bench"));
            config.setUsername("sa");
        }
        config.setMaximumPoolSize(2);
        return new HikariDataSource(config);
    }
}
