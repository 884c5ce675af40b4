package io.oxlinkit.testkit.data;

import io.oxlinkit.domain.account.Account;
import io.oxlinkit.domain.account.AccountClassification;
import io.oxlinkit.domain.account.AccountStatus;
import io.oxlinkit.domain.account.Money;
import io.oxlinkit.domain.id.AccountId;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.provider.AccountType;
import java.util.Optional;

/** Builds an {@link Account} with sane defaults. */
public final class AccountBuilder {

    private String id = "a1";
    private String connectionId = "1000";
    private String name = "Compte courant";
    private AccountStatus status = AccountStatus.ACTIVE;
    private AccountType type = AccountType.CHECKINGS;
    private String balance = "100.00";
    private Optional<java.time.Instant> balanceDate = Optional.empty();

    /** Sets the id. */
    public AccountBuilder id(String value) {
        this.id = value;
        return this;
    }

    /** Sets the connection id. */
    public AccountBuilder connectionId(String value) {
        this.connectionId = value;
        return this;
    }

    /** Sets the name. */
    public AccountBuilder name(String value) {
        this.name = value;
        return this;
    }

    /** Sets the status. */
    public AccountBuilder status(AccountStatus value) {
        this.status = value;
        return this;
    }

    /** Sets the type. */
    public AccountBuilder type(AccountType value) {
        this.type = value;
        return this;
    }

    /** Sets the balance. */
    public AccountBuilder balance(String value) {
        this.balance = value;
        return this;
    }

    /** Sets the balance date. */
    public AccountBuilder balanceDate(java.time.Instant value) {
        this.balanceDate = Optional.of(value);
        return this;
    }

    /** The account with the values set so far. */
    public Account build() {
        return new Account(
                AccountId.of(id),
                ConnectionId.of(connectionId),
                Optional.of(name),
                Optional.of("0001"),
                Optional.empty(),
                Optional.of(Money.of(balance, "EUR")),
                balanceDate,
                type,
                status,
                AccountClassification.PERSONAL,
                Optional.empty());
    }
}
