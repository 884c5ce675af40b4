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

    private static final String[] LABELS = {
        "CB CARREFOUR",
        "VIR SALAIRE",
        "PRLV EDF",
        "CB SNCF",
        "RETRAIT DAB",
        "CB AMAZON",
        "PRLV FREE MOBILE",
        "VIR LOYER"
    };
    private static final String[] TYPES = {
        "POINT_OF_SALE",
        "CREDIT",
        "DIRECT_DEBIT",
        "POINT_OF_SALE",
        "ATM",
        "POINT_OF_SALE",
        "DIRECT_DEBIT",
        "INTERNAL_TRANSFER"
    };

    private Transactions() {}

    /** Entries newer than this index are still PENDING at the bank. */
    static final int PENDING_AT_TOP = 2;

    /** The amount of the i-th transaction, in cents, signed (the salary credit positive, every other entry a debit); deterministic. */
    static long amountCents(String accountId, int index) {
        long mixed = (accountId.hashCode() * 31L + index) * 2654435761L;
        long cents = Math.floorMod(mixed, 15_000L) + 100L;
        return index % 8 == 1 ? cents + 150_000L : -cents;
    }

    /** Seconds between two entries the bank adds after the listing: 100 a day. */
    static final long NEW_SPACING_SECONDS = 864;

    /**
     * Which transactions a page holds: the account's generator and a range of positions, newest first. The
     * first {@code newer} positions are the entries the bank added after the listing (the k-th added is
     * {@code <account>-n<k>}, dated {@code anchor + (k + 1) * NEW_SPACING_SECONDS}); position {@code newer + i}
     * is the i-th entry of the history as it was listed ({@code <account>-<i>}). The two newest positions are
     * PENDING, so when entries are added the former newest ones are booked (same ids).
     */
    record Slice(String accountId, String currency, long anchor, int newer, int from, int to) {
        long date(long position) {
            return position < newer
                    ? anchor + (newer - position) * NEW_SPACING_SECONDS
                    : anchor - (position - newer) * SPACING_SECONDS;
        }
    }

    /** The filters of GET /transactions the sandbox honours (epoch seconds, each null when absent). */
    record Filters(Long startDate, Long endDate, Long startImportDate) {}

    /** One page of the account's history as JSON: empty while it waits for consent, computed or living otherwise. */
    static byte[] page(Ledger.Account account, long now, int page, int limit, Filters filters) {
        if (account.status.equals("PENDING_CONSENT")) {
            return page(new Slice(account.id, "EUR", account.anchor, 0, 0, 0));
        }
        if (account.bank.livingHistory() && !account.seeded) {
            return Json.bytes(LivingHistory.page(
                    account.id, account.anchor, now, Math.min(account.transactions, 60), page, limit, filters));
        }
        Slice all =
                new Slice(account.id, "EUR", account.anchor, account.newer, 0, account.newer + account.transactions);
        // dates fall with the position: the filters keep one run of positions [first, last]
        long first = filters.endDate() == null ? 0 : firstPosition(all, p -> all.date(p) <= filters.endDate());
        long lowest = Math.max(
                filters.startDate() == null ? Long.MIN_VALUE : filters.startDate(),
                filters.startImportDate() == null ? Long.MIN_VALUE : filters.startImportDate() - IMPORT_DELAY_SECONDS);
        long last = firstPosition(all, p -> all.date(p) < lowest) - 1;
        long from = first + (long) (page - 1) * limit;
        long to = Math.min(last + 1, from + limit);
        if (from > last || to <= from) {
            return page(new Slice(account.id, "EUR", account.anchor, 0, 0, 0));
        }
        return page(new Slice(account.id, "EUR", account.anchor, account.newer, (int) from, (int) to));
    }

    /** Seconds between an entry's date and its import. */
    static final long IMPORT_DELAY_SECONDS = 60;

    /** The first position where {@code past} holds (it holds from some position on), or the size when it never does. */
    private static long firstPosition(Slice all, java.util.function.LongPredicate past) {
        long low = 0;
        long high = all.to();
        while (low < high) {
            long middle = (low + high) >>> 1;
            if (past.test(middle)) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }

    static byte[] page(Slice slice) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, (slice.to() - slice.from()) * 420));
        try (JsonGenerator json = Json.MAPPER.getFactory().createGenerator(out)) {
            json.writeStartArray();
            for (int position = slice.from(); position < slice.to(); position++) {
                boolean added = position < slice.newer();
                int i = added ? slice.newer() - 1 - position : position - slice.newer();
                String id = added ? "n" + i : Integer.toString(i);
                long date = slice.date(position);
                json.writeStartObject();
                json.writeStringField("id", slice.accountId() + "-" + id);
                json.writeStringField("account_id", slice.accountId());
                json.writeNumberField(
                        "amount", BigDecimal.valueOf(amountCents(slice.accountId(), added ? -1 - i : i), 2));
                json.writeStringField("currency", slice.currency());
                json.writeStringField("original_trx_id", "orig-" + id);
                json.writeStringField("type", TYPES[i % TYPES.length]);
                json.writeStringField("origin", "ORIGINAL");
                json.writeStringField("category_id", Integer.toString(100 + i % 40));
                json.writeNumberField("date", date);
                json.writeNumberField("import_date", date + IMPORT_DELAY_SECONDS);
                json.writeNumberField("booking_date", date);
                json.writeNumberField("transaction_date", date);
                json.writeNumberField("value_date", date + 86_400);
                json.writeStringField("label", LABELS[i % LABELS.length] + " " + id);
                json.writeStringField("notes", "");
                json.writeArrayFieldStart("remittance_information");
                json.writeString("REF " + id);
                json.writeEndArray();
                json.writeStringField("status", position < PENDING_AT_TOP ? "PENDING" : "BOOKED");
                json.writeEndObject();
            }
            json.writeEndArray();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toByteArray();
    }
}
