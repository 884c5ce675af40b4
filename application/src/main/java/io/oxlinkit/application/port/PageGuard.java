package io.oxlinkit.application.port;

import io.oxlinkit.domain.account.Transaction;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps one read of numbered transaction pages finite whatever the server does: a full page that repeats an
 * earlier page of the same read (same size, first and last ids), or more pages than {@link #MAX_PAGES} (twenty
 * million transactions at 500 a page, far beyond any account), stops the read with the typed decoding error.
 * The sync and the HTTP adapter's transaction stream both guard their reads with it. Memory: one short signature
 * per page.
 */
public final class PageGuard {

    /** More pages than this in one read is a server paging for ever. */
    public static final int MAX_PAGES = 40_000;

    private final String read;
    private final Set<String> signatures = new HashSet<>();
    private int pages;

    /** @param read what is being read, for the error's message ("account 42", "the transaction stream") */
    public PageGuard(String read) {
        this.read = read;
    }

    /**
     * Checks the page just fetched; a page shorter than {@code pageSize} is the last and never a repeat.
     *
     * @throws OxlinApiException.Decoding when the read would not end
     */
    public void check(int page, List<Transaction> batch, int pageSize) {
        pages++;
        if (pages > MAX_PAGES) {
            throw new OxlinApiException.Decoding(
                    200, "the transactions of " + read + " ran past " + MAX_PAGES + " pages", "", null);
        }
        if (batch.size() < pageSize || batch.isEmpty()) {
            return;
        }
        String signature = batch.size() + "|" + batch.get(0).id().value() + "|"
                + batch.get(batch.size() - 1).id().value();
        if (!signatures.add(signature)) {
            throw new OxlinApiException.Decoding(
                    200, "page " + page + " of " + read + " repeats an earlier page", "", null);
        }
    }
}
