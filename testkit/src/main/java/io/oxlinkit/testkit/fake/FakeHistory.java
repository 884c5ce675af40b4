package io.oxlinkit.testkit.fake;

import io.oxlinkit.domain.account.Money;
import io.oxlinkit.domain.account.Transaction;
import io.oxlinkit.domain.account.TransactionStatus;
import io.oxlinkit.domain.account.TransactionType;
import io.oxlinkit.domain.id.AccountId;
import io.oxlinkit.domain.id.TransactionId;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * The transactions the fake serves. A plain history is a pure function of the account and the index
 * (newest first, the two newest PENDING, debits negative), so a million cost no memory. A changing
 * history follows the fake's clock from the moment the account was listed: after one day its first
 * pending entry is booked under the same id, the second is replaced by a booked entry with a new id,
 * the third vanishes, the label of booked entry 2 is corrected and an entry dated ten days before the
 * listing is imported.
 */
final class FakeHistory {

    private static final Instant PLAIN_START = Instant.parse("2026-01-01T00:00:00Z");
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Duration SETTLING = Duration.ofDays(1);

    private FakeHistory() {}

    /** The i-th entry of a plain history (newest first). */
    static Transaction plain(AccountId accountId, int index) {
        BigDecimal amount = BigDecimal.valueOf((index % 7 - 3) * 1250L + 1, 2);
        Instant date = PLAIN_START.minus(index, ChronoUnit.HOURS);
        return new Transaction(
                TransactionId.of(accountId.value() + "-t" + index),
                accountId,
                new Money(amount, EUR),
                date,
                "Transaction " + index,
                amount.signum() < 0 ? TransactionType.DEBIT : TransactionType.CREDIT,
                index < 2 ? TransactionStatus.PENDING : TransactionStatus.BOOKED,
                Optional.empty(),
                Optional.empty(),
                Optional.of(date.plusSeconds(60)));
    }

    /**
     * The fake's reading of OXLIN's date filters: {@code start_date} keeps entries dated at or after it,
     * {@code end_date} those dated at or before it, {@code start_import_date} those imported at or after it
     * (an entry with no import date is left out).
     */
    record Filter(Optional<Instant> startDate, Optional<Instant> endDate, Optional<Instant> startImportDate) {
        boolean keeps(Transaction transaction) {
            if (startDate.isPresent() && transaction.date().isBefore(startDate.get())) {
                return false;
            }
            if (endDate.isPresent() && transaction.date().isAfter(endDate.get())) {
                return false;
            }
            return startImportDate.isEmpty()
                    || transaction
                            .importDate()
                            .filter(at -> !at.isBefore(startImportDate.get()))
                            .isPresent();
        }
    }

    /** One page of a plain history of {@code count} entries, of those the filter keeps. */
    static List<Transaction> plainPage(AccountId accountId, int count, Filter filter, int page, int limit) {
        int[] run = keptRun(accountId, count, filter);
        List<Transaction> result = new ArrayList<>();
        long from = run[0] + (long) (page - 1) * limit;
        for (long i = from; i < Math.min(run[1], from + limit); i++) {
            result.add(plain(accountId, (int) i));
        }
        return result;
    }

    /**
     * The run of plain entries the filter keeps, as [first, end): dates and import dates fall with the index, so
     * an end date skips a head and start dates cut a tail, each found by a binary search.
     */
    private static int[] keptRun(AccountId accountId, int count, Filter filter) {
        Filter untilOnly = new Filter(Optional.empty(), filter.endDate(), Optional.empty());
        Filter startsOnly = new Filter(filter.startDate(), Optional.empty(), filter.startImportDate());
        int first = firstIndex(count, i -> untilOnly.keeps(plain(accountId, i)));
        int end = firstIndex(count, i -> !startsOnly.keeps(plain(accountId, i)));
        return new int[] {first, Math.max(first, end)};
    }

    private static int firstIndex(int count, java.util.function.IntPredicate holdsFromHereOn) {
        int low = 0;
        int high = count;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (holdsFromHereOn.test(middle)) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }

    /** The whole changing history of an account listed at {@code listed}, as it is at {@code now}, newest first. */
    static List<Transaction> changing(AccountId accountId, int booked, Instant listed, Instant now) {
        boolean settled = !now.isBefore(listed.plus(SETTLING));
        List<Transaction> entries = new ArrayList<>();
        entries.add(entry(
                accountId,
                "-kept",
                "-23.40",
                "CB MONOPRIX",
                listed.minus(Duration.ofHours(1)),
                settled ? TransactionStatus.BOOKED : TransactionStatus.PENDING,
                listed));
        entries.add(
                settled
                        ? entry(
                                accountId,
                                "-swapped-booked",
                                "-61.15",
                                "CB TOTAL ENERGIES",
                                listed.minus(Duration.ofHours(2)),
                                TransactionStatus.BOOKED,
                                listed.plus(SETTLING))
                        : entry(
                                accountId,
                                "-swapped",
                                "-61.15",
                                "CB TOTAL ENERGIES",
                                listed.minus(Duration.ofHours(2)),
                                TransactionStatus.PENDING,
                                listed));
        if (!settled) {
            entries.add(entry(
                    accountId,
                    "-dropped",
                    "-9.99",
                    "PREAUTORISATION HOTEL",
                    listed.minus(Duration.ofHours(3)),
                    TransactionStatus.PENDING,
                    listed));
        }
        for (int i = 0; i < booked; i++) {
            Instant date = listed.minus(Duration.ofHours(6L * (i + 1)));
            BigDecimal amount = BigDecimal.valueOf(i % 4 == 1 ? 180_000L + i : -(1_000L + 137L * i), 2);
            String label = "ACHAT " + i + (settled && i == 2 ? " - LIBELLE CORRIGE" : "");
            entries.add(new Transaction(
                    TransactionId.of(accountId.value() + "-h" + i),
                    accountId,
                    new Money(amount, EUR),
                    date,
                    label,
                    amount.signum() < 0 ? TransactionType.DEBIT : TransactionType.CREDIT,
                    TransactionStatus.BOOKED,
                    Optional.of(date),
                    Optional.empty(),
                    Optional.of(listed.minus(Duration.ofMinutes(5)))));
        }
        if (settled) {
            entries.add(entry(
                    accountId,
                    "-late",
                    "-15.00",
                    "FRAIS TENUE DE COMPTE",
                    listed.minus(Duration.ofDays(10)),
                    TransactionStatus.BOOKED,
                    listed.plus(SETTLING)));
        }
        entries.sort(Comparator.comparing(Transaction::date).reversed());
        return entries;
    }

    private static Transaction entry(
            AccountId accountId,
            String suffix,
            String amount,
            String label,
            Instant date,
            TransactionStatus status,
            Instant imported) {
        return new Transaction(
                TransactionId.of(accountId.value() + suffix),
                accountId,
                Money.of(amount, "EUR"),
                date,
                label,
                TransactionType.DEBIT,
                status,
                status == TransactionStatus.BOOKED ? Optional.of(date) : Optional.empty(),
                Optional.empty(),
                Optional.of(imported));
    }
}
