package io.oxlinkit.adapter.http;

import io.oxlinkit.domain.account.Transaction;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** A lazy stream over numbered pages: page n+1 is fetched when page n is used up; a short page is the last. */
final class TransactionPages {

    private TransactionPages() {
    }

    static Stream<Transaction> stream(IntFunction<List<Transaction>> fetch, int pageSize) {
        Iterator<Transaction> iterator = new Iterator<>() {
            private int nextPage = 1;
            private Iterator<Transaction> current = List.<Transaction>of().iterator();
            private boolean last;

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && !last) {
                    List<Transaction> page = fetch.apply(nextPage++);
                    last = page.size() < pageSize;
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
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }
}
