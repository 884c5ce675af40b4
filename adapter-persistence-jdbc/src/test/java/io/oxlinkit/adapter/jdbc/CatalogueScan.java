package io.oxlinkit.adapter.jdbc;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Reads every cell of every table of the connection's schema as text, the tables listed from the database's own
 * catalogue ({@link DatabaseMetaData#getTables}), so that a table added later is scanned without being named here.
 */
final class CatalogueScan {

    private CatalogueScan() {}

    static List<String> everyValue(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            List<String> values = new ArrayList<>();
            String quote = connection.getMetaData().getIdentifierQuoteString().trim();
            for (String table : tables(connection)) {
                // the name exactly as the catalogue spells it (H2 keeps Flyway's history table in lower case)
                try (Statement select = connection.createStatement();
                        ResultSet rows = select.executeQuery("SELECT * FROM " + quote + table + quote)) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int column = 1; column <= columns; column++) {
                            String value = rows.getString(column);
                            if (value != null) {
                                values.add(value);
                            }
                        }
                    }
                }
            }
            return values;
        } catch (SQLException failure) {
            throw new IllegalStateException("scanning the schema failed", failure);
        }
    }

    /** Every table of the connection's schema (its catalogue on MariaDB, where schemas are databases). */
    static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        DatabaseMetaData meta = connection.getMetaData();
        try (ResultSet rows =
                meta.getTables(connection.getCatalog(), connection.getSchema(), "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                tables.add(rows.getString("TABLE_NAME"));
            }
        }
        if (tables.isEmpty()) {
            throw new IllegalStateException("the catalogue lists no table: the scan would prove nothing");
        }
        return tables;
    }
}
