package io.oxlinkit.adapter.jdbc;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * PostgreSQL's bulk load: rows streamed as {@code COPY table (columns) FROM STDIN (FORMAT binary)} through
 * pgjdbc's {@code CopyManager}, in the caller's transaction (so it commits or rolls back with the rest of the
 * write). The binary form spares the server parsing numbers and times from text (a third of a page's COPY
 * time, measured with psql on the kit's table). Used only when the connection is pgjdbc's and no value holds a
 * NUL (which PostgreSQL refuses in text: those rows take the plain insert, which fails the same typed way).
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
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(rows.size() * 200 + 32);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.write(SIGNATURE.getBytes(StandardCharsets.ISO_8859_1));
            out.writeInt(0);
            out.writeInt(0);
            for (Object[] row : rows) {
                out.writeShort(row.length);
                for (Object value : row) {
                    field(out, value);
                }
            }
            out.writeShort(-1);
        } catch (IOException | ArithmeticException unencodable) {
            throw new SQLException("the rows could not be encoded for COPY", "22000", unencodable);
        }
        org.postgresql.copy.CopyManager copy =
                new org.postgresql.copy.CopyManager(db.unwrap(org.postgresql.core.BaseConnection.class));
        try {
            copy.copyIn(
                    "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN (FORMAT binary)",
                    new ByteArrayInputStream(bytes.toByteArray()));
        } catch (IOException impossible) {
            throw new SQLException("the rows could not be streamed to COPY", "58030", impossible);
        }
    }

    /** COPY's binary file header: the signature, then flags and header extension length (both 0). */
    private static final String SIGNATURE = "PGCOPY\n\u00ff\r\n\u0000";

    /** PostgreSQL's timestamp epoch, in seconds of the Unix epoch. */
    private static final long POSTGRES_EPOCH = 946_684_800L;

    /**
     * One field in PostgreSQL's binary form for the kit's column types: text (UTF-8) for varchar, text and
     * char, int4, int8, bool, numeric (base-10,000 digits) and timestamp (microseconds since 2000, UTC).
     */
    private static void field(DataOutputStream out, Object value) throws IOException {
        if (value instanceof Optional<?> time) {
            value = time.orElse(null);
        }
        if (value == null) {
            out.writeInt(-1);
        } else if (value instanceof String text) {
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            out.writeInt(utf8.length);
            out.write(utf8);
        } else if (value instanceof Integer number) {
            out.writeInt(4);
            out.writeInt(number);
        } else if (value instanceof Long number) {
            out.writeInt(8);
            out.writeLong(number);
        } else if (value instanceof Boolean flag) {
            out.writeInt(1);
            out.writeByte(flag ? 1 : 0);
        } else if (value instanceof Instant instant) {
            long seconds = Math.subtractExact(instant.getEpochSecond(), POSTGRES_EPOCH);
            out.writeInt(8);
            out.writeLong(Math.addExact(Math.multiplyExact(seconds, 1_000_000L), instant.getNano() / 1_000));
        } else if (value instanceof BigDecimal decimal) {
            numeric(out, decimal);
        } else {
            throw new IOException("no binary COPY form for " + value.getClass().getSimpleName());
        }
    }

    /** A numeric as base-10,000 digits: count, weight of the first, sign, display scale, then the digits. */
    static void numeric(DataOutputStream out, BigDecimal value) throws IOException {
        BigDecimal exact = value.scale() < 0 ? value.setScale(0) : value;
        String plain = exact.abs().toPlainString();
        int dot = plain.indexOf('.');
        String whole = stripLeadingZeros(dot < 0 ? plain : plain.substring(0, dot));
        String fraction = dot < 0 ? "" : plain.substring(dot + 1);
        int wholeGroups = (whole.length() + 3) / 4;
        String digits = "0".repeat(wholeGroups * 4 - whole.length())
                + whole
                + fraction
                + "0".repeat((4 - fraction.length() % 4) % 4);
        int first = 0;
        int last = digits.length() / 4;
        int weight = wholeGroups - 1;
        while (first < last && digits.startsWith("0000", first * 4)) {
            first++;
            weight--;
        }
        while (last > first && digits.startsWith("0000", (last - 1) * 4)) {
            last--;
        }
        int count = last - first;
        out.writeInt(8 + 2 * count);
        out.writeShort(count);
        out.writeShort(count == 0 ? 0 : weight);
        out.writeShort(exact.signum() < 0 ? 0x4000 : 0);
        out.writeShort(exact.scale());
        for (int i = first; i < last; i++) {
            out.writeShort(Integer.parseInt(digits, i * 4, i * 4 + 4, 10));
        }
    }

    private static String stripLeadingZeros(String digits) {
        int i = 0;
        while (i < digits.length() && digits.charAt(i) == '0') {
            i++;
        }
        return digits.substring(i);
    }
}
