package io.oxlinkit.adapter.jdbc;

import io.oxlinkit.application.port.StorageException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * The small seam between the three databases: upsert syntax, insert-if-absent, row locking and the
 * migration scripts. Nothing else in the adapter differs by database.
 */
public enum Dialect {
    /** H2 2.x (embedded default): MERGE ... KEY, plain FOR UPDATE. */
    H2("h2"),
    /** PostgreSQL: ON CONFLICT, FOR UPDATE SKIP LOCKED. */
    POSTGRESQL("postgresql"),
    /** MariaDB (and MySQL 8): ON DUPLICATE KEY / INSERT IGNORE, FOR UPDATE SKIP LOCKED. */
    MARIADB("mariadb");

    private final String folder;

    Dialect(String folder) {
        this.folder = folder;
    }

    /** Recognizes the database behind a data source. */
    public static Dialect of(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (product.contains("h2")) {
                return H2;
            }
            if (product.contains("postgres")) {
                return POSTGRESQL;
            }
            if (product.contains("mariadb") || product.contains("mysql")) {
                return MARIADB;
            }
            throw new StorageException(
                    "unsupported database '" + product + "': Oxlin Kit supports H2, PostgreSQL and MariaDB", null);
        } catch (SQLException unreachable) {
            throw new StorageException(
                    "could not reach the database to recognize it (SQL state " + unreachable.getSQLState() + ")",
                    unreachable);
        }
    }

    /** Classpath location of the migrations. */
    public String migrations() {
        return "classpath:db/oxlinkit/" + folder;
    }

    /** Inserts a row, or replaces its {@code columns} when {@code key} exists. */
    String upsert(String table, List<String> key, List<String> columns) {
        String names = String.join(", ", columns);
        String marks = columns.stream().map(c -> "?").collect(Collectors.joining(", "));
        List<String> updated = columns.stream().filter(c -> !key.contains(c)).toList();
        return switch (this) {
            case H2 ->
                "MERGE INTO " + table + " (" + names + ") KEY (" + String.join(", ", key) + ") VALUES (" + marks + ")";
            case POSTGRESQL ->
                "INSERT INTO " + table + " (" + names + ") VALUES (" + marks + ") ON CONFLICT ("
                        + String.join(", ", key) + ") DO UPDATE SET "
                        + updated.stream().map(c -> c + " = EXCLUDED." + c).collect(Collectors.joining(", "));
            case MARIADB ->
                "INSERT INTO " + table + " (" + names + ") VALUES (" + marks + ") ON DUPLICATE KEY UPDATE "
                        + updated.stream().map(c -> c + " = VALUES(" + c + ")").collect(Collectors.joining(", "));
        };
    }

    /**
     * Inserts a row unless its key exists, where the database reports exactly which rows it inserted:
     * PostgreSQL's {@code ON CONFLICT DO NOTHING} does; H2 has no such statement and MariaDB's
     * {@code INSERT IGNORE} does not report per-row counts in batches, so both look rows up first.
     */
    Optional<String> insertIfAbsent(String table, String key, List<String> columns) {
        String names = String.join(", ", columns);
        String marks = columns.stream().map(c -> "?").collect(Collectors.joining(", "));
        return switch (this) {
            case H2 -> Optional.empty();
            case POSTGRESQL ->
                Optional.of("INSERT INTO " + table + " (" + names + ") VALUES (" + marks + ") ON CONFLICT (" + key
                        + ") DO NOTHING");
            case MARIADB -> Optional.empty();
        };
    }

    /**
     * Makes the caller's transaction (every one the store opens) plan each statement with its own parameters. PostgreSQL otherwise
     * caches a generic plan after five executions of a prepared statement, built while the table was small (or
     * never analyzed: autovacuum off or not run yet) and so a sequential scan, which it then keeps: a
     * million-row sync slowed to a few hundred rows a second. H2 and MariaDB plan each execution already.
     */
    void planLookupsPerExecution(java.sql.Connection db) throws java.sql.SQLException {
        if (this == POSTGRESQL) {
            try (java.sql.Statement statement = db.createStatement()) {
                statement.execute("SET LOCAL plan_cache_mode = force_custom_plan");
            }
        }
    }

    /**
     * Makes the rest of the caller's transaction read by index where one serves. PostgreSQL's planner
     * trusts the table's statistics, which are those of an empty table for as long as autovacuum has not
     * analyzed it since it was created or truncated: a first sync's lookup of a page's ids by primary key was then
     * planned as a sequential scan (seen with auto_explain), a cost that grows with every stored page. Every
     * statement of a transaction write is a lookup by key, so scans are simply refused there.
     */
    void lookUpByIndex(java.sql.Connection db) throws java.sql.SQLException {
        if (this == POSTGRESQL) {
            try (java.sql.Statement statement = db.createStatement()) {
                statement.execute("SET LOCAL enable_seqscan = off");
            }
        }
    }

    /** Row locking for work sharing: skip rows another instance holds where the database can. */
    String lockSkippingLocked() {
        return this == H2 ? " FOR UPDATE" : " FOR UPDATE SKIP LOCKED";
    }
}
