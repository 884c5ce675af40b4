package io.oxlinkit.adapter.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;

/**
 * Inserts many rows with one statement each {@link #ROWS_PER_STATEMENT} rows ({@code INSERT ... VALUES (..), (..)}),
 * which H2, PostgreSQL and MariaDB all accept: a batch of single-row inserts costs a round trip, a parse and a
 * plan per row on PostgreSQL unless the host sets {@code reWriteBatchedInserts}; this does what that option does,
 * on every database, whatever the URL. Full chunks share one prepared statement, the remainder has its own.
 *
 * @param <T> what a row is made from
 */
final class MultiRowInsert<T> {

    /** Rows per statement: 100 rows of 12 columns stay far below every database's parameter limit (65,535). */
    static final int ROWS_PER_STATEMENT = 100;

    /** Binds one row's columns from {@code first} on; answers the next free index. */
    @FunctionalInterface
    interface Binder<T> {
        int bind(PreparedStatement statement, int first, T row) throws SQLException;
    }

    private final String head;
    private final String tuple;
    private final Binder<T> binder;

    MultiRowInsert(String table, List<String> columns, Binder<T> binder) {
        this.head = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ";
        this.tuple = "(" + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        this.binder = binder;
    }

    void insert(Connection db, List<T> rows) throws SQLException {
        int full = rows.size() / ROWS_PER_STATEMENT * ROWS_PER_STATEMENT;
        if (full > 0) {
            try (PreparedStatement statement = db.prepareStatement(sql(ROWS_PER_STATEMENT))) {
                for (int from = 0; from < full; from += ROWS_PER_STATEMENT) {
                    bindAll(statement, rows.subList(from, from + ROWS_PER_STATEMENT));
                    statement.executeUpdate();
                }
            }
        }
        if (full < rows.size()) {
            try (PreparedStatement statement = db.prepareStatement(sql(rows.size() - full))) {
                bindAll(statement, rows.subList(full, rows.size()));
                statement.executeUpdate();
            }
        }
    }

    private void bindAll(PreparedStatement statement, List<T> chunk) throws SQLException {
        int index = 1;
        for (T row : chunk) {
            index = binder.bind(statement, index, row);
        }
    }

    String sql(int rows) {
        return head + String.join(", ", Collections.nCopies(rows, tuple));
    }
}
