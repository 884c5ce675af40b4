package io.oxlinkit.adapter.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;

/**
 * The databases the suites run on, one pool each per test JVM. PostgreSQL and MariaDB are the
 * machine's servers; when one cannot be reached the tests are skipped, except with {@code CI=true},
 * where they fail: skipping is not passing.
 */
final class Databases {

    /** The suites' sealing key (a test value). */
    static final SealingKeys KEYS = SealingKeys.current("test-1", "0123456789abcdef0123456789abcdef".getBytes());

    private static final Map<String, JdbcStorage> STORAGES = new ConcurrentHashMap<>();
    private static final Map<String, FlakyDataSource> FLAKY = new ConcurrentHashMap<>();

    private Databases() {}

    static DataSource h2Memory() {
        return pool("jdbc:h2:mem:oxk-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "", 8);
    }

    static DataSource h2File() {
        try {
            Path dir = Files.createTempDirectory("oxk-h2");
            return pool("jdbc:h2:file:" + dir.resolve("oxlinkit"), "sa", "", 8);
        } catch (java.io.IOException failure) {
            throw new IllegalStateException(failure);
        }
    }

    static DataSource postgres() {
        return reachable("PostgreSQL", pool("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "", 10));
    }

    static DataSource mariadb() {
        return reachable("MariaDB", pool("jdbc:mariadb://127.0.0.1:3306/test", "root", "", 10));
    }

    static JdbcStorage storage(String name, java.util.function.Supplier<DataSource> dataSource) {
        return STORAGES.computeIfAbsent(name, n -> {
            FlakyDataSource flaky = new FlakyDataSource(dataSource.get());
            FLAKY.put(n, flaky);
            return JdbcStorage.open(flaky, KEYS);
        });
    }

    /** The database under that storage (open it with {@link #storage} first). */
    static DataSource dataSource(String name) {
        return FLAKY.get(name);
    }

    /** Makes the next commit on that storage's database fail. */
    static boolean failNextCommit(String name) {
        FLAKY.get(name).failNextCommit();
        return true;
    }

    static HikariDataSource pool(String url, String user, String password, int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(size);
        config.setInitializationFailTimeout(-1);
        config.setConnectionTimeout(5_000);
        return new HikariDataSource(config);
    }

    private static DataSource reachable(String name, HikariDataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            connection.isValid(2);
            return dataSource;
        } catch (Exception unreachable) {
            dataSource.close();
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException(
                        name + " must be reachable in CI: " + unreachable.getMessage(), unreachable);
            }
            Assumptions.abort(name + " is not reachable here: its suite is skipped (it runs in CI)");
            return null;
        }
    }
}
