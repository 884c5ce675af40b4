package io.oxlinkit.adapter.jdbc;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * PostgreSQL's bulk load: rows streamed as {@code COPY table (columns) FROM STDIN} text through pgjdbc's
 * {@code CopyManager}, in the caller's transaction (so it commits or rolls back with the rest of the write).
 * Used only when the connection is pgjdbc's and no value holds a NUL (which COPY's text format cannot carry,
 * and PostgreSQL refuses in text anyway: those rows take the plain insert, which fails the same typed way).
 */
final class PostgresCopy {

    private PostgresCopy() {}

    /** Whether these rows go through COPY on this connection. */
    static boolean copies(Connection db, List<Object[]> rows) throws SQLException {
        if (!isPostgres(db)) {
            return false;
        }
        for (Object[] row : rows) {
            for (Object value : row) {
                if (value instanceof String text && text.indexOf('\0') >= 0) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean isPostgres(Connection db) {
        try {
            return db.isWrapperFor(org.postgresql.PGConnection.class);
        } catch (SQLException | LinkageError notPgjdbc) {
            return false;
        }
    }

    static void copy(Connection db, String table, List<String> columns, List<Object[]> rows) throws SQLException {
        StringBuilder text = new StringBuilder(rows.size() * 160);
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    text.append('\t');
                }
                append(text, row[i]);
            }
            text.append('\n');
        }
        org.postgresql.copy.CopyManager copy =
                new org.postgresql.copy.CopyManager(db.unwrap(org.postgresql.core.BaseConnection.class));
        try {
            copy.copyIn(
                    "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN",
                    new StringReader(text.toString()));
        } catch (IOException impossible) {
            throw new SQLException("the rows could not be streamed to COPY", "58030", impossible);
        }
    }

    private static void append(StringBuilder text, Object value) {
        if (value instanceof Optional<?> time) {
            if (time.isEmpty()) {
                text.append("\\N");
                return;
            }
            value = time.get();
        }
        if (value == null) {
            text.append("\\N");
        } else if (value instanceof Instant instant) {
            text.append(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
        } else if (value instanceof BigDecimal decimal) {
            text.append(decimal.toPlainString());
        } else if (value instanceof String string) {
            escape(text, string);
        } else {
            text.append(value);
        }
    }

    /** COPY's text format: backslash, tab, line feed and carriage return escaped; everything else as is. */
    private static void escape(StringBuilder text, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
    }
}
