package io.oxlinkit.testkit.data;

import io.oxlinkit.domain.account.Money;
import io.oxlinkit.domain.account.Transaction;
import io.oxlinkit.domain.account.TransactionStatus;
import io.oxlinkit.domain.account.TransactionType;
import io.oxlinkit.domain.id.AccountId;
import io.oxlinkit.domain.id.TransactionId;
import java.time.Instant;
import java.util.Optional;

/** Builds a {@link Transaction} with sane defaults. */
public final class TransactionBuilder {

    private String id = "t1";
    private String accountId = "a1";
    private String amount = "-12.30";
    private Instant date = Instant.parse("2026-01-01T00:00:00Z");
    private String label = "CB CAFE";
    private TransactionStatus status = TransactionStatus.BOOKED;

    /** Sets the id. */
    public TransactionBuilder id(String value) {
        this.id = value;
        return this;
    }

    /** Sets the account id. */
    public TransactionBuilder accountId(String value) {
        this.accountId = value;
        return this;
    }

    /** Sets the amount. */
    public TransactionBuilder amount(String value) {
        this.amount = value;
        return this;
    }

    /** Sets the date. */
    public TransactionBuilder date(Instant value) {
        this.date = value;
        return this;
    }

    /** Sets the label. */
    public TransactionBuilder label(String value) {
        this.label = value;
        return this;
    }

    /** Default BOOKED (a PENDING one gets no booking date). */
    public TransactionBuilder status(TransactionStatus value) {
        this.status = value;
        return this;
    }

    /** The transaction with the values set so far. */
    public Transaction build() {
        Money money = Money.of(amount, "EUR");
        return new Transaction(
                TransactionId.of(id),
                AccountId.of(accountId),
                money,
                date,
                label,
                money.amount().signum() < 0 ? TransactionType.DEBIT : TransactionType.CREDIT,
                status,
                status == TransactionStatus.PENDING ? Optional.empty() : Optional.of(date),
                Optional.empty(),
                Optional.empty());
    }
}
