package io.oxlinkit.adapter.jdbc;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Inserts many rows at once, the fastest way the database offers: on PostgreSQL a {@code COPY ... FROM STDIN}
 * stream ({@link PostgresCopy}), elsewhere one {@code INSERT ... VALUES (..), (..)} statement each
 * {@link #ROWS_PER_STATEMENT} rows, which H2 and MariaDB accept (a batch of single-row inserts costs a parse and
 * a round trip a row). Each row is its column values: {@code String}, {@code BigDecimal}, {@code Integer},
 * {@code Long}, {@code Boolean}, {@code Instant}, or an {@code Optional<Instant>} for a nullable time.
 *
 * @param <T> what a row is made from
 */
final class MultiRowInsert<T> {

    /** Rows per statement: 100 rows of 12 columns stay far below every database's parameter limit (65,535). */
    static final int ROWS_PER_STATEMENT = 100;

    private final String table;
    private final List<String> columns;
    private final Function<T, Object[]> values;
    private final String head;
    private final String tuple;

    MultiRowInsert(String table, List<String> columns, Function<T, Object[]> values) {
        this.table = table;
        this.columns = List.copyOf(columns);
        this.values = values;
        this.head = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ";
        this.tuple = "(" + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
    }

    void insert(Connection db, List<T> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        List<Object[]> all = new ArrayList<>(rows.size());
        rows.forEach(row -> all.add(values.apply(row)));
        if (PostgresCopy.copies(db, all)) {
            PostgresCopy.copy(db, table, columns, all);
            return;
        }
        int full = all.size() / ROWS_PER_STATEMENT * ROWS_PER_STATEMENT;
        if (full > 0) {
            try (PreparedStatement statement = db.prepareStatement(sql(ROWS_PER_STATEMENT))) {
                for (int from = 0; from < full; from += ROWS_PER_STATEMENT) {
                    bindAll(statement, all.subList(from, from + ROWS_PER_STATEMENT));
                    statement.executeUpdate();
                }
            }
        }
        if (full < all.size()) {
            try (PreparedStatement statement = db.prepareStatement(sql(all.size() - full))) {
                bindAll(statement, all.subList(full, all.size()));
                statement.executeUpdate();
            }
        }
    }

    private static void bindAll(PreparedStatement statement, List<Object[]> chunk) throws SQLException {
        int index = 1;
        for (Object[] row : chunk) {
            for (Object value : row) {
                bind(statement, index++, value);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value instanceof String text) {
            statement.setString(index, text);
        } else if (value instanceof BigDecimal decimal) {
            statement.setBigDecimal(index, decimal);
        } else if (value instanceof Integer number) {
            statement.setInt(index, number);
        } else if (value instanceof Long number) {
            statement.setLong(index, number);
        } else if (value instanceof Boolean flag) {
            statement.setBoolean(index, flag);
        } else if (value instanceof Instant instant) {
            Jdbc.setInstant(statement, index, instant);
        } else if (value instanceof Optional<?> time) {
            Jdbc.setInstant(statement, index, (Optional<Instant>) time);
        } else {
            statement.setNull(index, Types.VARCHAR);
        }
    }

    String sql(int rows) {
        return head + String.join(", ", Collections.nCopies(rows, tuple));
    }
}
