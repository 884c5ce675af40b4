package io.oxlinkit.adapter.http.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.oxlinkit.domain.account.Transaction;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Dates and amounts out of any sane range are decoding errors naming the field, where they are read, on the
 * streamed pages and on tree-read objects, instead of a raw {@code DateTimeException} or an amount whose
 * text runs the heap out; the largest sane values are kept.
 */
class OutOfRangeValuesTest {

    /** As the adapter reads: decimals as BigDecimal (a plain mapper's doubles would be tested too, through the tree). */
    private static final ObjectMapper MAPPER =
            new ObjectMapper().enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private static List<Transaction> page(String date, String amount) throws java.io.IOException {
        String json = "[{\"id\":\"t1\",\"account_id\":\"a1\",\"amount\":" + amount + ",\"currency\":\"EUR\",\"date\":"
                + date + "}]";
        return new TransactionReader(MAPPER.getFactory())
                .page(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest(name = "date {0}")
    @ValueSource(
            strings = {
                "9223372036854775807",
                "-9223372036854775808",
                "99999999999999999999999",
                "31557014167219200",
                "1e30",
                "\"999999999999999\""
            })
    void aTransactionDateOutOfRangeIsADecodingErrorNamingTheField(String date) {
        assertThatThrownBy(() -> page(date, "-1.50"))
                .isInstanceOf(WireFormatException.class)
                .hasMessageContaining("'date'");
    }

    @ParameterizedTest(name = "amount {0}")
    @ValueSource(
            strings = {"1e999999999", "-1E+2147483647", "1e-999999999", "\"1e999999999\"", "0.123456789012345678901"})
    void anAbsurdAmountIsADecodingErrorAndNothingExpandsIt(String amount) {
        assertThatThrownBy(() -> page("1700000000", amount))
                .isInstanceOf(WireFormatException.class)
                .hasMessageContaining("'amount'");
    }

    @Test
    void theLargestSaneValuesAreKeptExactly() throws java.io.IOException {
        Transaction kept =
                page("7258118400", "-99999999999999999999.12345678901234567890").get(0);
        assertThat(kept.amount().amount().toPlainString()).isEqualTo("-99999999999999999999.12345678901234567890");
        assertThat(kept.date().getEpochSecond()).isEqualTo(7_258_118_400L);
        assertThat(page("1700000000", "1E+3").get(0).amount().amount().toPlainString())
                .isEqualTo("1000");
    }

    @Test
    void aBalanceReadAsAnInfiniteDoubleIsADecodingErrorToo() {
        assertThatThrownBy(
                        () -> WireReader.account(
                                new ObjectMapper()
                                        .readTree(
                                                "{\"id\":\"a1\",\"connection_id\":\"c1\","
                                                        + "\"balance\":1e999999999,\"currency\":\"EUR\",\"type\":\"CHECKINGS\",\"status\":\"ACTIVE\"}")))
                .isInstanceOf(WireFormatException.class)
                .hasMessageContaining("'balance'");
    }

    @Test
    void anAccountBalanceOrDateOutOfRangeIsADecodingError() {
        assertThatThrownBy(() -> WireReader.account(
                        MAPPER.readTree("{\"id\":\"a1\",\"connection_id\":\"c1\",\"balance\":1e999999999,"
                                + "\"currency\":\"EUR\",\"type\":\"CHECKINGS\",\"status\":\"ACTIVE\"}")))
                .isInstanceOf(WireFormatException.class)
                .hasMessageContaining("'balance'");
        assertThatThrownBy(() ->
                        WireReader.account(MAPPER.readTree("{\"id\":\"a1\",\"connection_id\":\"c1\",\"balance_date\":"
                                + "99999999999999,\"type\":\"CHECKINGS\",\"status\":\"ACTIVE\"}")))
                .isInstanceOf(WireFormatException.class)
                .hasMessageContaining("'balance_date'");
    }
}
