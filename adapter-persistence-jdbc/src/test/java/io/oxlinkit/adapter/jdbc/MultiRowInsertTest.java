package io.oxlinkit.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.stream.IntStream;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every row lands once and in its columns, whatever the count against the statement size (none, part of one, exact, over). */
class MultiRowInsertTest {

    private record Row(int id, String label) {}

    @ParameterizedTest(name = "{0} rows")
    @ValueSource(ints = {0, 1, 99, 100, 101, 250})
    void everyRowIsInsertedOnceWithItsValues(int count) throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:multirow-" + count + "-" + System.nanoTime());
        try (Connection db = h2.getConnection();
                Statement statement = db.createStatement()) {
            statement.execute("CREATE TABLE rows_under_test (id INT PRIMARY KEY, label VARCHAR(32))");
            List<Row> rows = IntStream.range(0, count)
                    .mapToObj(i -> new Row(i, "label-" + i))
                    .toList();
            new MultiRowInsert<Row>(
                            "rows_under_test", List.of("id", "label"), row -> new Object[] {row.id(), row.label()})
                    .insert(db, rows);
            try (ResultSet result = statement.executeQuery(
                    "SELECT COUNT(*), COUNT(DISTINCT id), SUM(CASE WHEN label = CONCAT('label-', id)"
                            + " THEN 1 ELSE 0 END) FROM rows_under_test")) {
                result.next();
                assertThat(result.getInt(1)).isEqualTo(count);
                assertThat(result.getInt(2)).isEqualTo(count);
                assertThat(result.getInt(3)).as("each label beside its id").isEqualTo(count);
            }
        }
    }
}
