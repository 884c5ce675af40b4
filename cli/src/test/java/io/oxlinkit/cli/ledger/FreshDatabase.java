package io.oxlinkit.cli.ledger;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.DriverManager;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;

/**
 * A database of its own for one test: an in-memory H2, or a new schema on the machine's PostgreSQL, or a new
 * database on its MariaDB, dropped on close. An unreachable server skips the test, except with
 * {@code CI=true}, where it fails: skipping is not passing.
 */
final class FreshDatabase implements AutoCloseable {

    private final String kind;
    private final String name = "oxk_" + Long.toHexString(System.nanoTime());
    private final HikariDataSource pool;

    FreshDatabase(String kind) {
        this.kind = kind;
        switch (kind) {
            case "h2" -> pool = pool("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa");
            case "postgresql" -> {
                admin("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "CREATE SCHEMA " + name);
                pool = pool("jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + name, "postgres");
            }
            case "mariadb" -> {
                admin("jdbc:mariadb://127.0.0.1:3306/test", "root", "CREATE DATABASE " + name);
                pool = pool("jdbc:mariadb://127.0.0.1:3306/" + name, "root");
            }
            default -> throw new IllegalArgumentException("no database " + kind);
        }
    }

    DataSource dataSource() {
        return pool;
    }

    @Override
    public void close() {
        pool.close();
        try {
            switch (kind) {
                case "postgresql" ->
                    admin(
                            "jdbc:postgresql://127.0.0.1:5432/test",
                            "postgres",
                            "DROP SCHEMA IF EXISTS " + name + " CASCADE");
                case "mariadb" ->
                    admin("jdbc:mariadb://127.0.0.1:3306/test", "root", "DROP DATABASE IF EXISTS " + name);
                default -> {
                    // an in-memory H2 goes with its pool
                }
            }
        } catch (AssertionError ignored) {
            // the server went away after the test: nothing left to drop
        }
    }

    private static void admin(String url, String user, String sql) {
        try (var connection = DriverManager.getConnection(url, user, "");
                var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException unreachable) {
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError(url + " is required in CI", unreachable);
            }
            Assumptions.abort(url + " is not reachable: skipped");
        }
    }

    private static HikariDataSource pool(String url, String user) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword("");
        config.setMaximumPoolSize(4);
        return new HikariDataSource(config);
    }
}
