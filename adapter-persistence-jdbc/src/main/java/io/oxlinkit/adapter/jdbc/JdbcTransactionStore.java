package io.oxlinkit.adapter.jdbc;

import io.oxlinkit.application.port.ChangeFeed;
import io.oxlinkit.application.port.StorageException;
import io.oxlinkit.application.port.SyncCursor;
import io.oxlinkit.application.port.TransactionStore;
import io.oxlinkit.domain.account.Transaction;
import io.oxlinkit.domain.id.AccountId;
import io.oxlinkit.domain.id.TransactionId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@link TransactionStore} on JDBC. A batch is written in one transaction: the batch's stored rows are
 * locked ({@code SELECT ... FOR UPDATE}), new transactions inserted and changed ones updated in batched
 * statements, and each addition and change appended to the change feed ({@link JdbcChangeFeed}) before
 * the commit. If a concurrent writer inserts the same rows first, the batch is rolled back and written again
 * (at most five times), so it stays all-or-nothing and records each change once.
 */
public final class JdbcTransactionStore implements TransactionStore {

    private static final List<String> COLUMNS = List.of(
            "id",
            "account_id",
            "amount",
            "amount_scale",
            "currency",
            "occurred_at",
            "label",
            "type",
            "status",
            "booking_date",
            "value_date",
            "import_date");
    private static final int ATTEMPTS = 5;

    private final Jdbc jdbc;
    private final JdbcChangeFeed feed;
    private final MultiRowInsert<Transaction> insert =
            new MultiRowInsert<>("oxk_transactions", COLUMNS, t -> new Object[] {
                t.id().value(),
                t.accountId().value(),
                StoredBounds.amount("transaction.amount", t.amount().amount()),
                t.amount().amount().scale(),
                t.amount().currency().getCurrencyCode(),
                t.date(),
                StoredBounds.text("transaction.label", t.label()),
                t.rawType(),
                t.rawStatus(),
                t.bookingDate(),
                t.valueDate(),
                t.importDate()
            });
    private final String update;
    private final SyncCursors cursors;

    private final VanishedPending vanished;

