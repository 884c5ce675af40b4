package io.oxlinkit.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The history of a Living Bank account as it stands at a given time, counted from the moment the
 * account was listed (its anchor). At the anchor the three newest entries are PENDING. Twelve hours
 * later the bank books them: the first under the same id, the second under a new id, the third is
 * dropped. A day later it corrects the label of the second booked entry and imports a refund dated
 * fifteen days before the anchor, which moves the account's balance. After 36 hours its card account closes
 * ({@link Ledger}).
 */
final class LivingHistory {

    static final long BOOKING_DELAY = 12 * 3600;
    static final long CORRECTION_DELAY = 24 * 3600;
    static final long CLOSING_DELAY = 36 * 3600;
    static final long REFUND_CENTS = 3250;

    private record Entry(String id, long date, long imported, long cents, String label, String type, String status) {}

    private LivingHistory() {}

    /** The page, newest first, of the entries dated within [start, end] and imported from the start import date, when given. */
    static ArrayNode page(
            String accountId, long anchor, long now, int booked, int page, int limit, Transactions.Filters filters) {
        List<Entry> entries = entries(accountId, anchor, now, booked);
        ArrayNode json = Json.array();
        entries.stream()
                .filter(e -> filters.startDate() == null || e.date() >= filters.startDate())
                .filter(e -> filters.endDate() == null || e.date() <= filters.endDate())
                .filter(e -> filters.startImportDate() == null || e.imported() >= filters.startImportDate())
                .skip((long) (page - 1) * limit)
                .limit(limit)
                .forEach(e -> json.add(json(accountId, e)));
        return json;
    }

    private static List<Entry> entries(String accountId, long anchor, long now, int booked) {
        long age = now - anchor;
        boolean bookedYet = age >= BOOKING_DELAY;
        boolean corrected = age >= CORRECTION_DELAY;
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry(
                accountId + "-bakery",
                anchor - 1800,
                anchor - 1700,
                -420,
                "PAIEMENT CB BOULANGERIE DU COIN",
                "POINT_OF_SALE",
                bookedYet ? "BOOKED" : "PENDING"));
        if (bookedYet) {
            entries.add(new Entry(
                    accountId + "-train-booked",
                    anchor - 3000,
                    anchor + BOOKING_DELAY,
                    -8700,
                    "CB SNCF CONNECT",
                    "POINT_OF_SALE",
                    "BOOKED"));
        } else {
            entries.add(new Entry(
                    accountId + "-train",
                    anchor - 3000,
                    anchor - 2900,
                    -8700,
                    "CB SNCF CONNECT",
                    "POINT_OF_SALE",
                    "PENDING"));
            entries.add(new Entry(
                    accountId + "-hold",
                    anchor - 4200,
                    anchor - 4100,
                    -15000,
                    "PRE-AUTORISATION LOCATION VOITURE",
                    "POINT_OF_SALE",
                    "PENDING"));
        }
        for (int i = 0; i < booked; i++) {
            long date = anchor - 86_400L * (i + 1);
            long cents = i % 5 == 3 ? 210_000 + i : -(2_500 + 311L * i);
            String label = i == 1 && corrected
                    ? "PRLV SEPA ORANGE SA FACTURE NOV"
                    : i == 1 ? "PRLV SEPA ORANGE" : "ACHAT N" + i;
            entries.add(new Entry(
                    accountId + "-b" + i,
                    date,
                    date + 600,
                    cents,
                    label,
                    cents > 0 ? "CREDIT" : "DIRECT_DEBIT",
                    "BOOKED"));
        }
        if (corrected) {
            entries.add(new Entry(
                    accountId + "-refund",
                    anchor - 15 * 86_400L,
                    anchor + CORRECTION_DELAY,
                    REFUND_CENTS,
                    "REMBOURSEMENT MUTUELLE",
                    "CREDIT",
                    "BOOKED"));
        }
        entries.sort(Comparator.comparingLong(Entry::date).reversed());
        return entries;
    }

    private static ObjectNode json(String accountId, Entry entry) {
        ObjectNode json = Json.object();
        json.put("id", entry.id());
        json.put("account_id", accountId);
        json.put("amount", BigDecimal.valueOf(entry.cents(), 2));
        json.put("currency", "EUR");
        json.put("type", entry.type());
        json.put("origin", "ORIGINAL");
        json.put("date", entry.date());
        json.put("import_date", entry.imported());
        if (entry.status().equals("BOOKED")) {
            json.put("booking_date", entry.date());
        }
        json.put("label", entry.label());
        json.put("status", entry.status());
        return json;
    }
}
