package io.oxlinkit.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.oxlinkit.application.port.ChangeFeed;
import io.oxlinkit.application.port.TransactionStore;
import io.oxlinkit.domain.account.Transaction;
import io.oxlinkit.testkit.data.TransactionBuilder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The paging part of the {@link ChangeFeed} contract: whatever a store keeps together (a run of changes in one
 * row, a gap an erased account leaves), pages of any size serve every change once and in order.
 */
public abstract class ChangeFeedPagingContract {

    private TransactionStore store;
    private ChangeFeed feed;
    private String consumer;

    /** Stores to test; may hold data of earlier tests. */
    protected abstract ChangeFeedContract.Stores createStores();

    @BeforeEach
    void setUpStores() {
        ChangeFeedContract.Stores stores = createStores();
        store = stores.transactions();
        feed = stores.feed();
        consumer = ContractIds.fresh("ledger");
        feed.acknowledge(consumer, feed.head());
    }

    private static Transaction transaction(String id, String account, String label) {
        return new TransactionBuilder().id(id).accountId(account).label(label).build();
    }

    private List<ChangeFeed.TransactionChange> pending() {
        return feed.changesSince(consumer, 1000).transactionChanges();
    }

    @Test
    void pagesOfAnySizeServeEveryChangeOnceInOrderAcrossLongWritesAndAnErasedAccount() {
        long start = feed.head();
        String kept = ContractIds.fresh("a");
        String erased = ContractIds.fresh("a");
        List<String> ids = new ArrayList<>();
        List<Transaction> first = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            ids.add(ContractIds.fresh("t"));
            first.add(transaction(ids.get(i), kept, "first " + i));
        }
        store.saveBatch(first);
        store.saveBatch(List.of(
                transaction(ContractIds.fresh("t"), erased, "other 0"),
                transaction(ContractIds.fresh("t"), erased, "other 1"),
                transaction(ContractIds.fresh("t"), erased, "other 2")));
        List<Transaction> mixed = new ArrayList<>();
        mixed.add(transaction(ids.get(1), kept, "changed 1"));
        mixed.add(transaction(ContractIds.fresh("t"), erased, "other 3"));
        mixed.add(transaction(ids.get(4), kept, "changed 4"));
        mixed.add(transaction(ContractIds.fresh("t"), erased, "other 4"));
        mixed.add(transaction(ContractIds.fresh("t"), kept, "new 7"));
        store.saveBatch(mixed);
        assertThat(feed.eraseAccount(io.oxlinkit.domain.id.AccountId.of(erased)))
                .as("every erased change counted")
                .isEqualTo(5);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            expected.add("ADDED first " + i);
        }
        expected.addAll(List.of("MODIFIED changed 1", "MODIFIED changed 4", "ADDED new 7"));
        for (int limit : new int[] {1, 2, 3, 5, 1000}) {
            String reader = ContractIds.fresh("pager");
            feed.acknowledge(reader, start);
            List<ChangeFeed.TransactionChange> read = new ArrayList<>();
            List<Long> positions = new ArrayList<>();
            for (int pages = 0; pages < 1000; pages++) {
                ChangeFeed.Page page = feed.changesSince(reader, limit);
                assertThat(page.entries()).hasSizeLessThanOrEqualTo(limit);
                page.entries().forEach(e -> positions.add(e.position()));
                read.addAll(page.transactionChanges());
                feed.acknowledge(reader, page.next());
                if (!page.hasMore()) {
                    break;
                }
                assertThat(page.entries())
                        .as("a page with more after it is full")
                        .hasSize(limit);
            }
            assertThat(positions).as("limit " + limit).isSorted().doesNotHaveDuplicates();
            assertThat(read.stream()
                            .filter(c -> c.transaction().accountId().value().equals(kept))
                            .map(c -> c.kind() + " " + c.transaction().label()))
                    .as("limit " + limit)
                    .containsExactlyElementsOf(expected);
            assertThat(read).noneMatch(c -> c.transaction().accountId().value().equals(erased));
        }
    }

    @Test
    void aLongWriteOfLargeTransactionsIsFedWhole() {
        String account = ContractIds.fresh("a");
        String label = "x".repeat(100_000);
        List<Transaction> large = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            large.add(transaction(ContractIds.fresh("t"), account, i + label + "\u0001\""));
        }
        assertThat(store.saveBatch(large)).isEqualTo(5);
        assertThat(pending())
                .extracting(c -> c.transaction().label())
                .containsExactlyElementsOf(
                        large.stream().map(Transaction::label).toList());
    }
}
