package io.oxlinkit.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Binary COPY gives back exactly what it was given, for every value type the kit's tables hold. */
class PostgresCopyTest {

    private static final List<String> NUMBERS = List.of(
            "0",
            "0.00",
            "-0.5",
            "1",
            "10000",
            "100000000",
            "12.300",
            "0.000000000001",
            "-1234.5678",
            "123456789.123456789012",
            "-99999999999999999999999999.999999999999",
            "1E+5",
            "0.10000",
            "9999.9999");

    private static final List<Instant> TIMES = List.of(
            Instant.parse("1970-01-01T00:00:00.123456Z"),
            Instant.parse("1999-12-31T23:59:59.999999Z"),
            Instant.parse("2000-01-01T00:00:00Z"),
            Instant.parse("2026-12-03T14:14:50.000001999Z"),
            Instant.parse("0001-01-01T00:00:00Z"));

    @Test
    void numbersTimesTextsAndFlagsComeBackExactly() throws Exception {
        DataSource postgres = Databases.postgres();
        try (Connection db = postgres.getConnection()) {
            db.setAutoCommit(false);
            try (Statement ddl = db.createStatement()) {
                ddl.execute("CREATE TEMPORARY TABLE copy_check (n NUMERIC, bounded NUMERIC(38, 12), t TIMESTAMP,"
                        + " s TEXT, c CHAR(3), i INT, l BIGINT, b BOOLEAN) ON COMMIT DROP");
            }
            List<Object[]> rows = new ArrayList<>();
            for (int i = 0; i < NUMBERS.size(); i++) {
                BigDecimal number = new BigDecimal(NUMBERS.get(i));
                rows.add(new Object[] {
                    number,
                    number,
                    i < TIMES.size() ? TIMES.get(i) : Optional.empty(),
                    i == 0 ? "caf\u00e9 \t\\ \"quoted\"\n\u20ac \ud83d\ude00" : "row " + i,
                    "EUR",
                    i - 7,
                    (long) i << 40,
                    i % 2 == 0
                });
            }
            assertThat(PostgresCopy.copies(db, rows)).isTrue();
            PostgresCopy.copy(db, "copy_check", List.of("n", "bounded", "t", "s", "c", "i", "l", "b"), rows);
            try (Statement select = db.createStatement();
                    ResultSet back =
                            select.executeQuery("SELECT n, bounded, t, s, c, i, l, b FROM copy_check ORDER BY l")) {
                int i = 0;
                while (back.next()) {
                    BigDecimal sent = new BigDecimal(NUMBERS.get(i));
                    BigDecimal exact = sent.scale() < 0 ? sent.setScale(0) : sent;
                    assertThat(back.getBigDecimal("n")).as(NUMBERS.get(i)).isEqualTo(exact);
                    assertThat(back.getBigDecimal("bounded")).as(NUMBERS.get(i)).isEqualByComparingTo(sent);
                    LocalDateTime time = back.getObject("t", LocalDateTime.class);
                    if (i < TIMES.size()) {
                        assertThat(time.toInstant(ZoneOffset.UTC))
                                .isEqualTo(TIMES.get(i).truncatedTo(java.time.temporal.ChronoUnit.MICROS));
                    } else {
                        assertThat(time).isNull();
                    }
                    assertThat(back.getString("s")).isEqualTo(rows.get(i)[3]);
                    assertThat(back.getString("c")).isEqualTo("EUR");
                    assertThat(back.getInt("i")).isEqualTo(i - 7);
                    assertThat(back.getLong("l")).isEqualTo((long) i << 40);
                    assertThat(back.getBoolean("b")).isEqualTo(i % 2 == 0);
                    i++;
                }
                assertThat(i).isEqualTo(NUMBERS.size());
            }
            db.rollback();
        }
    }
}
