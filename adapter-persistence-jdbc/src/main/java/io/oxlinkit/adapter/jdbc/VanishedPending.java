package io.oxlinkit.adapter.jdbc;

import io.oxlinkit.application.port.ChangeFeed;
import io.oxlinkit.application.port.TransactionStore.DateWindow;
import io.oxlinkit.domain.account.Transaction;
import io.oxlinkit.domain.id.AccountId;
import io.oxlinkit.domain.id.TransactionId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The end of a read: the account's stored PENDING transactions dated inside the read's window that the bank no
 * longer served are marked removed (tombstones) and fed as REMOVED, under the feed's lock, in one transaction.
 */
final class VanishedPending {

    private final Jdbc jdbc;
    private final JdbcChangeFeed feed;
    private final java.time.Clock clock;
    private final String columns;

    VanishedPending(Jdbc jdbc, JdbcChangeFeed feed, java.time.Clock clock, String columns) {
        this.jdbc = jdbc;
        this.feed = feed;
        this.clock = clock;
        this.columns = columns;
    }

    int remove(AccountId accountId, DateWindow window, Set<TransactionId> served) {
        return jdbc.inTransaction("removing vanished pending transactions", db -> {
            long next = feed.lock(db);
            List<Transaction> vanished = new ArrayList<>();
            // the window's dates bound the scan on the (account, date) index: an incremental read's window is a week
            String dates = (window.after().isPresent() ? " AND occurred_at >= ?" : "")
                    + (window.upTo().isPresent() ? " AND occurred_at <= ?" : "");
            try (PreparedStatement select = db.prepareStatement("SELECT " + columns + " FROM oxk_transactions"
                    + " WHERE account_id = ? AND status = ? AND removed_at IS NULL" + dates + " FOR UPDATE")) {
                select.setString(1, accountId.value());
                select.setString(2, io.oxlinkit.domain.account.TransactionStatus.PENDING.name());
                int parameter = 3;
                if (window.after().isPresent()) {
                    Jdbc.setInstant(
                            select,
                            parameter++,
                            bounded(window.after().get()).truncatedTo(java.time.temporal.ChronoUnit.MICROS));
                }
                if (window.upTo().isPresent()) {
                    Jdbc.setInstant(
                            select,
                            parameter,
                            bounded(window.upTo().get()).plus(1, java.time.temporal.ChronoUnit.MICROS));
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        Transaction pending = StoredTransactions.read(rows);
                        if (window.contains(pending.date()) && !served.contains(pending.id())) {
                            vanished.add(pending);
                        }
                    }
                }
            }
            if (vanished.isEmpty()) {
                return 0;
            }
            try (PreparedStatement mark =
                    db.prepareStatement("UPDATE oxk_transactions SET removed_at = ? WHERE id = ?")) {
                for (Transaction gone : vanished) {
                    Jdbc.setInstant(mark, 1, clock.instant());
                    mark.setString(2, gone.id().value());
                    mark.addBatch();
                }
                mark.executeBatch();
            }
            feed.append(
                    db,
                    next,
                    vanished.stream()
                            .map(t -> new JdbcChangeFeed.Change(ChangeFeed.ChangeKind.REMOVED, t))
                            .toList());
            return vanished.size();
        });
    }

    /** An instant the databases can hold (a window's open ends are MIN or MAX); the exact test is {@code window.contains}. */
    private static java.time.Instant bounded(java.time.Instant instant) {
        java.time.Instant earliest = java.time.Instant.parse("0001-01-01T00:00:00Z");
        java.time.Instant latest = java.time.Instant.parse("9999-12-31T23:59:59Z");
        return instant.isBefore(earliest) ? earliest : instant.isAfter(latest) ? latest : instant;
    }
}
