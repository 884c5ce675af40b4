package io.oxlinkit.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.oxlinkit.adapter.crypto.BouncyCastlePgpEncryptor;
import io.oxlinkit.adapter.http.FeignOxlinApi;
import io.oxlinkit.adapter.http.config.OxlinHttpConfig;
import io.oxlinkit.adapter.jdbc.Dialect;
import io.oxlinkit.adapter.jdbc.JdbcStorage;
import io.oxlinkit.adapter.jdbc.SealingKeys;
import io.oxlinkit.application.OxlinKit;
import io.oxlinkit.application.OxlinKitBuilder;
import io.oxlinkit.application.port.UserSecretVault;
import io.oxlinkit.domain.account.Account;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.domain.secret.SecretValue;
import io.oxlinkit.sandbox.SandboxConfig;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A full sync end to end, same run: the kit ({@code kit.synchronize}: Feign, tokens, Resilience4j, streaming
 * parse, the JDBC store with its change detection and change feed, the next page fetched while the current one
 * are stored) against three baselines in the same run: first, paired runs against a raw sequential pipeline
 * (JDK {@link HttpClient} + Jackson streaming parse + JDBC batch upsert of each page into a copy of the kit's
 * transaction table with the same indexes, one commit a page); then rounds, their order rotating, against the raw
 * store alone (the same upserts of pages fetched beforehand) and the raw fetch and parse alone; all read the same
 * sandbox in a JVM of its own. With {@code --sequential} the kit runs with its fetch-ahead turned off, to show
 * what the overlap buys. Usage: {@code FullSyncHarness h2|postgres [transactions per account] [runs] [--sequential]}.
 */
public final class FullSyncHarness {

    private FullSyncHarness() {}

    public static void main(String[] args) throws Exception {
        String database = args.length > 0 ? args[0] : "h2";
        int perAccount = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        boolean sequential = List.of(args).contains("--sequential");
        try (FetchHarness.ServerHandle sandbox = FetchHarness.ServerHandle.external(perAccount);
                HikariDataSource dataSource = dataSource(database, "")) {
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
            OxlinKitBuilder builder = storage.plugInto(OxlinKit.builder())
                    .api(api)
                    .encryptor(new BouncyCastlePgpEncryptor(Clock.systemUTC()))
                    .synchronizeAfterSyncAll(false);
            if (sequential) {
                builder.fetchAheadExecutor(Runnable::run);
            }
            OxlinKit kit = builder.build();
            String email = "full-sync-" + System.nanoTime() + "@host.example";
            UserId user = kit.createUser(email);
            ConnectionId connection = FetchHarness.connect(kit, user);
            List<Account> accounts = kit.accounts(connection);
            String password = storage.vault()
                    .find(user, UserSecretVault.Kind.PASSWORD)
                    .orElseThrow()
                    .reveal();
            String bearer = "Bearer " + FetchHarness.tokenFor(sandbox.authBaseUrl(), email, password);
            Raw raw = new Raw(
                    dataSource,
                    storage.dialect(),
                    HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build(),
                    new ObjectMapper().getFactory(),
                    sandbox,
                    bearer);
            raw.createTable();
            long expected = (long) perAccount * accounts.size();
            System.out.printf(
                    "%d accounts x %d transactions on %s%s; warming up...%n",
                    accounts.size(), perAccount, database, sequential ? " (kit without fetch-ahead)" : "");
            // a million-row history warms the JIT up in one round; small ones take two
            for (int i = 0; i < (perAccount >= 100_000 ? 1 : 2); i++) {
                emptyTheLedger(dataSource);
                kitSync(kit, connection, expected);
                raw.empty();
                raw.sync(accounts, expected);
            }
            Harness.Side[] sides = Harness.compare(
                    sequential ? "kit (sequential)" : "kit",
                    () -> emptyTheLedger(dataSource),
                    () -> kitSync(kit, connection, expected),
                    "raw sequential pipeline",
                    raw::empty,
                    () -> raw.sync(accounts, expected),
                    runs);
            Harness.report("full sync of " + expected + " transactions on " + database, sides);
            // then the pipeline's stages alone, after the headline pairs: the store alone writes pages fetched
            // beforehand and held in memory, which would weigh on the runs above (more garbage to collect)
            List<List<FetchHarness.RawTransaction>> pages = raw.fetchAll(accounts);
            List<Harness.Side[]> pairs = Harness.compareAll(
                    sequential ? "kit (sequential)" : "kit",
                    () -> emptyTheLedger(dataSource),
                    () -> kitSync(kit, connection, expected),
                    List.of(
                            new Harness.Baseline("raw store alone", raw::empty, () -> raw.store(pages, expected)),
                            new Harness.Baseline(
                                    "raw fetch and parse alone",
                                    () -> {},
                                    () -> raw.fetchAndParse(accounts, expected))),
                    runs);
            for (Harness.Side[] pair : pairs) {
                Harness.report("full sync of " + expected + " transactions on " + database, pair);
            }
            api.close();
        }
    }

