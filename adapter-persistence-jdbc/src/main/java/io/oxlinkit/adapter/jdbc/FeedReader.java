package io.oxlinkit.adapter.jdbc;

import io.oxlinkit.application.port.ChangeFeed;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a page of the feed from rows that each hold one change or a run of them ({@link FeedRuns}), reading
 * only the rows whose positions the page needs: the run that holds the position after the cursor, then the
 * rows starting within the positions still wanted. Positions are dense (the feed's lock hands them out in commit
 * order) except where an account's changes were erased; a window that finds fewer changes than wanted jumps to
 * the next stored row. So a page parses at most its own changes plus the two runs at its ends, whatever the
 * feed's length.
 */
final class FeedReader {

    private static final String COLUMNS = "position, span, subject, kind, account_id, payload";

    /** Turns one stored row into its entries. */
    interface Expander {
        List<? extends ChangeFeed.Entry> entries(
                long position, int span, String subject, String kind, String accountId, String payload);
    }

    private final Expander expander;

    FeedReader(Expander expander) {
        this.expander = expander;
    }

    /** The page after position {@code from}: at most {@code limit} entries, and whether more follow. */
    ChangeFeed.Page read(Connection db, long from, int limit) throws SQLException {
        List<ChangeFeed.Entry> entries = new ArrayList<>();
        long covered = from;
        if (from > 0) {
            covered = Math.max(covered, straddling(db, from, entries));
        }
        while (entries.size() <= limit) {
            long wanted = limit + 1L - entries.size();
            long end = covered + wanted;
            covered = Math.max(end, window(db, covered, end, entries));
            if (entries.size() > limit) {
                break;
            }
            long next = nextRow(db, covered);
            if (next < 0) {
                break;
            }
            covered = next - 1;
        }
        boolean more = entries.size() > limit;
        List<ChangeFeed.Entry> page = more ? entries.subList(0, limit) : entries;
        return new ChangeFeed.Page(
                page, page.isEmpty() ? from : page.get(page.size() - 1).position(), more);
    }

    /** Adds the entries after {@code from} of the row holding {@code from}, if it runs past it; answers its last position. */
    private long straddling(Connection db, long from, List<ChangeFeed.Entry> entries) throws SQLException {
        try (PreparedStatement select = db.prepareStatement(
                "SELECT " + COLUMNS + " FROM oxk_changes WHERE position <= ? ORDER BY position DESC LIMIT 1")) {
            select.setLong(1, from);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next() || row.getLong(1) + row.getInt(2) - 1 <= from) {
                    return from;
                }
                for (ChangeFeed.Entry entry : expand(row)) {
                    if (entry.position() > from) {
                        entries.add(entry);
                    }
                }
                return row.getLong(1) + row.getInt(2) - 1;
            }
        }
    }

    /** Adds every entry of the rows starting in {@code (after, upTo]}; answers the last position they hold. */
    private long window(Connection db, long after, long upTo, List<ChangeFeed.Entry> entries) throws SQLException {
        long last = after;
        try (PreparedStatement select = db.prepareStatement(
                "SELECT " + COLUMNS + " FROM oxk_changes WHERE position > ? AND position <= ? ORDER BY position")) {
            select.setLong(1, after);
            select.setLong(2, upTo);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    entries.addAll(expand(rows));
                    last = rows.getLong(1) + rows.getInt(2) - 1;
                }
            }
        }
        return last;
    }

    /** The first stored position after {@code after}, or -1 when none. */
    private static long nextRow(Connection db, long after) throws SQLException {
        try (PreparedStatement select =
                db.prepareStatement("SELECT MIN(position) FROM oxk_changes WHERE position > ?")) {
            select.setLong(1, after);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return -1;
                }
                long position = row.getLong(1);
                return row.wasNull() ? -1 : position;
            }
        }
    }

    private List<? extends ChangeFeed.Entry> expand(ResultSet row) throws SQLException {
        return expander.entries(
                row.getLong(1), row.getInt(2), row.getString(3), row.getString(4), row.getString(5), row.getString(6));
    }
}
