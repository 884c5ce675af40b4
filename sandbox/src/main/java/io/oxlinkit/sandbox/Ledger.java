package io.oxlinkit.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.oxlinkit.sandbox.TestBanks.AccountDef;
import io.oxlinkit.sandbox.TestBanks.Bank;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/** The accounts each channel listed, the consent given to them, and what their histories serve. */
final class Ledger {

    /** One account as the sandbox holds it. */
    static final class Account {
        final String id;
        final String connectionId;
        final String userId;
        final Bank bank;
        final AccountDef def;
        final String channelId;
        final long anchor;
        final long balanceCents;
        String status = "PENDING_CONSENT";
        int transactions;
        /** Entries the bank added after the listing (served above the listed history). */
        int newer;

        boolean seeded;

        Account(
                String id,
                LiveConnection connection,
                AccountDef def,
                String channelId,
                long anchor,
                int transactions,
                long balanceCents) {
            this.id = id;
            this.connectionId = connection.id;
            this.userId = connection.userId;
            this.bank = connection.bank;
            this.def = def;
            this.channelId = channelId;
            this.anchor = anchor;
            this.transactions = transactions;
            this.balanceCents = balanceCents;
        }

        /**
         * The balance at {@code now}, in cents: a loan's is negative; a Living Bank account's moves when the bank
         * imports its late refund (a day after the listing).
         */
        long balanceCentsAt(long now) {
            long base = def.type().equals("LOAN") ? -balanceCents * 20 : balanceCents;
            boolean refunded = bank.livingHistory() && now - anchor >= LivingHistory.CORRECTION_DELAY;
            return refunded ? base + LivingHistory.REFUND_CENTS : base;
        }

        /** The status at {@code now}: a Living Bank card account closes 36 hours after it was listed. */
        String statusAt(long now) {
            boolean closes = bank.livingHistory()
                    && def.type().equals("CREDIT_CARD")
                    && status.equals("ACTIVE")
                    && now - anchor >= LivingHistory.CLOSING_DELAY;
            return closes ? "CLOSED" : status;
        }
    }

    private final Supplier<String> ids;
    private final Map<String, Account> accounts = new LinkedHashMap<>();
    private final Set<String> declined = new HashSet<>();
    private final Map<String, Integer> seededBanks = new LinkedHashMap<>();
    private final int defaultCount;

    Ledger(Supplier<String> ids, int defaultCount) {
        this.ids = ids;
        this.defaultCount = defaultCount;
    }

    /** LIST_ACCOUNTS on a channel: the bank's accounts of the channel's types, unless listed already or declined before. */
    void list(LiveConnection connection, LiveChannel channel, long now) {
        for (AccountDef def : TestBanks.accountsFor(connection.bank, channel.def)) {
            boolean known =
                    accounts.values().stream().anyMatch(a -> a.connectionId.equals(connection.id) && a.def.equals(def));
            if (known || declined.contains(connection.id + "|" + def.name())) {
                continue;
            }
            String id = ids.get();
            long balance = 10_000L + Math.floorMod((id + def.name()).hashCode(), 900_000L);
            accounts.put(
                    id,
                    new Account(
                            id,
                            connection,
                            def,
                            channel.def.id(),
                            now,
                            seededBanks.getOrDefault(connection.bank.id(), defaultCount),
                            balance));
        }
    }

    boolean listedOn(LiveConnection connection, String channelId) {
        return accounts.values().stream()
                .anyMatch(a -> a.connectionId.equals(connection.id) && a.channelId.equals(channelId));
    }

    List<Account> of(String userId, String connectionId) {
        return accounts.values().stream()
                .filter(a -> a.userId.equals(userId))
                .filter(a -> connectionId == null || a.connectionId.equals(connectionId))
                .toList();
    }

    List<Account> pending(String connectionId) {
        return accounts.values().stream()
                .filter(a -> a.connectionId.equals(connectionId) && a.status.equals("PENDING_CONSENT"))
                .toList();
    }

    Account owned(String userId, String accountId) {
        Account account = accounts.get(accountId);
        if (account == null || !account.userId.equals(userId)) {
            throw ApiError.notFound("account " + accountId);
        }
        return account;
    }

    /** Checks every decision first, then applies them; returns the channels whose accounts were decided. */
    Set<String> consent(LiveConnection connection, ArrayNode decisions) {
        for (JsonNode decision : decisions) {
            String accountId = Json.text(decision, "account_id");
            JsonNode consent = decision.get("consent");
            if (consent == null || !consent.isBoolean()) {
                throw ApiError.badRequest("invalid_type", "consent of account " + accountId + " must be a boolean");
            }
            Account account = accounts.get(accountId);
            if (account == null || !account.connectionId.equals(connection.id)) {
                throw ApiError.badRequest(
                        "invalid_account", "account " + accountId + " is not part of connection " + connection.id);
            }
        }
        Set<String> channels = new LinkedHashSet<>();
        for (JsonNode decision : decisions) {
            Account account = accounts.get(decision.get("account_id").asText());
            channels.add(account.channelId);
            decide(connection, account, decision.get("consent").asBoolean());
        }
        return channels;
    }

    /** The widget's account picker: the selected pending accounts are granted, the others declined. */
    Set<String> consentTo(LiveConnection connection, List<String> selected) {
        Set<String> channels = new LinkedHashSet<>();
        for (Account account : pending(connection.id)) {
            channels.add(account.channelId);
            decide(connection, account, selected.contains(account.id));
        }
        return channels;
    }

    private void decide(LiveConnection connection, Account account, boolean granted) {
        if (granted) {
            account.status = "ACTIVE";
        } else {
            accounts.remove(account.id);
            declined.add(connection.id + "|" + account.def.name());
        }
    }

    void seedBank(String bankId, int count) {
        seededBanks.put(bankId, count);
        accounts.values().stream().filter(a -> a.bank.id().equals(bankId)).forEach(a -> a.transactions = count);
    }

    void addTransactions(String accountId, int count) {
        Account account = java.util.Optional.ofNullable(accounts.get(accountId))
                .orElseThrow(() -> ApiError.notFound("account " + accountId));
        account.newer += count;
    }

    void seedAccount(String accountId, int count) {
        Account account = java.util.Optional.ofNullable(accounts.get(accountId))
                .orElseThrow(() -> ApiError.notFound("account " + accountId));
        account.transactions = count;
        account.seeded = true;
    }

    void removeConnection(String connectionId) {
        accounts.values().removeIf(a -> a.connectionId.equals(connectionId));
    }

    void removeUser(String userId) {
        accounts.values().removeIf(a -> a.userId.equals(userId));
    }
}
