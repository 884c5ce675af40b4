package io.oxlinkit.sandbox;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

/**
 * Transactions are computed, never stored: the i-th newest transaction of an account is a pure
 * function of the account and i, so a million can be served without holding them in memory.
 */
final class Transactions {

    /** Seconds between two consecutive transactions of an account. */
    static final long SPACING_SECONDS = 3600;

    private static final String[] LABELS = {"CB CARREFOUR", "VIR SALAIRE", "PRLV EDF", "CB SNCF", "RETRAIT DAB", "CB AMAZON",
            "PRLV FREE MOBILE", "VIR LOYER"};
    private static final String[] TYPES = {"POINT_OF_SALE", "CREDIT", "DIRECT_DEBIT", "POINT_OF_SALE", "ATM", "POINT_OF_SALE",
            "DIRECT_DEBIT", "INTERNAL_TRANSFER"};

    private Transactions() {
    }

    /** The amount of the i-th transaction, in cents, signed; deterministic. */
    static long amountCents(String accountId, int index) {
        long mixed = (accountId.hashCode() * 31L + index) * 2654435761L;
        long cents = Math.floorMod(mixed, 20_000L) - 15_000L;
        return index % 8 == 1 ? Math.abs(cents) + 150_000L : cents;
    }

    static byte[] page(World.TransactionSlice slice) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, (slice.to() - slice.from()) * 420));
        try (JsonGenerator json = Json.MAPPER.getFactory().createGenerator(out)) {
            json.writeStartArray();
            for (int i = slice.from(); i < slice.to(); i++) {
                long date = slice.anchor() - i * SPACING_SECONDS;
                json.writeStartObject();
                json.writeStringField("id", slice.accountId() + "-" + i);
                json.writeStringField("account_id", slice.accountId());
                json.writeNumberField("amount", BigDecimal.valueOf(amountCents(slice.accountId(), i), 2));
                json.writeStringField("currency", slice.currency());
                json.writeStringField("original_trx_id", "orig-" + i);
                json.writeStringField("type", TYPES[i % TYPES.length]);
                json.writeStringField("origin", "ORIGINAL");
                json.writeStringField("category_id", Integer.toString(100 + i % 40));
                json.writeNumberField("date", date);
                json.writeNumberField("import_date", date + 60);
                json.writeNumberField("booking_date", date);
                json.writeNumberField("transaction_date", date);
                json.writeNumberField("value_date", date + 86_400);
                json.writeStringField("label", LABELS[i % LABELS.length] + " " + i);
                json.writeStringField("notes", "");
                json.writeArrayFieldStart("remittance_information");
                json.writeString("REF " + i);
                json.writeEndArray();
                json.writeStringField("status", "BOOKED");
                json.writeEndObject();
            }
            json.writeEndArray();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toByteArray();
    }
}
