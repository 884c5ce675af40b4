package io.oxlinkit.adapter.jdbc;

import io.oxlinkit.application.port.SyncCheckpoint;
import io.oxlinkit.application.port.SyncCursor;
import io.oxlinkit.domain.id.AccountId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** The {@code oxk_sync_cursors} table: each account's next page, completeness and checkpoint, read and written in the caller's transaction. */
final class SyncCursors {

    private final String upsert;

    SyncCursors(Dialect dialect) {
        this.upsert = dialect.upsert(
                "oxk_sync_cursors",
                List.of("account_id"),
                List.of("account_id", "next_page", "complete", "newest_date", "newest_import"));
    }

    Optional<SyncCursor> read(Connection db, AccountId accountId) throws SQLException {
        try (PreparedStatement select = db.prepareStatement(
                "SELECT next_page, complete, newest_date, newest_import FROM oxk_sync_cursors WHERE account_id = ?")) {
            select.setString(1, accountId.value());
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                SyncCheckpoint checkpoint =
                        new SyncCheckpoint(Jdbc.instant(rows, "newest_date"), Jdbc.instant(rows, "newest_import"));
                return Optional.of(
                        new SyncCursor(accountId, rows.getInt("next_page"), rows.getBoolean("complete"), checkpoint));
            }
        }
    }

    int write(Connection db, SyncCursor cursor) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(upsert)) {
            statement.setString(1, cursor.accountId().value());
            statement.setInt(2, cursor.nextPage());
            statement.setBoolean(3, cursor.complete());
            Jdbc.setInstant(statement, 4, cursor.checkpoint().newestDate());
            Jdbc.setInstant(statement, 5, cursor.checkpoint().newestImport());
            return statement.executeUpdate();
        }
    }
}