    JdbcTransactionStore(Jdbc jdbc, JdbcChangeFeed feed, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.feed = feed;
        this.vanished = new VanishedPending(jdbc, feed, clock, String.join(", ", COLUMNS));
        this.cursors = new SyncCursors(jdbc.dialect());
        this.update = "UPDATE oxk_transactions SET "
                + COLUMNS.stream().skip(1).map(c -> c + " = ?").collect(Collectors.joining(", "))
                + ", removed_at = NULL WHERE id = ?";
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

    /**
     * Takes the feed's lock, locks the batch's stored rows, adds the new transactions, replaces the changed
     * ones and appends each addition and change to the feed, all in one database transaction. Every writer
     * takes the feed's lock first, so writers never deadlock on each other's rows and a change is recorded
     * once; the price is that batch writes are serialized on the database (measured in issue 21's benchmark).
     */
    private int write(Connection db, List<Transaction> batch) throws SQLException {
        long next = feed.lock(db);
        jdbc.dialect().lookUpByIndex(db);
        Set<String> removed = new HashSet<>();
        Map<String, Transaction> stored = lockedRows(db, batch, removed);
        List<Transaction> added = new ArrayList<>();
        List<Transaction> modified = new ArrayList<>();
        List<JdbcChangeFeed.Change> changes = new ArrayList<>();
        for (Transaction transaction : firstOfEachId(batch)) {
            Transaction before = stored.get(transaction.id().value());
            if (before == null) {
                added.add(transaction);
                changes.add(new JdbcChangeFeed.Change(ChangeFeed.ChangeKind.ADDED, transaction));
            } else if (removed.contains(transaction.id().value())
                    || !before.equals(StoredTransactions.asStored(transaction))) {
                modified.add(transaction);
                changes.add(new JdbcChangeFeed.Change(ChangeFeed.ChangeKind.MODIFIED, transaction));
            }
        }
        insert.insert(db, added);
        if (!modified.isEmpty()) {
            try (PreparedStatement statement = db.prepareStatement(update)) {
                for (Transaction transaction : modified) {
                    bindUpdate(statement, transaction);
                    statement.addBatch();
                }
                statement.executeBatch();
            }
        }
        feed.append(db, next, changes);
        return changes.size();
    }

    @Override
    public int removeVanishedPending(AccountId accountId, DateWindow window, Set<TransactionId> served) {
        return vanished.remove(accountId, window, served);
    }

    private Map<String, Transaction> lockedRows(Connection db, List<Transaction> batch, Set<String> removed)
            throws SQLException {
        Map<String, Transaction> rows = new java.util.HashMap<>();
        List<String> ids = batch.stream().map(t -> t.id().value()).toList();
        for (KeyList chunk : KeyList.chunks(jdbc.dialect(), ids)) {
            try (PreparedStatement select = db.prepareStatement("SELECT " + String.join(", ", COLUMNS)
                    + ", removed_at FROM oxk_transactions WHERE id " + chunk.condition() + " FOR UPDATE")) {
                chunk.bind(db, select, 1);
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        Transaction transaction = StoredTransactions.read(result);
                        rows.put(transaction.id().value(), transaction);
                        if (result.getObject("removed_at") != null) {
                            removed.add(transaction.id().value());
                        }
                    }
                }
            }
        }
        return rows;
    }

    /** Binds the update's values, then the id of the row it changes. */
    private static void bindUpdate(PreparedStatement statement, Transaction t) throws SQLException {
        statement.setString(bindValues(statement, t, 1), t.id().value());
    }

    /** Binds the columns after the id from {@code first} on, in {@link #COLUMNS} order; returns the next index. */
    private static int bindValues(PreparedStatement statement, Transaction t, int first) throws SQLException {
        int i = first;
        statement.setString(i++, t.accountId().value());
        statement.setBigDecimal(
                i++, StoredBounds.amount("transaction.amount", t.amount().amount()));
        statement.setInt(i++, t.amount().amount().scale());
        statement.setString(i++, t.amount().currency().getCurrencyCode());
        Jdbc.setInstant(statement, i++, t.date());
        statement.setString(i++, StoredBounds.text("transaction.label", t.label()));
        statement.setString(i++, t.rawType());
        statement.setString(i++, t.rawStatus());
        Jdbc.setInstant(statement, i++, t.bookingDate());
        Jdbc.setInstant(statement, i++, t.valueDate());
        Jdbc.setInstant(statement, i++, t.importDate());
        return i;
    }

    @Override
    public List<Transaction> findByAccount(AccountId accountId, int offset, int limit) {
        return jdbc.inTransaction("reading transactions", db -> {
            try (PreparedStatement select = db.prepareStatement(
                    "SELECT " + String.join(", ", COLUMNS)
                            + " FROM oxk_transactions WHERE account_id = ? AND removed_at IS NULL ORDER BY occurred_at DESC, id ASC LIMIT ? OFFSET ?")) {
                select.setString(1, accountId.value());
                select.setInt(2, limit);
                select.setInt(3, offset);
                List<Transaction> page = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        page.add(StoredTransactions.read(rows));
                    }
                }
                return page;
            }
        });
    }

    @Override
    public boolean holdsAny(AccountId accountId) {
        return jdbc.inTransaction("looking transactions up", db -> {
            try (PreparedStatement select =
                    db.prepareStatement("SELECT 1 FROM oxk_transactions WHERE account_id = ? LIMIT 1")) {
                select.setString(1, accountId.value());
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next();
                }
            }
        });
    }

    @Override
    public long count(AccountId accountId) {
        return jdbc.inTransaction("counting transactions", db -> {
            try (PreparedStatement select = db.prepareStatement(
                    "SELECT COUNT(*) FROM oxk_transactions WHERE account_id = ? AND removed_at IS NULL")) {
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
        return jdbc.inTransaction("reading a sync cursor", db -> cursors.read(db, accountId));
    }

    @Override
    public void saveCursor(SyncCursor cursor) {
        jdbc.inTransaction("saving a sync cursor", db -> cursors.write(db, cursor));
    }

    /** The page and the cursor past it in one database transaction: one commit a page, and never one without the other. */
    @Override
    public int saveBatchAndCursor(List<Transaction> batch, SyncCursor cursor) {
        for (int attempt = 1; ; attempt++) {
            try {
                return jdbc.inTransaction("saving " + batch.size() + " transactions and a cursor", db -> {
                    OptionalInt asNew = batch.isEmpty() ? OptionalInt.of(0) : writeAsNew(db, batch);
                    int changed = asNew.isPresent() ? asNew.getAsInt() : write(db, batch);
                    cursors.write(db, cursor);
                    return changed;
                });
            } catch (StorageException failure) {
                boolean raced = failure.getCause() instanceof SQLException sql && Jdbc.isRace(sql);
                if (!raced || attempt >= ATTEMPTS) {
                    throw failure;
                }
            }
        }
    }

    /**
     * A full read's page is nearly always new: it is first inserted whole, with no lookup, every row an addition,
     * under the feed's lock (so no other writer can add the same rows meanwhile). If any of its ids is stored
     * already (a resumed read, a tombstone) the database refuses the insert; the attempt is rolled back to its
     * savepoint and answers empty, and the caller writes the page with change detection.
     */
    private OptionalInt writeAsNew(Connection db, List<Transaction> batch) throws SQLException {
        long next = feed.lock(db);
        List<Transaction> rows = firstOfEachId(batch);
        java.sql.Savepoint before = db.setSavepoint();
        try {
            insert.insert(db, rows);
        } catch (SQLException refused) {
            if (!Jdbc.isDuplicateKey(refused)) {
                throw refused;
            }
            db.rollback(before);
            return OptionalInt.empty();
        }
        feed.append(
                db,
                next,
                rows.stream()
                        .map(t -> new JdbcChangeFeed.Change(ChangeFeed.ChangeKind.ADDED, t))
                        .toList());
        return OptionalInt.of(rows.size());
    }

    /** The batch with each id once, at its first occurrence: a page that repeats an entry stores it once. */
    private static List<Transaction> firstOfEachId(List<Transaction> batch) {
        Map<String, Transaction> first = new java.util.LinkedHashMap<>();
        batch.forEach(t -> first.putIfAbsent(t.id().value(), t));
        return List.copyOf(first.values());
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

    @Override
    public int purgeTombstones(java.time.Instant removedBefore) {
        return jdbc.update(
                "purging tombstones",
                "DELETE FROM oxk_transactions WHERE removed_at IS NOT NULL AND removed_at < ?",
                removedBefore);
    }
}
