package io.oxlinkit.application;

import io.oxlinkit.domain.account.Transaction;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * The pages of one full read after its first, fetched in order and one at a time on the fetch-ahead executor while
 * the reader stores what it took: at most {@code capacity} pages fetched or being fetched and not yet taken, so the
 * memory held is bounded whatever the speeds. A reader {@link #take takes} the next pages together (a transaction
 * for several pages); the same pages whatever the timing. Nothing is fetched past a short page (the last). A failed
 * fetch is thrown when its page is taken first, as if it had been fetched there; the pages before it are taken
 * without it. Confined to the reader's thread.
 */
final class PagesAhead implements AutoCloseable {

    /** Fetches one page of the read. */
    interface Fetch {
        List<Transaction> page(int page);
    }

    private final Fetch fetch;
    private final Executor executor;
    private final int pageSize;
    private final int capacity;
    private final Deque<CompletableFuture<List<Transaction>>> queued = new ArrayDeque<>();
    private CompletableFuture<List<Transaction>> tail;
    private int nextPage;
    private boolean ended;

    /**
     * @param first the read's first page, fetched already by the reader
     * @param firstPage its number
     */
    PagesAhead(Fetch fetch, Executor executor, int pageSize, int capacity, int firstPage, List<Transaction> first) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.fetch = fetch;
        this.executor = executor;
        this.pageSize = pageSize;
        this.capacity = capacity;
        this.tail = CompletableFuture.completedFuture(first);
        this.queued.add(tail);
        this.nextPage = firstPage + 1;
        refill();
    }

    /**
     * The next {@code max} pages, waiting for each, fewer when the last page is among them or when a fetch after
     * the first failed (its failure is thrown by the next call); an empty list once the last page was taken.
     */
    List<List<Transaction>> take(int max) {
        List<List<Transaction>> taken = new ArrayList<>();
        if (ended) {
            return taken;
        }
        add(taken, joined(queued.poll()));
        while (!ended && taken.size() < max) {
            CompletableFuture<List<Transaction>> next = queued.peek();
            if (next.handle((page, failure) -> failure == null).join()) {
                add(taken, queued.poll().join());
            } else {
                break;
            }
        }
        refill();
        return taken;
    }

    private void add(List<List<Transaction>> taken, List<Transaction> page) {
        taken.add(page);
        if (page.size() < pageSize) {
            ended = true;
            close();
        }
    }

    private void refill() {
        while (!ended && queued.size() < capacity) {
            int page = nextPage++;
            // chained on the page before: one fetch at a time, none past a short page
            tail = tail.thenApplyAsync(before -> before.size() < pageSize ? List.of() : fetch.page(page), executor);
            queued.add(tail);
        }
    }

    /** The page, its fetch's failure thrown as the reader's own. */
    private static List<Transaction> joined(CompletableFuture<List<Transaction>> page) {
        try {
            return page.join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw failed;
        }
    }

    /** Stops fetching: the pages queued are dropped (a fetch under way finishes, unread). */
    @Override
    public void close() {
        queued.forEach(page -> page.cancel(true));
        queued.clear();
    }
}
