package io.oxlinkit.domain.account;

import io.oxlinkit.domain.id.AccountId;
import io.oxlinkit.domain.id.TransactionId;
import io.oxlinkit.domain.wire.UnknownValues;
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
 * @param unknown the raw {@code type} and {@code status} this version does not know
 */
public record Transaction(
        TransactionId id,
        AccountId accountId,
        Money amount,
        Instant date,
        String label,
        TransactionType type,
        TransactionStatus status,
        Optional<Instant> bookingDate,
        Optional<Instant> valueDate,
        Optional<Instant> importDate,
        UnknownValues unknown) {

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
        Objects.requireNonNull(unknown, "unknown must not be null");
        label = label == null ? "" : label;
    }

    /** A transaction whose type and status this version knows. */
    public Transaction(
            TransactionId id,
            AccountId accountId,
            Money amount,
            Instant date,
            String label,
            TransactionType type,
            TransactionStatus status,
            Optional<Instant> bookingDate,
            Optional<Instant> valueDate,
            Optional<Instant> importDate) {
        this(
                id,
                accountId,
                amount,
                date,
                label,
                type,
                status,
                bookingDate,
                valueDate,
                importDate,
                UnknownValues.none());
    }

    /** The type as OXLIN sent it. */
    public String rawType() {
        return unknown.raw("type", type);
    }

    /** The status as OXLIN sent it. */
    public String rawStatus() {
        return unknown.raw("status", status);
    }
}
