package io.oxlinkit.adapter.jdbc;

import io.oxlinkit.adapter.jdbc.codec.WireValues;
import io.oxlinkit.application.port.StorageException;
import io.oxlinkit.application.port.SyncCursor;
import io.oxlinkit.application.port.TransactionStore;
import io.oxlinkit.domain.account.Money;
import io.oxlinkit.domain.account.Transaction;
import io.oxlinkit.domain.account.TransactionStatus;
import io.oxlinkit.domain.account.TransactionType;
import io.oxlinkit.domain.id.AccountId;
import io.oxlinkit.domain.id.TransactionId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@link TransactionStore} on JDBC. A batch is written in one transaction with one batched statement:
 * {@code ON CONFLICT DO NOTHING} on PostgreSQL, {@code INSERT IGNORE} on MariaDB, and on H2 an insert of
 * the rows a lookup found absent (MariaDB likewise, as its batches report no per-row counts). If a concurrent writer inserts the same rows first, the batch is
 * rolled back and written again (at most three times), so it stays idempotent and all-or-nothing.
 */
public final class JdbcTransactionStore implements TransactionStore {

    private static final List<String> COLUMNS = List.of("id", "account_id", "amount", "amount_scale", "currency", "occurred_at", "label",
            "type", "status", "booking_date", "value_date", "import_date");
    private static final int ATTEMPTS = 5;

    private final Jdbc jdbc;
    private final Optional<String> insertIfAbsent;
    private final String plainInsert;
    private volatile boolean countsUnreliable;

    JdbcTransactionStore(Jdbc jdbc) {
        this.jdbc = jdbc;
        this.insertIfAbsent = jdbc.dialect().insertIfAbsent("oxk_transactions", "id", COLUMNS);
        this.plainInsert = "INSERT INTO oxk_transactions (" + String.join(", ", COLUMNS) + ") VALUES ("
                + COLUMNS.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
    }

