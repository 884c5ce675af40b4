package io.oxlinkit.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Hosts that run their own migrations get the schema as SQL, which builds a working store. */
class SchemaExportTest {

    @Test
    void theExportedSqlCreatesTheSchemaTheStoresUse() throws Exception {
        String sql = JdbcStorage.schemaSql(Dialect.H2);
        assertThat(sql).contains("CREATE TABLE oxk_transactions").contains("DECIMAL");
        assertThat(JdbcStorage.schemaSql(Dialect.POSTGRESQL)).contains("TEXT");
        assertThat(JdbcStorage.schemaSql(Dialect.MARIADB)).contains("DATETIME(6)");
        DataSource dataSource = Databases.h2Memory();
        try (Connection db = dataSource.getConnection();
                Statement statement = db.createStatement()) {
            for (String command : sql.split(";")) {
                if (!command.strip().replaceAll("(?m)^--.*$", "").isBlank()) {
                    statement.execute(command);
                }
            }
        }
        JdbcStorage storage = JdbcStorage.withoutMigrating(dataSource, Databases.KEYS, java.time.Clock.systemUTC());
        assertThat(storage.dialect()).isEqualTo(Dialect.H2);
        assertThat(storage.subscriptions().queue(io.oxlinkit.domain.id.UserId.of("nobody")))
                .isEmpty();
    }
}
