package io.oxlinkit.adapter.jdbc.codec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.oxlinkit.application.port.StorageException;
import io.oxlinkit.domain.account.Money;
import io.oxlinkit.domain.account.Transaction;
import io.oxlinkit.domain.id.AccountId;
import io.oxlinkit.domain.id.TransactionId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.Optional;

/**
 * A transaction as one JSON document (the change feed keeps each change's state): the amount as its plain
 * decimal string (scale kept), times as epoch seconds and nanoseconds, enums as sent.
 */
public final class TransactionJson {

    private final ObjectMapper mapper = new ObjectMapper();

    /** The transaction's document, written field by field with a streaming generator (no tree: a sync writes one per row). */
    public String write(Transaction t) {
        java.io.StringWriter out = new java.io.StringWriter(256);
        try (com.fasterxml.jackson.core.JsonGenerator json = mapper.getFactory().createGenerator(out)) {
            json.writeStartObject();
            writeFields(json, t);
            json.writeEndObject();
        } catch (java.io.IOException impossible) {
            throw new StorageException("could not write a transaction", impossible);
        }
        return out.toString();
    }

    private static void writeFields(com.fasterxml.jackson.core.JsonGenerator json, Transaction t)
            throws java.io.IOException {
        json.writeNumberField("v", 1);
        json.writeStringField("id", t.id().value());
        json.writeStringField("account_id", t.accountId().value());
        json.writeStringField("amount", t.amount().amount().toString());
        json.writeStringField("currency", t.amount().currency().getCurrencyCode());
        time(json, "date", t.date());
        json.writeStringField("label", t.label());
        json.writeStringField("type", t.rawType());
        json.writeStringField("status", t.rawStatus());
        if (t.bookingDate().isPresent()) {
            time(json, "booking_date", t.bookingDate().get());
        }
        if (t.valueDate().isPresent()) {
            time(json, "value_date", t.valueDate().get());
        }
        if (t.importDate().isPresent()) {
            time(json, "import_date", t.importDate().get());
        }
    }

    /** The generator factory this codec writes with. */
    public com.fasterxml.jackson.core.JsonFactory factory() {
        return mapper.getFactory();
    }

    /** The tree of a stored JSON form (a document, or an array of them). */
    public JsonNode tree(String json) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException corrupt) {
            throw new StorageException("a stored change does not parse", corrupt);
        }
    }

    /** The transaction a stored JSON form holds. */
    public Transaction read(String json) {
        return read(tree(json));
    }

    /** The transaction a stored document's tree holds. */
    public Transaction read(JsonNode node) {
        return WireValues.transaction(
                TransactionId.of(node.path("id").asText()),
                AccountId.of(node.path("account_id").asText()),
                new Money(
                        new BigDecimal(node.path("amount").asText()),
                        Currency.getInstance(node.path("currency").asText())),
                time(node, "date").orElseThrow(),
                node.path("label").asText(""),
                node.path("type").asText(""),
                node.path("status").asText(""),
                time(node, "booking_date"),
                time(node, "value_date"),
                time(node, "import_date"));
    }

    /**
     * The transaction as a compact array, as a run of changes holds it ({@code account} is the run's):
     * {@code [kind, id, amount, currency, date, label, type, status, booking, value, import]}, each time as
     * its epoch second, or {@code [second, nano]} when it has a fraction, or null when absent.
     */
    public void writeRow(com.fasterxml.jackson.core.JsonGenerator json, String kind, Transaction t)
            throws java.io.IOException {
        json.writeStartArray();
        json.writeString(kind);
        json.writeString(t.id().value());
        json.writeString(t.amount().amount().toString());
        json.writeString(t.amount().currency().getCurrencyCode());
        compactTime(json, Optional.of(t.date()));
        json.writeString(t.label());
        json.writeString(t.rawType());
        json.writeString(t.rawStatus());
        compactTime(json, t.bookingDate());
        compactTime(json, t.valueDate());
        compactTime(json, t.importDate());
        json.writeEndArray();
    }

    /** The transaction of a compact array written by {@link #writeRow}, in the run of {@code account}. */
    public Transaction readRow(JsonNode row, AccountId account) {
        if (!row.isArray() || row.size() != 11) {
            throw new StorageException("a stored change of a run is not 11 values", null);
        }
        return WireValues.transaction(
                TransactionId.of(row.get(1).asText()),
                account,
                new Money(
                        new BigDecimal(row.get(2).asText()),
                        Currency.getInstance(row.get(3).asText())),
                compactTime(row.get(4)).orElseThrow(() -> new StorageException("a stored change has no date", null)),
                row.get(5).asText(""),
                row.get(6).asText(""),
                row.get(7).asText(""),
                compactTime(row.get(8)),
                compactTime(row.get(9)),
                compactTime(row.get(10)));
    }

    private static void compactTime(com.fasterxml.jackson.core.JsonGenerator json, Optional<Instant> time)
            throws java.io.IOException {
        if (time.isEmpty()) {
            json.writeNull();
        } else if (time.get().getNano() == 0) {
            json.writeNumber(time.get().getEpochSecond());
        } else {
            json.writeStartArray();
            json.writeNumber(time.get().getEpochSecond());
            json.writeNumber(time.get().getNano());
            json.writeEndArray();
        }
    }

    private static Optional<Instant> compactTime(JsonNode value) {
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (value.isArray()) {
            return Optional.of(
                    Instant.ofEpochSecond(value.path(0).asLong(), value.path(1).asInt()));
        }
        return Optional.of(Instant.ofEpochSecond(value.asLong()));
    }

    private static void time(com.fasterxml.jackson.core.JsonGenerator json, String field, Instant instant)
            throws java.io.IOException {
        json.writeObjectFieldStart(field);
        json.writeNumberField("s", instant.getEpochSecond());
        json.writeNumberField("n", instant.getNano());
        json.writeEndObject();
    }

    private static Optional<Instant> time(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull()
                ? Optional.empty()
                : Optional.of(Instant.ofEpochSecond(
                        value.path("s").asLong(), value.path("n").asInt()));
    }
}
