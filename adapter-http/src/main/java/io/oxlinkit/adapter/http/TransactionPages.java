package io.oxlinkit.adapter.http;

import io.oxlinkit.application.port.PageGuard;
import io.oxlinkit.domain.account.Transaction;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A lazy stream over numbered pages: page n+1 is fetched when page n is used up or, with a look-ahead
 * executor, while page n is consumed (the server's time and the client's then overlap). At most two
 * pages are held at once; a short page is the last; closing the stream cancels a look-ahead. A full page that
 * repeats an earlier one, or more than {@link PageGuard#MAX_PAGES} pages, ends the stream with the typed decoding error.
 */
final class TransactionPages {

    private TransactionPages() {}

    static Stream<Transaction> stream(
            IntFunction<List<Transaction>> fetch, int pageSize, java.util.Optional<Executor> executor) {
        PageIterator iterator = new PageIterator(fetch, pageSize, executor);
        return StreamSupport.stream(
                        Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(iterator::cancel);
    }

    private static final class PageIterator implements Iterator<Transaction> {
        private final IntFunction<List<Transaction>> fetch;
        private final int pageSize;
        private final java.util.Optional<Executor> executor;
        private int nextPage = 1;
        private CompletableFuture<List<Transaction>> ahead;
        private Iterator<Transaction> current = List.<Transaction>of().iterator();
        private boolean last;
        private final PageGuard guard = new PageGuard("the transaction stream");

        PageIterator(IntFunction<List<Transaction>> fetch, int pageSize, java.util.Optional<Executor> executor) {
            this.fetch = fetch;
            this.pageSize = pageSize;
            this.executor = executor;
        }

        @Override
        public boolean hasNext() {
            while (!current.hasNext() && !last) {
                List<Transaction> page = take();
                last = page.size() < pageSize;
                refuseEndlessPaging(page);
                if (!last && executor.isPresent()) {
                    int following = nextPage++;
                    ahead = CompletableFuture.supplyAsync(() -> fetch.apply(following), executor.get());
                }
                current = page.iterator();
            }
            return current.hasNext();
        }

        @Override
        public Transaction next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return current.next();
        }

        private List<Transaction> take() {
            if (ahead == null) {
                return fetch.apply(nextPage++);
            }
            try {
                return ahead.join();
            } catch (CompletionException failure) {
                if (failure.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw failure;
            } finally {
                ahead = null;
            }
        }

        /** A full page that repeats an earlier one, or too many pages: the server pages for ever (the guard's typed error). */
        private void refuseEndlessPaging(List<Transaction> page) {
            try {
                guard.check(nextPage - 1, page, pageSize);
            } catch (RuntimeException endless) {
                cancel();
                throw endless;
            }
        }

        void cancel() {
            if (ahead != null) {
                ahead.cancel(true);
            }
        }
    }
}
