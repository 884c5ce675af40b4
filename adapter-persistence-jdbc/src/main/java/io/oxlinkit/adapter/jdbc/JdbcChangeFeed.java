package io.oxlinkit.adapter.jdbc;

import io.oxlinkit.adapter.jdbc.codec.AccountJson;
import io.oxlinkit.adapter.jdbc.codec.TransactionJson;
import io.oxlinkit.application.port.ChangeFeed;
import io.oxlinkit.domain.account.Account;
import io.oxlinkit.domain.account.Transaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link ChangeFeed} on JDBC. {@link JdbcTransactionStore} and {@link JdbcAccountStore} append within their own transaction: it locks the
 * one counter row of {@code oxk_feed_sequence} first and moves it forward by the batch's size; the row lock
 * makes positions follow commit order (a reader never sees position n+1 before n), and a rolled-back write leaves no gap.
 * An account's consecutive transaction changes of one write share a row, a run ({@link FeedRuns}); a page is read
 * from the rows its positions need ({@link FeedReader}). Each consumer's acknowledged position lives in
 * {@code oxk_feed_cursors}.
 */
public final class JdbcChangeFeed implements ChangeFeed {

    /** One transaction change about to be appended. */
    record Change(ChangeKind kind, Transaction transaction) {}

    /** One account change about to be appended. */
    record AccountRow(AccountChangeKind kind, Account account) {}

    private static final String TRANSACTION = "TRANSACTION";
    private static final String ACCOUNT = "ACCOUNT";

    private final Jdbc jdbc;
    private final Clock clock;
    private final TransactionJson json = new TransactionJson();
    private final AccountJson accountJson = new AccountJson();
    private final FeedRuns runs = new FeedRuns(json);
    private final FeedReader reader = new FeedReader(this::entries);
    private final MultiRowInsert<Positioned> insert = new MultiRowInsert<>(
            "oxk_changes",
            List.of("position", "span", "subject", "account_id", "transaction_id", "kind", "payload", "recorded_at"),
            row -> new Object[] {
                row.position(),
                row.change().span(),
                row.change().subject(),
                row.change().accountId(),
                row.change().transactionId(),
                row.change().kind(),
                row.change().payload(),
                row.recordedAt()
            });

    JdbcChangeFeed(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Takes the feed's lock for the caller's transaction (writers take it before any transaction row) and
     * returns the next free position, which nobody else can take until that transaction ends.
     */
    long lock(Connection db) throws SQLException {
        try (PreparedStatement select =
                        db.prepareStatement("SELECT next_position FROM oxk_feed_sequence WHERE id = 1 FOR UPDATE");
                ResultSet rows = select.executeQuery()) {
            if (!rows.next()) {
                throw new SQLException("the change feed's sequence row is missing (run the migrations)");
            }
            return rows.getLong(1);
        }
    }

    /**
     * Appends {@code changes} from position {@code first} (what {@link #lock} returned) inside the caller's
     * transaction: one position each, an account's consecutive changes held in runs ({@link FeedRuns}).
     */
    void append(Connection db, long first, List<Change> changes) throws SQLException {
        appendRows(db, first, runs.rows(TRANSACTION, changes));
    }

    /** Appends account changes from position {@code first} (what {@link #lock} returned) inside the caller's transaction. */
    void appendAccounts(Connection db, long first, List<AccountRow> changes) throws SQLException {
        appendRows(
                db,
                first,
                changes.stream()
                        .map(c -> new FeedRuns.Row(
                                ACCOUNT,
                                c.kind().name(),
                                c.account().id().value(),
                                "",
                                accountJson.write(c.account()),
                                1))
                        .toList());
    }

    private record Positioned(long position, FeedRuns.Row change, java.time.Instant recordedAt) {}

    private void appendRows(Connection db, long first, List<FeedRuns.Row> changes) throws SQLException {
        if (changes.isEmpty()) {
            return;
        }
        java.time.Instant now = clock.instant();
        List<Positioned> rows = new ArrayList<>(changes.size());
        long position = first;
        for (FeedRuns.Row change : changes) {
            rows.add(new Positioned(position, change, now));
            position += change.span();
        }
        try (PreparedStatement bump =
                db.prepareStatement("UPDATE oxk_feed_sequence SET next_position = ? WHERE id = 1")) {
            bump.setLong(1, position);
            bump.executeUpdate();
        }
        insert.insert(db, rows);
    }

    @Override
    public Page changesSince(String consumer, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
        return jdbc.inTransaction("reading the change feed", db -> reader.read(db, cursor(db, consumer), limit));
    }

    private List<? extends Entry> entries(
            long position, int span, String subject, String kind, String accountId, String payload) {
        if (ACCOUNT.equals(subject)) {
            return List.of(new AccountChange(position, AccountChangeKind.valueOf(kind), accountJson.read(payload)));
        }
        if (span > 1 || FeedRuns.RUN.equals(kind)) {
            return runs.entries(position, span, accountId, payload);
        }
        return List.of(new TransactionChange(position, FeedRuns.kind(kind), json.read(payload)));
    }

    @Override
    public long head() {
        return jdbc.inTransaction("reading the change feed's head", db -> {
            try (PreparedStatement select =
                            db.prepareStatement("SELECT next_position FROM oxk_feed_sequence WHERE id = 1");
                    ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getLong(1) - 1 : 0L;
            }
        });
    }

    @Override
    public void acknowledge(String consumer, long position) {
        jdbc.inTransaction("acknowledging the change feed", db -> {
            try (PreparedStatement update = db.prepareStatement(
                    "UPDATE oxk_feed_cursors SET position = ? WHERE consumer = ? AND position < ?")) {
                update.setLong(1, position);
                update.setString(2, consumer);
                update.setLong(3, position);
                if (update.executeUpdate() == 1 || exists(db, consumer)) {
                    return null;
                }
            }
            try (PreparedStatement insert =
                    db.prepareStatement("INSERT INTO oxk_feed_cursors (consumer, position) VALUES (?, ?)")) {
                insert.setString(1, consumer);
                insert.setLong(2, position);
                insert.executeUpdate();
            }
            return null;
        });
    }

    private static long cursor(Connection db, String consumer) throws SQLException {
        try (PreparedStatement select =
                db.prepareStatement("SELECT position FROM oxk_feed_cursors WHERE consumer = ?")) {
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

    @Override
    public int eraseAccount(io.oxlinkit.domain.id.AccountId account) {
        return jdbc.inTransaction("erasing an account's changes", db -> {
            long erased;
            try (PreparedStatement count =
                    db.prepareStatement("SELECT COALESCE(SUM(span), 0) FROM oxk_changes WHERE account_id = ?")) {
                count.setString(1, account.value());
                try (ResultSet rows = count.executeQuery()) {
                    rows.next();
                    erased = rows.getLong(1);
                }
            }
            try (PreparedStatement delete = db.prepareStatement("DELETE FROM oxk_changes WHERE account_id = ?")) {
                delete.setString(1, account.value());
                delete.executeUpdate();
            }
            return (int) Math.min(Integer.MAX_VALUE, erased);
        });
    }
}
