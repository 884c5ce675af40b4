package io.oxlinkit.adapter.http;

import io.oxlinkit.adapter.http.client.AccountsClient;
import io.oxlinkit.adapter.http.config.OxlinHttpConfig;
import io.oxlinkit.adapter.http.exchange.Exchange;
import io.oxlinkit.adapter.http.resilience.Safety;
import io.oxlinkit.adapter.http.wire.TransactionReader;
import io.oxlinkit.adapter.http.wire.WireReader;
import io.oxlinkit.application.port.OxlinApiException;
import io.oxlinkit.application.port.TransactionQuery;
import io.oxlinkit.domain.account.Account;
import io.oxlinkit.domain.account.Transaction;
import io.oxlinkit.domain.id.AccountId;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.UserId;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** Accounts and transactions over HTTP, paging bounded. */
final class HttpAccounts implements io.oxlinkit.application.port.AccountsApi {

    /** A connection has a handful of accounts: more pages than this is a server paging for ever. */
    private static final int MAX_ACCOUNT_PAGES = 100;

    private static final int ACCOUNT_PAGE = 100;

    private final HttpTransport transport;
    private final OxlinHttpConfig config;
    private final Exchange exchange;
    private final AccountsClient accounts;
    private final TransactionReader transactionReader;

    HttpAccounts(HttpTransport transport) {
        this.transport = transport;
        this.config = transport.config;
        this.exchange = transport.exchange;
        this.accounts = transport.accounts;
        this.transactionReader = transport.transactionReader;
    }

    @Override
    public List<Account> accounts(UserId user, ConnectionId connectionId) {
        List<Account> result = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (int page = 1; ; page++) {
            if (page > MAX_ACCOUNT_PAGES) {
                throw new OxlinApiException.Decoding(
                        200,
                        "GET /accounts served more than " + MAX_ACCOUNT_PAGES + " pages for connection " + connectionId,
                        "",
                        null);
            }
            int current = page;
            List<Account> list = transport.asUser(
                    user,
                    "GET /accounts",
                    Safety.IDEMPOTENT,
                    auth -> accounts.accounts(auth, connectionId.value(), ACCOUNT_PAGE, current),
                    exchange.json(json -> {
                        List<Account> read = new ArrayList<>();
                        WireReader.items(json, "accounts").forEach(node -> read.add(WireReader.account(node)));
                        return read;
                    }));
            List<Account> items = list;
            int fresh = 0;
            for (Account account : items) {
                if (seen.add(account.id().value())) {
                    result.add(account);
                    fresh++;
                }
            }
            if (items.size() > ACCOUNT_PAGE) {
                throw new OxlinApiException.Decoding(
                        200, "GET /accounts served more rows than the " + ACCOUNT_PAGE + " asked for", "", null);
            }
            if (items.size() < ACCOUNT_PAGE) {
                return result;
            }
            if (fresh == 0) {
                throw new OxlinApiException.Decoding(
                        200, "GET /accounts served page " + page + " with no account not seen before", "", null);
            }
        }
    }

    @Override
    public List<Transaction> transactions(
            UserId user, AccountId accountId, TransactionQuery query, int page, int limit) {
        if (page < 1 || limit < 1 || limit > 500) {
            throw new IllegalArgumentException("page must be at least 1 and limit between 1 and 500");
        }
        // OXLIN's filters are whole epoch seconds: rounding outwards keeps every entry the query asks for
        Long startDate = query.datedFrom().map(Instant::getEpochSecond).orElse(null);
        Long endDate = query.datedUntil()
                .map(until -> until.getEpochSecond() + (until.getNano() > 0 ? 1 : 0))
                .orElse(null);
        Long startImportDate = query.importedFrom().map(Instant::getEpochSecond).orElse(null);
        return transport.asUser(
                user,
                "GET /transactions",
                Safety.IDEMPOTENT,
                auth -> accounts.transactions(
                        auth, accountId.value(), limit, page, startDate, endDate, startImportDate),
                response -> {
                    try (InputStream in = response.body().asInputStream()) {
                        return transactionReader.page(in, limit);
                    }
                });
    }

    /**
     * Every transaction of an account, newest first, as a lazy stream: the next page is fetched when the
     * stream reaches it (or, with {@code pageLookAhead}, while the current one is consumed), so at most
     * two pages are in memory whatever the history's length. Close the stream to stop a look-ahead early.
     */
    Stream<Transaction> transactionStream(UserId user, AccountId accountId) {
        return TransactionPages.stream(
                page -> transactions(user, accountId, page, config.transactionPageSize()),
                config.transactionPageSize(),
                config.pageLookAhead() ? Optional.of(transport.lookAhead()) : Optional.empty());
    }
}