    /** Empties what a full sync fills (outside the measured time). */
    private static void emptyTheLedger(HikariDataSource dataSource) throws Exception {
        try (Connection db = dataSource.getConnection();
                Statement statement = db.createStatement()) {
            // TRUNCATE rather than DELETE: no dead rows left for the next run to step over, on either side
            statement.execute("TRUNCATE TABLE oxk_transactions");
            statement.execute("TRUNCATE TABLE oxk_sync_cursors");
            statement.execute("TRUNCATE TABLE oxk_changes");
        }
    }

    /** A full sync through the kit from an empty ledger. */
    private static long kitSync(OxlinKit kit, ConnectionId connection, long expected) {
        long changed = kit.synchronize(connection).newTransactions();
        if (changed != expected) {
            throw new IllegalStateException("the kit stored " + changed + " of " + expected);
        }
        return changed;
    }

    /** The baseline: fetch a page, parse it, upsert it in one batch, commit; then the next page. */
    private record Raw(
            HikariDataSource dataSource,
            Dialect dialect,
            HttpClient client,
            JsonFactory json,
            FetchHarness.ServerHandle sandbox,
            String bearer) {

        void createTable() throws Exception {
            try (Connection db = dataSource.getConnection();
                    Statement statement = db.createStatement()) {
                statement.execute("DROP TABLE IF EXISTS bench_raw_transactions");
                statement.execute("CREATE TABLE bench_raw_transactions AS SELECT * FROM oxk_transactions WHERE 1 = 0");
                statement.execute("ALTER TABLE bench_raw_transactions ALTER COLUMN id SET NOT NULL");
                statement.execute("ALTER TABLE bench_raw_transactions ADD PRIMARY KEY (id)");
                // the same schema as the kit's table: its (account, date) index too, which every insert maintains
                statement.execute(
                        "CREATE INDEX bench_raw_account_date ON bench_raw_transactions (account_id, occurred_at, id)");
            }
        }

        void empty() throws Exception {
            try (Connection db = dataSource.getConnection();
                    Statement statement = db.createStatement()) {
                statement.execute("TRUNCATE TABLE bench_raw_transactions");
            }
        }

        String upsert() {
            return dialect == Dialect.H2
                    ? "MERGE INTO bench_raw_transactions (id, account_id, amount, amount_scale, currency, occurred_at, label, type, status)"
                            + " KEY (id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                    : "INSERT INTO bench_raw_transactions (id, account_id, amount, amount_scale, currency, occurred_at, label, type, status)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET amount = EXCLUDED.amount, label = EXCLUDED.label,"
                            + " status = EXCLUDED.status";
        }

        /** The pipeline: fetch a page, parse it, upsert it in one batch, commit; then the next page. */
        long sync(List<Account> accounts, long expected) throws Exception {
            long stored = 0;
            try (Connection db = dataSource.getConnection()) {
                db.setAutoCommit(false);
                try (PreparedStatement insert = db.prepareStatement(upsert())) {
                    for (Account account : accounts) {
                        for (int page = 1; ; page++) {
                            List<FetchHarness.RawTransaction> rows = FetchHarness.rawPage(
                                    client, json, sandbox.apiBaseUrl(), bearer, account.id(), page);
                            stored += write(db, insert, rows);
                            if (rows.size() < FetchHarness.PAGE) {
                                break;
                            }
                        }
                    }
                }
            }
            return checked("the baseline", stored, expected);
        }

        /** The store alone: each page already fetched and parsed, upserted in one batch and committed. */
        long store(List<List<FetchHarness.RawTransaction>> pages, long expected) throws Exception {
            long stored = 0;
            try (Connection db = dataSource.getConnection()) {
                db.setAutoCommit(false);
                try (PreparedStatement insert = db.prepareStatement(upsert())) {
                    for (List<FetchHarness.RawTransaction> rows : pages) {
                        stored += write(db, insert, rows);
                    }
                }
            }
            return checked("the raw store", stored, expected);
        }

        /** Fetch and parse alone: every page read into records, stored nowhere. */
        long fetchAndParse(List<Account> accounts, long expected) throws Exception {
            long read = 0;
            for (Account account : accounts) {
                read += FetchHarness.rawFetch(client, json, sandbox.apiBaseUrl(), bearer, account.id());
            }
            return checked("the raw fetch", read, expected);
        }

        /** Every page of every account, fetched and parsed once, for the store alone. */
        List<List<FetchHarness.RawTransaction>> fetchAll(List<Account> accounts) throws Exception {
            List<List<FetchHarness.RawTransaction>> pages = new java.util.ArrayList<>();
            for (Account account : accounts) {
                for (int page = 1; ; page++) {
                    List<FetchHarness.RawTransaction> rows =
                            FetchHarness.rawPage(client, json, sandbox.apiBaseUrl(), bearer, account.id(), page);
                    pages.add(rows);
                    if (rows.size() < FetchHarness.PAGE) {
                        break;
                    }
                }
            }
            return pages;
        }

        private static int write(Connection db, PreparedStatement insert, List<FetchHarness.RawTransaction> rows)
                throws Exception {
            for (FetchHarness.RawTransaction t : rows) {
                insert.setString(1, t.id());
                insert.setString(2, t.accountId());
                insert.setBigDecimal(3, t.amount());
                insert.setInt(4, t.amount().scale());
                insert.setString(5, t.currency());
                insert.setObject(6, LocalDateTime.ofInstant(t.date(), ZoneOffset.UTC));
                insert.setString(7, t.label());
                insert.setString(8, t.type());
                insert.setString(9, t.status());
                insert.addBatch();
            }
            insert.executeBatch();
            db.commit();
            return rows.size();
        }

        private static long checked(String side, long count, long expected) {
            if (count != expected) {
                throw new IllegalStateException(side + " handled " + count + " of " + expected);
            }
            return count;
        }
    }

    /** A pool on PostgreSQL (a fresh schema) or on a new H2 file ({@code h2Options} appended to its URL). */
    static HikariDataSource dataSource(String database, String h2Options) throws Exception {
        HikariConfig config = new HikariConfig();
        if (database.equals("postgres")) {
            config.setJdbcUrl("jdbc:postgresql://127.0.0.1:5432/test?currentSchema=bench_full_sync");
            config.setUsername("postgres");
            try (java.sql.Connection db = java.sql.DriverManager.getConnection(
                            "jdbc:postgresql://127.0.0.1:5432/test", "postgres", "");
                    Statement statement = db.createStatement()) {
                statement.execute("DROP SCHEMA IF EXISTS bench_full_sync CASCADE");
                statement.execute("CREATE SCHEMA bench_full_sync");
            }
        } else {
            config.setJdbcUrl(
                    "jdbc:h2:file:" + Files.createTempDirectory("oxk-full-sync").resolve("bench") + h2Options);
            config.setUsername("sa");
        }
        config.setMaximumPoolSize(4);
        return new HikariDataSource(config);
    }
}
