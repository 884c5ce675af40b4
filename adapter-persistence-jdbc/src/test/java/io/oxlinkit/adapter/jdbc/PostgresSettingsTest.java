package io.oxlinkit.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** What the PostgreSQL dialect sets: scans refused inside a transaction write only, run payloads in lz4. */
class PostgresSettingsTest {

    private static String one(Connection db, String sql) throws Exception {
        try (Statement statement = db.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }

    @Test
    void aWriteRefusesScansForItsOwnTransactionOnly() throws Exception {
        DataSource postgres = Databases.postgres();
        try (Connection db = postgres.getConnection()) {
            db.setAutoCommit(false);
            String before = one(db, "SHOW enable_seqscan");
            Dialect.POSTGRESQL.lookUpByIndex(db);
            assertThat(one(db, "SHOW enable_seqscan")).isEqualTo("off");
            db.commit();
            assertThat(one(db, "SHOW enable_seqscan"))
                    .as("SET LOCAL ends with the transaction")
                    .isEqualTo(before);
            db.setAutoCommit(true);
        }
    }

    @Test
    void runPayloadsAreCompressedWithLz4WhereTheServerHasIt() throws Exception {
        Databases.storage("postgres-settings", Databases::postgres);
        try (Connection db = Databases.dataSource("postgres-settings").getConnection()) {
            boolean lz4 = "1"
                    .equals(one(
                            db,
                            "SELECT COUNT(*) FROM pg_settings"
                                    + " WHERE name = 'default_toast_compression' AND 'lz4' = ANY (enumvals)"));
            String compression = one(
                    db,
                    "SELECT attcompression FROM pg_attribute"
                            + " WHERE attrelid = 'oxk_changes'::regclass AND attname = 'payload'");
            if (lz4) {
                assertThat(compression).isEqualTo("l");
            } else {
                assertThat(compression).as("the default compression kept").isNotEqualTo("l");
            }
        }
    }
}
