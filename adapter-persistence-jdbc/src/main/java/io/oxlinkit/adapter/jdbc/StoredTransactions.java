package io.oxlinkit.adapter.jdbc;

import io.oxlinkit.adapter.jdbc.codec.WireValues;
import io.oxlinkit.domain.account.Money;
import io.oxlinkit.domain.account.Transaction;
import io.oxlinkit.domain.id.AccountId;
import io.oxlinkit.domain.id.TransactionId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Currency;

/** How a row of {@code oxk_transactions} reads back as a transaction, and what a transaction looks like once stored. */
final class StoredTransactions {

    private StoredTransactions() {}

    /** The transaction a row of {@code oxk_transactions} holds. */
    static Transaction read(ResultSet rows) throws SQLException {
        return WireValues.transaction(
                TransactionId.of(rows.getString("id")),
                AccountId.of(rows.getString("account_id")),
                new Money(
                        rows.getBigDecimal("amount").setScale(rows.getInt("amount_scale")),
                        Currency.getInstance(rows.getString("currency").trim())),
                Jdbc.instant(rows, "occurred_at").orElseThrow(),
                rows.getString("label"),
                rows.getString("type"),
                rows.getString("status"),
                Jdbc.instant(rows, "booking_date"),
                Jdbc.instant(rows, "value_date"),
                Jdbc.instant(rows, "import_date"));
    }

    /** The transaction as the store gives it back (times at the databases' microsecond precision). */
    static Transaction asStored(Transaction t) {
        return new Transaction(
                t.id(),
                t.accountId(),
                t.amount(),
                micros(t.date()),
                t.label(),
                t.type(),
                t.status(),
                t.bookingDate().map(StoredTransactions::micros),
                t.valueDate().map(StoredTransactions::micros),
                t.importDate().map(StoredTransactions::micros),
                t.unknown());
    }

    private static java.time.Instant micros(java.time.Instant instant) {
        return instant.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }
}
