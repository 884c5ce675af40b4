package io.oxlinkit.adapter.jdbc.codec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

    public String write(Transaction t) {
        ObjectNode node = mapper.createObjectNode();
        node.put("v", 1);
        node.put("id", t.id().value());
        node.put("account_id", t.accountId().value());
        node.put("amount", t.amount().amount().toString());
        node.put("currency", t.amount().currency().getCurrencyCode());
        time(node, "date", t.date());
        node.put("label", t.label());
        node.put("type", t.rawType());
        node.put("status", t.rawStatus());
        t.bookingDate().ifPresent(d -> time(node, "booking_date", d));
        t.valueDate().ifPresent(d -> time(node, "value_date", d));
        t.importDate().ifPresent(d -> time(node, "import_date", d));
        try {
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException impossible) {
            throw new StorageException("could not write a transaction", impossible);
        }
    }

    public Transaction read(String json) {
        JsonNode node;
        try {
            node = mapper.readTree(json);
        } catch (JsonProcessingException corrupt) {
            throw new StorageException("a stored change does not parse", corrupt);
        }
        return WireValues.transaction(TransactionId.of(node.path("id").asText()), AccountId.of(node.path("account_id").asText()),
                new Money(new BigDecimal(node.path("amount").asText()), Currency.getInstance(node.path("currency").asText())),
                time(node, "date").orElseThrow(), node.path("label").asText(""), node.path("type").asText(""),
                node.path("status").asText(""), time(node, "booking_date"), time(node, "value_date"), time(node, "import_date"));
    }

    private static void time(ObjectNode node, String field, Instant instant) {
        node.putObject(field).put("s", instant.getEpochSecond()).put("n", instant.getNano());
    }

    private static Optional<Instant> time(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? Optional.empty()
                : Optional.of(Instant.ofEpochSecond(value.path("s").asLong(), value.path("n").asInt()));
    }
}
