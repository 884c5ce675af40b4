package io.oxlinkit.domain.account;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount in a currency; never a floating-point number.
 *
 * @param amount the signed amount
 * @param currency the ISO 4217 currency
 */
public record Money(BigDecimal amount, Currency currency) {

    /** Requires both parts. */
    public Money {
        Objects.requireNonNull(amount, "amount must not be null");
        Objects.requireNonNull(currency, "currency must not be null");
    }

    /** Parses a decimal string and a currency code, for example {@code of("-12.30", "EUR")}. */
    public static Money of(String amount, String currencyCode) {
        return new Money(new BigDecimal(amount), Currency.getInstance(currencyCode));
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}
