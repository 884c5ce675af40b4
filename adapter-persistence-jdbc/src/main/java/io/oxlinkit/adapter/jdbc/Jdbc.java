package io.oxlinkit.adapter.jdbc;

import io.oxlinkit.application.port.StorageException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Plain JDBC plumbing: one transaction per unit of work (committed whole or rolled back), UTC
 * timestamps, and {@link SQLException}s turned into {@link StorageException}s that carry the SQL state,
 * never a value.
 */
final class Jdbc {

    /** Work inside one transaction. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final DataSource dataSource;
    private final Dialect dialect;

    Jdbc(DataSource dataSource, Dialect dialect) {
        this.dataSource = dataSource;
        this.dialect = dialect;
    }

    Dialect dialect() {
        return dialect;
    }

    <T> T inTransaction(String what, Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            boolean auto = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                dialect().planLookupsPerExecution(connection);
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException failure) {
                connection.rollback();
                throw failure;
            } finally {
                connection.setAutoCommit(auto);
            }
        } catch (SQLException failure) {
            throw failed(what, failure);
        }
    }

    /**
     * Runs one statement that changes rows (a DELETE, an UPDATE) in its own transaction, binding each parameter
     * as text or, for an {@link Instant}, as a UTC timestamp; answers the rows changed.
     */
    int update(String what, String sql, Object... parameters) {
        return inTransaction(what, db -> {
            try (PreparedStatement statement = db.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    if (parameters[i] instanceof Instant instant) {
                        setInstant(statement, i + 1, instant);
                    } else {
                        statement.setString(i + 1, parameters[i].toString());
                    }
                }
                return statement.executeUpdate();
            }
        });
    }

    static StorageException failed(String what, SQLException failure) {
        return new StorageException(
                what + " failed (SQL state " + failure.getSQLState() + ", code " + failure.getErrorCode() + ")",
                failure);
    }

    static boolean isDuplicateKey(SQLException failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }

    /** A lost race with another writer (duplicate key, deadlock, serialization failure): worth one more try. */
    static boolean isRace(SQLException failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql
                    && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("23") || sql.getSQLState().startsWith("40"))) {
                return true;
            }
        }
        return false;
    }

    static void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
        statement.setObject(index, LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    static void setInstant(PreparedStatement statement, int index, Optional<Instant> instant) throws SQLException {
        if (instant.isPresent()) {
            setInstant(statement, index, instant.get());
        } else {
            statement.setNull(index, Types.TIMESTAMP);
        }
    }

    static Optional<Instant> instant(ResultSet rows, String column) throws SQLException {
        LocalDateTime value = rows.getObject(column, LocalDateTime.class);
        return Optional.ofNullable(value).map(v -> v.toInstant(ZoneOffset.UTC));
    }

    static void setText(PreparedStatement statement, int index, Optional<String> text) throws SQLException {
        if (text.isPresent()) {
            statement.setString(index, text.get());
        } else {
            statement.setNull(index, Types.VARCHAR);
        }
    }
}
