package io.oxlinkit.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.oxlinkit.adapter.jdbc.Dialect;
import io.oxlinkit.adapter.jdbc.JdbcStorage;
import io.oxlinkit.adapter.jdbc.SealingKeys;
import io.oxlinkit.domain.account.Transaction;
import io.oxlinkit.domain.id.AccountId;
import io.oxlinkit.testkit.fake.FakeOxlinApi;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Storing 1,000,000 transactions in batches of 500: through the adapter's {@code JdbcTransactionStore}
 * (idempotent, all-or-nothing batches) against a raw JDBC batch of the same idempotent upsert
 * ({@code MERGE} on H2, {@code ON CONFLICT DO NOTHING} on PostgreSQL) into an identical table, in the
 * same run. Usage: {@code StoreHarness h2|postgres [rows] [runs]}.
 */
public final class StoreHarness {

    private static final int BATCH = 500;

    private StoreHarness() {}

    public static void main(String[] args) throws Exception {
        String database = args.length > 0 ? args[0] : "h2";
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        try (HikariDataSource dataSource = dataSource(database)) {
            JdbcStorage storage = JdbcStorage.open(dataSource, SealingKeys.current("bench", new byte[32]));
            Dialect dialect = storage.dialect();
            try (Connection db = dataSource.getConnection();
                    Statement statement = db.createStatement()) {
                statement.execute("DROP TABLE IF EXISTS bench_raw_transactions");
                statement.execute("CREATE TABLE bench_raw_transactions AS SELECT * FROM oxk_transactions WHERE 1 = 0");
                statement.execute("ALTER TABLE bench_raw_transactions ALTER COLUMN id SET NOT NULL");
                statement.execute("ALTER TABLE bench_raw_transactions ADD PRIMARY KEY (id)");
            }
            String raw = dialect == Dialect.H2
                    ? "MERGE INTO bench_raw_transactions (id, account_id, amount, amount_scale, currency, occurred_at, label, type, status,"
                            + " booking_date, value_date, import_date) KEY (id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                    : "INSERT INTO bench_raw_transactions (id, account_id, amount, amount_scale, currency, occurred_at, label, type, status,"
                            + " booking_date, value_date, import_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING";
            int[] round = {0};
            System.out.println("warming up on " + database + "...");
            adapter(storage, clean(dataSource), rows, "warm" + round[0]++);
            rawBatch(dataSource, raw, rows, "warm" + round[0]++);
            Harness.Side[] sides = Harness.compare(
                    "JdbcTransactionStore",
                    () -> adapter(storage, clean(dataSource), rows, "run" + round[0]++),
                    "raw JDBC batch",
                    () -> rawBatch(clean(dataSource), raw, rows, "run" + round[0]++),
                    runs);
            Harness.report("store " + rows + " transactions on " + database, sides);
        }
    }

    private static long adapter(JdbcStorage storage, DataSource unused, int rows, String prefix) {
        AccountId account = AccountId.of(prefix);
        long stored = 0;
        for (int from = 0; from < rows; from += BATCH) {
            List<Transaction> batch = new ArrayList<>(BATCH);
            for (int i = from; i < Math.min(rows, from + BATCH); i++) {
                batch.add(FakeOxlinApi.transaction(account, i));
            }
            stored += storage.transactions().saveBatch(batch);
        }
        if (stored != rows) {
            throw new IllegalStateException("stored " + stored + " of " + rows);
        }
        return stored;
    }

    private static long rawBatch(DataSource dataSource, String sql, int rows, String prefix) throws Exception {
        AccountId account = AccountId.of(prefix);
        try (Connection db = dataSource.getConnection()) {
            db.setAutoCommit(false);
            try (PreparedStatement insert = db.prepareStatement(sql)) {
                for (int from = 0; from < rows; from += BATCH) {
                    for (int i = from; i < Math.min(rows, from + BATCH); i++) {
                        Transaction t = FakeOxlinApi.transaction(account, i);
                        insert.setString(1, t.id().value());
                        insert.setString(2, t.accountId().value());
                        insert.setBigDecimal(3, t.amount().amount());
                        insert.setInt(4, t.amount().amount().scale());
                        insert.setString(5, t.amount().currency().getCurrencyCode());
                        insert.setObject(6, LocalDateTime.ofInstant(t.date(), ZoneOffset.UTC));
                        insert.setString(7, t.label());
                        insert.setString(8, t.type().name());
                        insert.setString(9, t.status().name());
                        insert.setNull(10, java.sql.Types.TIMESTAMP);
                        insert.setNull(11, java.sql.Types.TIMESTAMP);
                        insert.setNull(12, java.sql.Types.TIMESTAMP);
                        insert.addBatch();
                    }
                    insert.executeBatch();
                    db.commit();
                }
            }
        }
        return rows;
    }

    private static DataSource clean(DataSource dataSource) throws Exception {
        try (Connection db = dataSource.getConnection();
                Statement statement = db.createStatement()) {
            statement.execute("DELETE FROM oxk_transactions");
            statement.execute("DELETE FROM bench_raw_transactions");
        }
        return dataSource;
    }

    private static HikariDataSource dataSource(String database) throws Exception {
        HikariConfig config = new HikariConfig();
        if (database.equals("postgres")) {
            config.setJdbcUrl("jdbc:postgresql://127.0.0.1:5432/test");
            config.setUsername("postgres");
        } else {
            Path dir = Files.createTempDirectory("oxk-bench-h2");
            config.setJdbcUrl("jdbc:h2:file:" + dir.resolve("bench"));
            config.setUsername("sa");
        }
        config.setMaximumPoolSize(2);
        return new HikariDataSource(config);
    }
}
