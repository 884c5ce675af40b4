package io.oxlinkit.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.oxlinkit.application.HealthItem;
import io.oxlinkit.domain.account.Account;
import io.oxlinkit.domain.account.Money;
import io.oxlinkit.domain.account.Transaction;
import io.oxlinkit.domain.provider.Provider;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the data commands print with {@code --json}: one JSON document on stdout, its fields documented in docs/cli.md. */
final class JsonOutput {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonOutput() {}

    static void print(PrintStream out, Object document) {
        try {
            out.println(MAPPER.writeValueAsString(document));
        } catch (com.fasterxml.jackson.core.JsonProcessingException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    static List<Map<String, Object>> accounts(List<Account> accounts) {
        return accounts.stream()
                .map(account -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("id", account.id().value());
                    row.put("connection_id", account.connectionId().value());
                    row.put("name", account.name().orElse(null));
                    row.put("iban", account.iban().orElse(null));
                    row.put("type", account.type().toString());
                    row.put("status", account.status().toString());
                    account.balance().ifPresent(balance -> money(row, "balance", balance));
                    return row;
                })
                .toList();
    }

    static List<Map<String, Object>> transactions(List<Transaction> transactions) {
        return transactions.stream()
                .map(transaction -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("id", transaction.id().value());
                    row.put("account_id", transaction.accountId().value());
                    row.put("date", transaction.date().toString());
                    row.put("label", transaction.label());
                    money(row, "amount", transaction.amount());
                    row.put("type", transaction.rawType());
                    row.put("status", transaction.rawStatus());
                    return row;
                })
                .toList();
    }

    static List<Map<String, Object>> providers(List<Provider> providers) {
        return providers.stream()
                .map(provider -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("id", provider.id().toString());
                    row.put("name", provider.name());
                    row.put(
                            "channels",
                            provider.channelDefinitions().stream()
                                    .map(c -> Map.of(
                                            "id",
                                            c.id().toString(),
                                            "mode",
                                            c.mode().toString()))
                                    .toList());
                    return row;
                })
                .toList();
    }

    static List<Map<String, Object>> health(List<HealthItem> items) {
        return items.stream()
                .map(item -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("user_id", item.userId().toString());
                    row.put("connection_id", item.issue().connectionId().toString());
                    row.put("step", item.step().getClass().getSimpleName());
                    row.put("urgent", item.urgent());
                    return row;
                })
                .toList();
    }

    /** An amount as a decimal string (never a binary floating point number) and its currency. */
    private static void money(Map<String, Object> row, String field, Money money) {
        row.put(field, money.amount().toPlainString());
        row.put(field + "_currency", money.currency().getCurrencyCode());
    }
}
