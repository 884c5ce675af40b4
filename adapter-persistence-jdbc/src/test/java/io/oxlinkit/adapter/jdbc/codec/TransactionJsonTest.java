package io.oxlinkit.adapter.jdbc.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonGenerator;
import io.oxlinkit.application.port.StorageException;
import io.oxlinkit.domain.account.Money;
import io.oxlinkit.domain.account.Transaction;
import io.oxlinkit.domain.id.AccountId;
import io.oxlinkit.domain.id.TransactionId;
import java.io.StringWriter;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TransactionJsonTest {

    private final TransactionJson json = new TransactionJson();

    private static Transaction transaction(Optional<Instant> booking, Optional<Instant> imported) {
        return WireValues.transaction(
                TransactionId.of("tx-1"),
                AccountId.of("acc-1"),
                Money.of("-12.300", "EUR"),
                Instant.parse("2026-11-20T10:00:00.123456789Z"),
                "CB \"CARREFOUR\"\t\u0001 caf\u00e9",
                "SOME_FUTURE_TYPE",
                "BOOKED",
                booking,
                Optional.empty(),
                imported);
    }

    private String row(String kind, Transaction t) throws Exception {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = json.factory().createGenerator(out)) {
            json.writeRow(generator, kind, t);
        }
        return out.toString();
    }

    @Test
    void aRunsCompactRowGivesBackTheSameTransactionWithNanosAbsentTimesUnknownValuesAndTheAmountsScale()
            throws Exception {
        Transaction t = transaction(Optional.of(Instant.parse("2026-11-21T00:00:00Z")), Optional.empty());
        String row = row("MODIFIED", t);
        Transaction back = json.readRow(json.tree(row), AccountId.of("acc-1"));
        assertThat(back).isEqualTo(t);
        assertThat(back.amount().amount().scale()).isEqualTo(3);
        assertThat(back.rawType()).isEqualTo("SOME_FUTURE_TYPE");
        assertThat(json.tree(row).get(0).asText()).isEqualTo("MODIFIED");
        assertThat(row.length())
                .as("a compact row is well under half the document")
                .isLessThan(json.write(t).length() / 2 + 40);
    }

    @Test
    void aDocumentGivesBackTheSameTransaction() {
        Transaction t = transaction(Optional.empty(), Optional.of(Instant.parse("2026-11-22T08:00:00.5Z")));
        assertThat(json.read(json.write(t))).isEqualTo(t);
    }

    @Test
    void aRowOfTheWrongShapeIsATypedFailure() {
        assertThatThrownBy(() -> json.readRow(json.tree("[\"ADDED\", \"tx-1\"]"), AccountId.of("acc-1")))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("11 values");
        assertThatThrownBy(() -> json.tree("[not json")).isInstanceOf(StorageException.class);
    }
}
