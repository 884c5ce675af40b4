package io.oxlinkit.adapter.jdbc;

import io.oxlinkit.adapter.jdbc.codec.TransactionJson;
import io.oxlinkit.application.port.ChangeFeed;
import io.oxlinkit.domain.account.Transaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link ChangeFeed} on JDBC. {@link JdbcTransactionStore} appends within its own transaction: it locks the
 * one counter row of {@code oxk_feed_sequence} first and moves it forward by the batch's size; the row lock
 * makes positions follow commit order (a reader never sees position n+1 before n), and a rolled-back write leaves no gap.
 * Each consumer's acknowledged position lives in {@code oxk_feed_cursors}.
 */
public final class JdbcChangeFeed implements ChangeFeed {

    /** One change about to be appended. */
    record Change(ChangeKind kind, Transaction transaction) {
    }

    private final Jdbc jdbc;
    private final Clock clock;
    private final TransactionJson json = new TransactionJson();

    JdbcChangeFeed(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Takes the feed's lock for the caller's transaction (writers take it before any transaction row) and
     * returns the next free position, which nobody else can take until that transaction ends.
     */
    long lock(Connection db) throws SQLException {
        try (PreparedStatement select = db.prepareStatement("SELECT next_position FROM oxk_feed_sequence WHERE id = 1 FOR UPDATE");
             ResultSet rows = select.executeQuery()) {
            if (!rows.next()) {
                throw new SQLException("the change feed's sequence row is missing (run the migrations)");
            }
            return rows.getLong(1);
        }
    }

    /** Appends {@code changes} from position {@code first} (what {@link #lock} returned) inside the caller's transaction. */
    void append(Connection db, long first, List<Change> changes) throws SQLException {
        if (changes.isEmpty()) {
            return;
        }
        try (PreparedStatement bump = db.prepareStatement("UPDATE oxk_feed_sequence SET next_position = ? WHERE id = 1")) {
            bump.setLong(1, first + changes.size());
            bump.executeUpdate();
        }
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO oxk_changes (position, account_id, transaction_id, kind, payload,"
                + " recorded_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            long position = first;
            for (Change change : changes) {
                insert.setLong(1, position++);
                insert.setString(2, change.transaction().accountId().value());
                insert.setString(3, change.transaction().id().value());
                insert.setString(4, change.kind().name());
                insert.setString(5, json.write(change.transaction()));
                Jdbc.setInstant(insert, 6, clock.instant());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    @Override
    public Page changesSince(String consumer, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
        return jdbc.inTransaction("reading the change feed", db -> {
            long from = cursor(db, consumer);
            List<Entry> entries = new ArrayList<>();
            try (PreparedStatement select = db.prepareStatement("SELECT position, kind, payload FROM oxk_changes WHERE position > ?"
                    + " ORDER BY position LIMIT ?")) {
                select.setLong(1, from);
                select.setInt(2, limit + 1);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        entries.add(new Entry(rows.getLong(1), ChangeKind.valueOf(rows.getString(2)), json.read(rows.getString(3))));
                    }
                }
            }
            boolean more = entries.size() > limit;
            List<Entry> page = more ? entries.subList(0, limit) : entries;
            return new Page(page, page.isEmpty() ? from : page.get(page.size() - 1).position(), more);
        });
    }

    @Override
    public long head() {
        return jdbc.inTransaction("reading the change feed's head", db -> {
            try (PreparedStatement select = db.prepareStatement("SELECT next_position FROM oxk_feed_sequence WHERE id = 1");
                 ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getLong(1) - 1 : 0L;
            }
        });
    }

    @Override
    public void acknowledge(String consumer, long position) {
        jdbc.inTransaction("acknowledging the change feed", db -> {
            try (PreparedStatement update = db.prepareStatement("UPDATE oxk_feed_cursors SET position = ? WHERE consumer = ? AND position < ?")) {
                update.setLong(1, position);
                update.setString(2, consumer);
                update.setLong(3, position);
                if (update.executeUpdate() == 1 || exists(db, consumer)) {
                    return null;
                }
            }
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO oxk_feed_cursors (consumer, position) VALUES (?, ?)")) {
                insert.setString(1, consumer);
                insert.setLong(2, position);
                insert.executeUpdate();
            }
            return null;
        });
    }

    private static long cursor(Connection db, String consumer) throws SQLException {
        try (PreparedStatement select = db.prepareStatement("SELECT position FROM oxk_feed_cursors WHERE consumer = ?")) {
            select.setString(1, consumer);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getLong(1) : 0L;
            }
        }
    }

    private static boolean exists(Connection db, String consumer) throws SQLException {
        try (PreparedStatement select = db.prepareStatement("SELECT 1 FROM oxk_feed_cursors WHERE consumer = ?")) {
            select.setString(1, consumer);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }
}
