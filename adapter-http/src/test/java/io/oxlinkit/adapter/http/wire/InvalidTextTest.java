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
 * JSON escapes can spell text that is not valid UTF-16 (a lone surrogate): refused at decoding with an error
 * naming the field, on the streamed transaction pages and on every tree-read object; a surrogate pair (an
 * emoji written as two escapes) is text and is kept.
 */
class InvalidTextTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static List<Transaction> page(String label) throws java.io.IOException {
        String json =
                "[{\"id\":\"t1\",\"account_id\":\"a1\",\"amount\":-1.5,\"currency\":\"EUR\",\"date\":1700000000,\"label\":\""
                        + label + "\"}]";
        return new TransactionReader(MAPPER.getFactory())
                .page(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest(name = "label {0}")
    @ValueSource(strings = {"CB \\uD800", "\\uDC00 CB", "CB \\uDE00\\uD83D", "\\uD83D"})
    void aTransactionLabelWithALoneSurrogateIsADecodingErrorNamingTheField(String label) {
        assertThatThrownBy(() -> page(label))
                .isInstanceOf(WireFormatException.class)
                .hasMessageContaining("'label'")
                .hasMessageContaining("lone surrogate");
    }

    @Test
    void aSurrogatePairIsKept() throws java.io.IOException {
        assertThat(page("CAFE \\uD83D\\uDE00")).extracting(Transaction::label).containsExactly("CAFE \uD83D\uDE00");
    }

    @Test
    void anAccountNameWithALoneSurrogateIsADecodingError() {
        assertThatThrownBy(() -> WireReader.account(
                        MAPPER.readTree("{\"id\":\"a1\",\"connection_id\":\"c1\",\"name\":\"Livret \\uDBFF\","
                                + "\"type\":\"SAVINGS\",\"status\":\"ACTIVE\"}")))
                .isInstanceOf(WireFormatException.class)
                .hasMessageContaining("'name'");
    }
}
