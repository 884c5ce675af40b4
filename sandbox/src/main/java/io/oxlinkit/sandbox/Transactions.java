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

    /** Entries newer than this index are still PENDING at the bank. */
    static final int PENDING_AT_TOP = 2;

    /** The amount of the i-th transaction, in cents, signed (the salary credit positive, every other entry a debit); deterministic. */
    static long amountCents(String accountId, int index) {
        long mixed = (accountId.hashCode() * 31L + index) * 2654435761L;
        long cents = Math.floorMod(mixed, 15_000L) + 100L;
        return index % 8 == 1 ? cents + 150_000L : -cents;
    }

    /** Which transactions a page holds: the account's generator and an index range (computed, never stored). */
    record Slice(String accountId, String currency, long anchor, int from, int to) {
    }

    /** One page of the account's history as JSON: empty while it waits for consent, computed or living otherwise. */
    static byte[] page(Ledger.Account account, long now, int page, int limit, Long start, Long end) {
        if (account.status.equals("PENDING_CONSENT")) {
            return page(new Slice(account.id, "EUR", account.anchor, 0, 0));
        }
        if (account.bank.livingHistory() && !account.seeded) {
            return Json.bytes(LivingHistory.page(account.id, account.anchor, now, Math.min(account.transactions, 60), page, limit, start, end));
        }
        long first = 0;
        long last = account.transactions - 1L;
        if (end != null) {
            first = Math.max(first, -Math.floorDiv(-(account.anchor - end), SPACING_SECONDS));
        }
        if (start != null) {
            last = Math.min(last, Math.floorDiv(account.anchor - start, SPACING_SECONDS));
        }
        long from = first + (long) (page - 1) * limit;
        long to = Math.min(last + 1, from + limit);
        if (from > last || to <= from) {
            return page(new Slice(account.id, "EUR", account.anchor, 0, 0));
        }
        return page(new Slice(account.id, "EUR", account.anchor, (int) from, (int) to));
    }

    static byte[] page(Slice slice) {
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
                json.writeStringField("status", i < PENDING_AT_TOP ? "PENDING" : "BOOKED");
                json.writeEndObject();
            }
            json.writeEndArray();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toByteArray();
    }
}
