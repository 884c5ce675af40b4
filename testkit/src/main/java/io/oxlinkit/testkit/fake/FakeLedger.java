package io.oxlinkit.testkit.fake;

import io.oxlinkit.application.port.OxlinApiException;
import io.oxlinkit.domain.account.Account;
import io.oxlinkit.domain.account.AccountClassification;
import io.oxlinkit.domain.account.AccountStatus;
import io.oxlinkit.domain.account.Money;
import io.oxlinkit.domain.account.Transaction;
import io.oxlinkit.domain.consent.Consent;
import io.oxlinkit.domain.consent.ConsentDecision;
import io.oxlinkit.domain.id.AccountId;
import io.oxlinkit.domain.id.ChannelDefinitionId;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.domain.provider.AccountType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The accounts each channel listed, the consent given to them, and the history each serves. */
final class FakeLedger {

    private static final Duration CLOSING = Duration.ofDays(2);

    private record Listed(Account account, String name, FakeConnection connection, Instant listedAt) {
        Listed with(Account changed) {
            return new Listed(changed, name, connection, listedAt);
        }
    }

    private final Map<AccountId, Listed> accounts = new LinkedHashMap<>();
    private final Set<String> declined = new HashSet<>();
    private final Map<AccountId, Integer> seeded = new HashMap<>();

    /** LIST_ACCOUNTS on {@code channel}: the bank's accounts of the channel's types not yet listed nor declined. */
    void list(FakeConnection connection, ChannelDefinitionId channel, Set<AccountType> types, Instant now) {
        Set<String> known = new HashSet<>();
        accounts.values().stream().filter(l -> l.connection() == connection).forEach(l -> known.add(l.name()));
        int index = (int) accounts.values().stream()
                .filter(l -> l.connection() == connection)
                .count();
        for (Map.Entry<String, AccountType> entry : connection.bank.accounts().entrySet()) {
            String name = entry.getKey();
            if (!types.contains(entry.getValue())
                    || known.contains(name)
                    || declined.contains(connection.id.value() + "|" + name)) {
                continue;
            }
            index++;
            AccountId id = AccountId.of(connection.id.value() + "-" + index);
            Money balance = new Money(
                    BigDecimal.valueOf(50_000L + 73_117L * index + Math.floorMod(connection.id.hashCode(), 97), 2),
                    java.util.Currency.getInstance("EUR"));
            accounts.put(
                    id,
                    new Listed(
                            new Account(
                                    id,
                                    connection.id,
                                    Optional.of(name),
                                    Optional.of("FR76" + id.value()),
                                    Optional.empty(),
                                    Optional.of(balance),
                                    Optional.of(now),
                                    entry.getValue(),
                                    AccountStatus.PENDING_CONSENT,
                                    AccountClassification.PERSONAL,
                                    Optional.of(channel)),
                            name,
                            connection,
                            now));
        }
    }

    boolean listedOn(FakeConnection connection, ChannelDefinitionId channel) {
        return accounts.values().stream()
                .anyMatch(l -> l.connection() == connection
                        && l.account().channelDefinitionId().equals(Optional.of(channel)));
    }

    List<Account> accounts(FakeConnection connection, Instant now) {
        List<Listed> listed = accounts.values().stream()
                .filter(l -> l.connection() == connection)
                .toList();
        List<Account> result = new ArrayList<>();
        for (int i = 0; i < listed.size(); i++) {
            Account account = listed.get(i).account();
            boolean closes = connection.bank.changesHistory()
                    && i == listed.size() - 1
                    && listed.size() > 1
                    && account.status() == AccountStatus.ACTIVE
                    && !now.isBefore(listed.get(i).listedAt().plus(CLOSING));
            result.add(closes ? account.withStatus(AccountStatus.CLOSED) : account);
        }
        return result;
    }

    /** Applies the decisions (all checked first); returns the channels whose accounts were decided. */
    Set<ChannelDefinitionId> consent(FakeConnection connection, Consent consent) {
        for (ConsentDecision decision : consent.decisions()) {
            Listed listed = accounts.get(decision.accountId());
            if (listed == null || listed.connection() != connection) {
                throw new OxlinApiException.BadRequest(
                        "invalid_account",
                        "account " + decision.accountId() + " is not part of connection " + connection.id,
                        "");
            }
        }
        Set<ChannelDefinitionId> channels = new LinkedHashSet<>();
        for (ConsentDecision decision : consent.decisions()) {
            Listed listed = accounts.get(decision.accountId());
            listed.account().channelDefinitionId().ifPresent(channels::add);
            if (decision.granted()) {
                accounts.put(decision.accountId(), listed.with(listed.account().withStatus(AccountStatus.ACTIVE)));
            } else {
                accounts.remove(decision.accountId());
                declined.add(connection.id.value() + "|" + listed.name());
            }
        }
        return channels;
    }

    /** Every pending account of the connection granted (what a widget does when the user shares all). */
    void grantAll(FakeConnection connection) {
        accounts.replaceAll(
                (id, l) -> l.connection() == connection ? l.with(l.account().withStatus(AccountStatus.ACTIVE)) : l);
    }

    List<Transaction> transactions(
            UserId user, AccountId accountId, FakeHistory.Filter filter, int page, int limit, Instant now) {
        if (page < 1 || limit < 1 || limit > 500) {
            throw new OxlinApiException.BadRequest("invalid_paging", "page must be at least 1 and limit 1 to 500", "");
        }
        Listed listed = accounts.get(accountId);
        if (listed == null || !listed.connection().user.equals(user)) {
            throw new OxlinApiException.NotFound("not_found", "account " + accountId + " not found", "");
        }
        if (listed.account().isPendingConsent()) {
            return List.of();
        }
        FakeBank bank = listed.connection().bank;
        if (bank.changesHistory() && !seeded.containsKey(accountId)) {
            List<Transaction> all =
                    FakeHistory.changing(accountId, bank.transactionsPerAccount(), listed.listedAt(), now).stream()
                            .filter(filter::keeps)
                            .toList();
            int from = (int) Math.min(all.size(), (long) (page - 1) * limit);
            return List.copyOf(all.subList(from, (int) Math.min(all.size(), (long) from + limit)));
        }
        return FakeHistory.plainPage(
                accountId, seeded.getOrDefault(accountId, bank.transactionsPerAccount()), filter, page, limit);
    }

    void seed(AccountId account, int count) {
        if (!accounts.containsKey(account)) {
            throw new IllegalArgumentException("the fake holds no account " + account);
        }
        seeded.put(account, count);
    }

    void remove(ConnectionId connection) {
        accounts.values().removeIf(l -> l.connection().id.equals(connection));
    }

    void removeUser(UserId user) {
        accounts.values().removeIf(l -> l.connection().user.equals(user));
    }
}