    @Override
    public int saveBatch(List<Transaction> batch) {
        if (batch.isEmpty()) {
            return 0;
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return jdbc.inTransaction("saving " + batch.size() + " transactions", db -> write(db, batch));
            } catch (StorageException failure) {
                boolean raced = failure.getCause() instanceof SQLException sql && Jdbc.isRace(sql);
                if (!raced || attempt >= ATTEMPTS) {
                    throw failure;
                }
            }
        }
    }

    private int write(Connection db, List<Transaction> batch) throws SQLException {
        boolean lookup = insertIfAbsent.isEmpty() || countsUnreliable;
        Set<String> seen = lookup ? existingIds(db, batch) : new HashSet<>();
        List<Transaction> toWrite = new ArrayList<>(batch.size());
        for (Transaction transaction : batch) {
            if (seen.add(transaction.id().value())) {
                toWrite.add(transaction);
            }
        }
        if (toWrite.isEmpty()) {
            return 0;
        }
        try (PreparedStatement insert = db.prepareStatement(insertIfAbsent.orElse(plainInsert))) {
            for (Transaction transaction : toWrite) {
                bind(insert, transaction);
                insert.addBatch();
            }
            int[] counts = insert.executeBatch();
            if (lookup) {
                return toWrite.size();
            }
            int added = 0;
            for (int count : counts) {
                if (count == Statement.SUCCESS_NO_INFO) {
                    // The driver rewrites batches and reports no per-row count: look rows up from now on.
                    countsUnreliable = true;
                    return toWrite.size();
                }
                added += Math.max(0, count);
            }
            return added;
        }
    }

    private static Set<String> existingIds(Connection db, List<Transaction> batch) throws SQLException {
        Set<String> existing = new HashSet<>();
        String marks = batch.stream().map(t -> "?").collect(Collectors.joining(", "));
        try (PreparedStatement select = db.prepareStatement("SELECT id FROM oxk_transactions WHERE id IN (" + marks + ")")) {
            for (int i = 0; i < batch.size(); i++) {
                select.setString(i + 1, batch.get(i).id().value());
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    existing.add(rows.getString(1));
                }
            }
        }
        return existing;
    }

    private static void bind(PreparedStatement statement, Transaction t) throws SQLException {
        statement.setString(1, t.id().value());
        statement.setString(2, t.accountId().value());
        statement.setBigDecimal(3, StoredBounds.amount("transaction.amount", t.amount().amount()));
        statement.setInt(4, t.amount().amount().scale());
        statement.setString(5, t.amount().currency().getCurrencyCode());
        Jdbc.setInstant(statement, 6, t.date());
        statement.setString(7, StoredBounds.text("transaction.label", t.label()));
        statement.setString(8, t.rawType());
        statement.setString(9, t.rawStatus());
        Jdbc.setInstant(statement, 10, t.bookingDate());
        Jdbc.setInstant(statement, 11, t.valueDate());
        Jdbc.setInstant(statement, 12, t.importDate());
    }

    @Override
    public List<Transaction> findByAccount(AccountId accountId, int offset, int limit) {
        return jdbc.inTransaction("reading transactions", db -> {
            try (PreparedStatement select = db.prepareStatement("SELECT " + String.join(", ", COLUMNS)
                    + " FROM oxk_transactions WHERE account_id = ? ORDER BY occurred_at DESC, id ASC LIMIT ? OFFSET ?")) {
                select.setString(1, accountId.value());
                select.setInt(2, limit);
                select.setInt(3, offset);
                List<Transaction> page = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        page.add(WireValues.transaction(TransactionId.of(rows.getString("id")), AccountId.of(rows.getString("account_id")),
                                new Money(rows.getBigDecimal("amount").setScale(rows.getInt("amount_scale")),
                                        Currency.getInstance(rows.getString("currency").trim())),
                                Jdbc.instant(rows, "occurred_at").orElseThrow(), rows.getString("label"),
                                rows.getString("type"), rows.getString("status"),
                                Jdbc.instant(rows, "booking_date"), Jdbc.instant(rows, "value_date"), Jdbc.instant(rows, "import_date")));
                    }
                }
                return page;
            }
        });
    }

    @Override
    public long count(AccountId accountId) {
        return jdbc.inTransaction("counting transactions", db -> {
            try (PreparedStatement select = db.prepareStatement("SELECT COUNT(*) FROM oxk_transactions WHERE account_id = ?")) {
                select.setString(1, accountId.value());
                try (ResultSet rows = select.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        });
    }

    @Override
    public Optional<SyncCursor> cursor(AccountId accountId) {
        return jdbc.inTransaction("reading a sync cursor", db -> {
            try (PreparedStatement select = db.prepareStatement("SELECT next_page, complete FROM oxk_sync_cursors WHERE account_id = ?")) {
                select.setString(1, accountId.value());
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(new SyncCursor(accountId, rows.getInt(1), rows.getBoolean(2))) : Optional.empty();
                }
            }
        });
    }

    @Override
    public void saveCursor(SyncCursor cursor) {
        String upsert = jdbc.dialect().upsert("oxk_sync_cursors", List.of("account_id"), List.of("account_id", "next_page", "complete"));
        jdbc.inTransaction("saving a sync cursor", db -> {
            try (PreparedStatement statement = db.prepareStatement(upsert)) {
                statement.setString(1, cursor.accountId().value());
                statement.setInt(2, cursor.nextPage());
                statement.setBoolean(3, cursor.complete());
                return statement.executeUpdate();
            }
        });
    }

    @Override
    public void deleteByAccount(AccountId accountId) {
        jdbc.inTransaction("deleting transactions", db -> {
            for (String table : List.of("oxk_transactions", "oxk_sync_cursors")) {
                try (PreparedStatement delete = db.prepareStatement("DELETE FROM " + table + " WHERE account_id = ?")) {
                    delete.setString(1, accountId.value());
                    delete.executeUpdate();
                }
            }
            return null;
        });
    }
}
