package io.oxlinkit.adapter.http.wire;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Tolerant field reading: ids are read as strings whether sent as strings or numbers, dates as epoch
 * seconds (numbers, numeric strings, or ISO-8601 as a fallback), unknown fields ignored. A missing
 * required field is a {@link WireFormatException}.
 */
final class Fields {

    private Fields() {}

    static String required(JsonNode node, String field) {
        return optional(node, field).orElseThrow(() -> new WireFormatException("field '" + field + "' is missing"));
    }

    static Optional<String> optional(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull() || value.isContainerNode()) {
            return Optional.empty();
        }
        String text = WireText.checked(field, value.asText());
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    static String text(JsonNode node, String field) {
        return optional(node, field).orElse("");
    }

    static boolean bool(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull()) {
            return false;
        }
        return value.isBoolean() ? value.asBoolean() : Boolean.parseBoolean(value.asText());
    }

    static Optional<Instant> epoch(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (value.isNumber()) {
            return Optional.of(
                    value.canConvertToLong() && value.isIntegralNumber()
                            ? WireBounds.epochSeconds(field, value.asLong())
                            : WireBounds.epochSeconds(field, value.decimalValue()));
        }
        String text = value.asText().trim();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(WireBounds.epochSeconds(field, Long.parseLong(text)));
        } catch (NumberFormatException notEpoch) {
            try {
                return Optional.of(
                        WireBounds.instant(field, OffsetDateTime.parse(text).toInstant()));
            } catch (DateTimeParseException notIso) {
                return Optional.empty();
            }
        }
    }

    static Optional<BigDecimal> decimal(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (value.isNumber()) {
            if (value.isFloatingPointNumber() && !value.isBigDecimal() && !Double.isFinite(value.doubleValue())) {
                throw new WireFormatException("field '" + field + "' is out of range (not a finite number)");
            }
            return Optional.of(WireBounds.amount(field, value.decimalValue()));
        }
        try {
            return Optional.of(
                    WireBounds.amount(field, new BigDecimal(value.asText().trim())));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }
}
