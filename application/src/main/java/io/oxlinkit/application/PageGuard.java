package io.oxlinkit.application;

import io.oxlinkit.application.port.OxlinApiException;
import io.oxlinkit.domain.account.Transaction;
import io.oxlinkit.domain.id.AccountId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps one read of an account's pages finite whatever the server does: a full page that repeats an earlier
 * page of the same read (same first and last ids), or more pages than {@link #MAX_PAGES} (twenty million
 * transactions at 500 a page, far beyond any account), stops the read with the typed decoding error, which the
 * sync records as a failed attempt and retries with backoff. Memory: one short signature per page.
 */
final class PageGuard {

    /** More pages than this in one read of one account is a server paging for ever. */
    static final int MAX_PAGES = 40_000;

    private final AccountId account;
    private final Set<String> signatures = new HashSet<>();
    private int pages;

    PageGuard(AccountId account) {
        this.account = account;
    }

    /** Checks the page just fetched. @throws OxlinApiException.Decoding when the read would not end */
    void check(int page, List<Transaction> batch, int pageSize) {
        pages++;
        if (pages > MAX_PAGES) {
            throw new OxlinApiException.Decoding(200, "the transactions of account " + account + " ran past " + MAX_PAGES + " pages", "", null);
        }
        if (batch.size() < pageSize || batch.isEmpty()) {
            return;
        }
        String signature = batch.size() + "|" + batch.get(0).id().value() + "|" + batch.get(batch.size() - 1).id().value();
        if (!signatures.add(signature)) {
            throw new OxlinApiException.Decoding(200, "page " + page + " of account " + account + " repeats an earlier page", "", null);
        }
    }
}
