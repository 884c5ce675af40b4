package io.oxlinkit.domain.account;

import io.oxlinkit.domain.id.AccountId;
import io.oxlinkit.domain.id.TransactionId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One transaction of an account.
 *
 * @param id the transaction id
 * @param accountId the account
 * @param amount the signed amount (negative for a debit)
 * @param date the transaction's date as OXLIN reports it
 * @param label the bank's label (empty when absent)
 * @param type its type
 * @param status its status
 * @param bookingDate the booking date, when given
 * @param valueDate the value date, when given
 * @param importDate when OXLIN imported it, when given
 */
public record Transaction(TransactionId id, AccountId accountId, Money amount, Instant date, String label,
                          TransactionType type, TransactionStatus status, Optional<Instant> bookingDate,
                          Optional<Instant> valueDate, Optional<Instant> importDate) {

    /** Requires the ids, amount, date, type and status. */
    public Transaction {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(accountId, "accountId must not be null");
        Objects.requireNonNull(amount, "amount must not be null");
        Objects.requireNonNull(date, "date must not be null");
        Objects.requireNonNull(type, "type must not be null");
        Objects.requireNonNull(status, "status must not be null");
        Objects.requireNonNull(bookingDate, "bookingDate must not be null");
        Objects.requireNonNull(valueDate, "valueDate must not be null");
        Objects.requireNonNull(importDate, "importDate must not be null");
        label = label == null ? "" : label;
    }
}
