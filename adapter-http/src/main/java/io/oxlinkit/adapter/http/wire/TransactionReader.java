package io.oxlinkit.adapter.http.wire;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.oxlinkit.domain.account.Money;
import io.oxlinkit.domain.account.Transaction;
import io.oxlinkit.domain.account.TransactionStatus;
import io.oxlinkit.domain.account.TransactionType;
import io.oxlinkit.domain.id.AccountId;
import io.oxlinkit.domain.id.TransactionId;
import io.oxlinkit.domain.wire.UnknownValues;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * Reads a page of transactions with Jackson's streaming parser, straight into domain records: no tree,
 * no intermediate DTO (the sync's hot path). Tolerant like {@link WireReader}: unknown fields skipped,
 * ids as strings, amounts as decimals, epoch-second dates.
 */
public final class TransactionReader {

    private final JsonFactory factory;

    /** Creates it on what it needs; the adapter wires it. */
    public TransactionReader(JsonFactory factory) {
        this.factory = factory;
    }

    /** Reads the JSON array of a page, of any length. */
    public List<Transaction> page(InputStream body) throws IOException {
        return page(body, Integer.MAX_VALUE);
    }

    /**
     * Reads the JSON array of a page asked with {@code limit}: a page with more rows than that is a
     * {@link WireFormatException}, found at the first extra row (the rest is not read).
     */
    public List<Transaction> page(InputStream body, int limit) throws IOException {
        List<Transaction> page = new ArrayList<>(Math.min(limit, 500));
        Interned interned = new Interned();
        try (JsonParser parser = factory.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new WireFormatException("a page of transactions must be a JSON array");
            }
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                if (page.size() == limit) {
                    throw new WireFormatException("the page holds more than the " + limit + " transactions asked for");
                }
                try {
                    page.add(transaction(parser, interned));
                } catch (IllegalArgumentException
                        | java.time.DateTimeException
                        | ArithmeticException
                        | NullPointerException invalid) {
                    throw WireFormatException.refused("transaction", invalid);
                }
            }
            if (parser.currentToken() != JsonToken.END_ARRAY) {
                throw new WireFormatException("the page of transactions is not a closed array");
            }
        }
        return page;
    }

    /** Values that repeat on every row of a page (the account, the currency), built once per page. */
    private static final class Interned {
        private String accountText;
        private AccountId account;
        private String currencyText;
        private Currency currency;

        AccountId account(String text) {
            if (!text.equals(accountText)) {
                accountText = text;
                account = AccountId.of(text);
            }
            return account;
        }

        Currency currency(String text, String transactionId) {
            String code = text == null ? "EUR" : text;
            if (!code.equals(currencyText)) {
                try {
                    currency = Currency.getInstance(code.trim().toUpperCase(java.util.Locale.ROOT));
                } catch (IllegalArgumentException unknown) {
                    throw new WireFormatException("transaction " + transactionId + " has an unknown currency");
                }
                currencyText = code;
            }
            return currency;
        }
    }

    private static Transaction transaction(JsonParser parser, Interned interned) throws IOException {
        String id = null;
        String account = null;
        BigDecimal amount = null;
        String currency = null;
        Instant date = null;
        Instant booking = null;
        Instant value = null;
        Instant imported = null;
        String label = "";
        String type = null;
        String status = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken token = parser.nextToken();
            if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                parser.skipChildren();
                continue;
            }
            if (token == JsonToken.VALUE_NULL) {
                continue;
            }
            switch (field) {
                case "id" -> id = WireText.checked("id", parser.getText());
                case "account_id" -> account = WireText.checked("account_id", parser.getText());
                case "amount" ->
                    amount = WireBounds.amount(
                            "amount",
                            token.isNumeric()
                                    ? parser.getDecimalValue()
                                    : new BigDecimal(parser.getText().trim()));
                case "currency" -> currency = WireText.checked("currency", parser.getText());
                case "date" -> date = epoch("date", parser, token);
                case "booking_date" -> booking = epoch("booking_date", parser, token);
                case "value_date" -> value = epoch("value_date", parser, token);
                case "import_date" -> imported = epoch("import_date", parser, token);
                case "label" -> label = WireText.checked("label", parser.getText());
                case "type" -> type = WireText.checked("type", parser.getText());
                case "status" -> status = WireText.checked("status", parser.getText());
                default -> {}
            }
        }
        if (id == null || account == null || amount == null) {
            throw new WireFormatException("a transaction lacks its id, account_id or amount");
        }
        Currency code = interned.currency(currency, id);
        Instant when = date != null ? date : booking != null ? booking : imported != null ? imported : Instant.EPOCH;
        TransactionType knownType = TransactionType.fromWire(type);
        TransactionStatus knownStatus = TransactionStatus.fromWire(status);
        return new Transaction(
                TransactionId.of(id),
                interned.account(account),
                new Money(amount, code),
                when,
                label,
                knownType,
                knownStatus,
                Optional.ofNullable(booking),
                Optional.ofNullable(value),
                Optional.ofNullable(imported),
                UnknownValues.none().with("type", knownType, type).with("status", knownStatus, status));
    }

    private static Instant epoch(String field, JsonParser parser, JsonToken token) throws IOException {
        if (token.isNumeric()) {
            if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER || token == JsonToken.VALUE_NUMBER_FLOAT) {
                return WireBounds.epochSeconds(field, parser.getDecimalValue());
            }
            return WireBounds.epochSeconds(field, parser.getLongValue());
        }
        try {
            return WireBounds.epochSeconds(
                    field, Long.parseLong(parser.getText().trim()));
        } catch (NumberFormatException notEpoch) {
            return null;
        }
    }
}
