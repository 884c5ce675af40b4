package io.oxlinkit.application;

import io.oxlinkit.application.port.AccountsApi;
import io.oxlinkit.application.port.PageGuard;
import io.oxlinkit.application.port.SyncCheckpoint;
import io.oxlinkit.application.port.SyncCursor;
import io.oxlinkit.application.port.TransactionQuery;
import io.oxlinkit.application.port.TransactionStore;
import io.oxlinkit.domain.account.Transaction;
import io.oxlinkit.domain.account.TransactionStatus;
import io.oxlinkit.domain.id.AccountId;
import io.oxlinkit.domain.id.TransactionId;
import io.oxlinkit.domain.id.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One account's part of a data sync. Until the account was read to its end once, a <em>full read</em>: every
 * page from the cursor's, fetched ahead in order ({@link PagesAhead}, on the fetch-ahead executor) while the pages
 * before are stored, so a sync costs about its slowest stage rather than their sum; the pages fetched meanwhile
 * are written together, up to {@value #PAGES_PER_WRITE} in one transaction with the cursor after them, and at most
 * twice that many pages are held. After that, an <em>incremental read</em> of
 * two windows fetched with the API's date filters: the entries dated from the checkpoint's newest date minus
 * the overlap (bookings, corrections and vanished pending entries happen there), then the older entries
 * imported after its newest import date (late arrivals with an old date). The checkpoint
 * moves only once both windows are stored, so a read stopped anywhere is read again whole, and the upsert
 * makes that harmless.
 */
final class AccountRead {

    /**
     * Pages written in one transaction (2,000 entries), the last write of a read holding what is left: on PostgreSQL a commit, a feed row and the round trips are then paid once
     * for four pages (a full sync 1.5x to 2.2x the raw pipeline: docs/performance.md); as many more are fetched ahead.
     */
    static final int PAGES_PER_WRITE = 4;

    /** Told after each write of one or more pages; answers whether the sync still holds its lease (false: stop now). */
    interface PageDone {
        boolean stored(int pages, int changed);
    }

    /** What the read did: pages fetched, transactions added or modified, and whether it stopped on a lost lease. */
    record Outcome(int pages, int changed, boolean leaseLost) {}

    private final AccountsApi api;
    private final TransactionStore transactions;
    private final int pageSize;
    private final Duration overlap;
    private final java.util.concurrent.Executor fetchAhead;

    AccountRead(
            AccountsApi api,
            TransactionStore transactions,
            int pageSize,
            Duration overlap,
            java.util.concurrent.Executor fetchAhead) {
        this.fetchAhead = Objects.requireNonNull(fetchAhead, "fetchAhead must not be null");
        this.api = Objects.requireNonNull(api, "api must not be null");
        this.transactions = Objects.requireNonNull(transactions, "transactions must not be null");
        this.pageSize = pageSize;
        this.overlap = Objects.requireNonNull(overlap, "overlap must not be null");
    }

    Outcome run(UserId user, AccountId account, PageDone pageDone) {
        Optional<SyncCursor> cursor = transactions.cursor(account);
        Optional<Instant> newestDate =
                cursor.filter(SyncCursor::complete).flatMap(c -> c.checkpoint().newestDate());
        if (newestDate.isPresent()) {
            return incremental(user, account, cursor.get().checkpoint(), newestDate.get(), pageDone);
        }
        // no cursor, an unfinished full read, or one finished before checkpoints were kept: a full read
        SyncCursor from = cursor.filter(c -> !c.complete()).orElse(SyncCursor.start(account));
        return full(user, account, from, pageDone);
    }

    private Outcome full(UserId user, AccountId account, SyncCursor from, PageDone pageDone) {
        ReadWindow read = new ReadWindow(from.nextPage() == 1);
        PageGuard guard = new PageGuard("account " + account);
        SyncCheckpoint checkpoint = from.checkpoint();
        int pages = 0;
        int changed = 0;
        // read from the top into an account holding nothing: whatever pending entry it stores, it was served
        boolean nothingStoredBefore = from.nextPage() == 1 && !transactions.holdsAny(account);
        List<Transaction> first = api.transactions(user, account, TransactionQuery.all(), from.nextPage(), pageSize);
        try (PagesAhead ahead = new PagesAhead(
                page -> api.transactions(user, account, TransactionQuery.all(), page, pageSize),
                fetchAhead,
                pageSize,
                PAGES_PER_WRITE,
                from.nextPage(),
                first)) {
            for (int next = from.nextPage(); ; ) {
                Map<TransactionId, Transaction> batch = new LinkedHashMap<>();
                boolean last = false;
                int written = 0;
                RuntimeException refused = null;
                for (List<Transaction> served : ahead.take(PAGES_PER_WRITE)) {
                    try {
                        guard.check(next, served, pageSize);
                    } catch (RuntimeException endless) {
                        // the pages before the refused one are stored first, as they would have been one by one
                        refused = endless;
                        break;
                    }
                    next++;
                    written++;
                    last = served.size() < pageSize;
                    List<Transaction> page = ServerScope.transactionsOf(account, served);
                    read.saw(page);
                    checkpoint = checkpoint.advancedBy(page);
                    // within a page its first entry of an id counts (the store's rule), across pages the later page's
                    Map<TransactionId, Transaction> firstOfEach = new LinkedHashMap<>();
                    page.forEach(t -> firstOfEach.putIfAbsent(t.id(), t));
                    batch.putAll(firstOfEach);
                }
                if (refused != null && written == 0) {
                    throw refused;
                }
                pages += written;
                List<Transaction> rows = List.copyOf(batch.values());
                int stored;
                if (last) {
                    stored = rows.isEmpty() ? 0 : transactions.saveBatch(rows);
                    if (!nothingStoredBefore) {
                        transactions.removeVanishedPending(account, read.window(), read.servedPending());
                    }
                    transactions.saveCursor(new SyncCursor(account, 1, true, checkpoint));
                } else {
                    stored = transactions.saveBatchAndCursor(rows, new SyncCursor(account, next, false, checkpoint));
                }
                changed += stored;
                if (!pageDone.stored(written, stored)) {
                    return new Outcome(pages, changed, true);
                }
                if (refused != null) {
                    throw refused;
                }
                if (last) {
                    return new Outcome(pages, changed, false);
                }
            }
        }
    }

    private Outcome incremental(
            UserId user, AccountId account, SyncCheckpoint checkpoint, Instant newestDate, PageDone pageDone) {
        Instant datedFrom = newestDate.minus(overlap);
        Window dated = readAll(user, account, TransactionQuery.all().datedFrom(datedFrom), checkpoint, pageDone);
        if (dated.leaseLost) {
            return new Outcome(dated.pages, dated.changed, true);
        }
        // every entry dated from datedFrom was served: a stored pending one dated there and not served has vanished
        transactions.removeVanishedPending(
                account,
                new TransactionStore.DateWindow(Optional.of(datedFrom.minusNanos(1)), Optional.empty()),
                dated.servedPending);
        int pages = dated.pages;
        int changed = dated.changed;
        SyncCheckpoint reached = dated.checkpoint;
        Optional<Instant> newestImport = checkpoint.newestImport();
        if (newestImport.isPresent()) {
            // entries dated from datedFrom came with the first window: this one brings the late arrivals, older
            TransactionQuery late = TransactionQuery.all()
                    .importedFrom(afterTheSecondOf(newestImport.get()))
                    .datedUntil(datedFrom);
            Window imported = readAll(user, account, late, reached, pageDone);
            pages += imported.pages;
            changed += imported.changed;
            if (imported.leaseLost) {
                return new Outcome(pages, changed, true);
            }
            reached = imported.checkpoint;
        }
        transactions.saveCursor(new SyncCursor(account, 1, true, reached));
        return new Outcome(pages, changed, false);
    }

    /** What one filtered read served: its pages, changes, pending ids, the checkpoint moved by it. */
    private record Window(
            int pages, int changed, Set<TransactionId> servedPending, SyncCheckpoint checkpoint, boolean leaseLost) {}

    /**
     * The import window starts at the second after the newest import seen (OXLIN's dates are whole seconds):
     * a sync reads after OXLIN's sync job succeeded, so what that job imported was seen, and a later job imports
     * later. Starting any earlier would read a first bulk import (a whole history imported in one second) again.
     */
    private static Instant afterTheSecondOf(Instant newestImport) {
        return newestImport.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).plusSeconds(1);
    }

    private Window readAll(
            UserId user, AccountId account, TransactionQuery query, SyncCheckpoint checkpoint, PageDone pageDone) {
        Set<TransactionId> pending = new HashSet<>();
        PageGuard guard = new PageGuard("account " + account);
        SyncCheckpoint reached = checkpoint;
        int pages = 0;
        int changed = 0;
        for (int page = 1; ; page++) {
            List<Transaction> served = api.transactions(user, account, query, page, pageSize);
            guard.check(page, served, pageSize);
            List<Transaction> batch = ServerScope.transactionsOf(account, served);
            pages++;
            int stored = batch.isEmpty() ? 0 : transactions.saveBatch(batch);
            changed += stored;
            batch.stream().filter(t -> t.status() == TransactionStatus.PENDING).forEach(t -> pending.add(t.id()));
            reached = reached.advancedBy(batch);
            if (!pageDone.stored(1, stored)) {
                return new Window(pages, changed, pending, reached, true);
            }
            if (served.size() < pageSize) {
                return new Window(pages, changed, pending, reached, false);
            }
        }
    }
}
