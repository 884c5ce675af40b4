package io.oxlinkit.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.oxlinkit.application.port.AccountStore;
import io.oxlinkit.application.port.ChangeFeed;
import io.oxlinkit.application.port.TransactionStore;
import io.oxlinkit.domain.account.AccountStatus;
import io.oxlinkit.domain.account.Transaction;
import io.oxlinkit.domain.account.TransactionStatus;
import io.oxlinkit.testkit.data.AccountBuilder;
import io.oxlinkit.testkit.data.TransactionBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract of every {@link ChangeFeed} with the {@link TransactionStore} and {@link AccountStore} that write it. */
public abstract class ChangeFeedContract {

    /** A transaction store, an account store and the feed their writes append to. */
    public record Stores(TransactionStore transactions, AccountStore accounts, ChangeFeed feed) {}

    private TransactionStore store;
    private AccountStore accounts;
    private ChangeFeed feed;
    private String consumer;

    /** Stores to test; may hold data of earlier tests. */
    protected abstract Stores createStores();

    @BeforeEach
    void setUpStores() {
        Stores stores = createStores();
        store = stores.transactions();
        accounts = stores.accounts();
        feed = stores.feed();
        consumer = ContractIds.fresh("ledger");
        feed.acknowledge(consumer, feed.head());
    }

    private static Transaction transaction(String id, String account, String label) {
        return new TransactionBuilder().id(id).accountId(account).label(label).build();
    }

    /** Every change after the consumer's cursor (paging through), without acknowledging. */
    private List<ChangeFeed.TransactionChange> pending() {
        return feed.changesSince(consumer, 1000).transactionChanges();
    }

    @Test
    void anAccountIsFedWhenAddedClosedItsBalanceChangedOrModifiedAndNotForANewBalanceDateAlone() {
        String id = ContractIds.fresh("acc");
        java.time.Instant read = java.time.Instant.parse("2026-11-30T10:00:00Z");
        AccountBuilder account = new AccountBuilder().id(id).balance("100.00").balanceDate(read);
        accounts.saveAll(List.of(account.build()));
        accounts.saveAll(List.of(account.balanceDate(read.plusSeconds(3600)).build()));
        accounts.saveAll(List.of(account.balance("132.50").build()));
        accounts.saveAll(List.of(account.name("Compte joint").build()));
        accounts.saveAll(List.of(account.name("Compte joint").build()));
        accounts.saveAll(
                List.of(account.status(AccountStatus.CLOSED).balance("0.00").build()));
        List<ChangeFeed.AccountChange> fed = feed.changesSince(consumer, 100).accountChanges();
        assertThat(fed)
                .extracting(ChangeFeed.AccountChange::kind)
                .containsExactly(
                        ChangeFeed.AccountChangeKind.ADDED,
                        ChangeFeed.AccountChangeKind.BALANCE_CHANGED,
                        ChangeFeed.AccountChangeKind.MODIFIED,
                        ChangeFeed.AccountChangeKind.CLOSED);
        assertThat(fed.get(1).account().balance()).contains(io.oxlinkit.domain.account.Money.of("132.50", "EUR"));
        assertThat(fed.get(3).account())
                .isEqualTo(accounts.find(io.oxlinkit.domain.id.AccountId.of(id)).orElseThrow());
    }

    @Test
    void accountAndTransactionChangesShareOneOrder() {
        String id = ContractIds.fresh("acc");
        accounts.saveAll(List.of(new AccountBuilder().id(id).build()));
        store.saveBatch(List.of(transaction(ContractIds.fresh("t"), id, "CB")));
        accounts.saveAll(List.of(new AccountBuilder().id(id).balance("90.00").build()));
        List<ChangeFeed.Entry> fed = feed.changesSince(consumer, 100).entries();
        assertThat(fed)
                .extracting(e -> e.getClass().getSimpleName())
                .containsExactly("AccountChange", "TransactionChange", "AccountChange");
        assertThat(fed).extracting(ChangeFeed.Entry::position).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void additionsAndModificationsAreFedOnceWithTheirNewState() {
        String account = ContractIds.fresh("a");
        String first = ContractIds.fresh("t");
        String second = ContractIds.fresh("t");
        assertThat(store.saveBatch(
                        List.of(transaction(first, account, "CB PENDING"), transaction(second, account, "loyer"))))
                .isEqualTo(2);
        assertThat(store.saveBatch(
                        List.of(transaction(first, account, "CB CARREFOUR"), transaction(second, account, "loyer"))))
                .isEqualTo(1);
        assertThat(store.saveBatch(List.of(transaction(first, account, "CB CARREFOUR"))))
                .as("unchanged")
                .isZero();
        assertThat(pending())
                .extracting(
                        ChangeFeed.TransactionChange::kind, e -> e.transaction().label())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ChangeFeed.ChangeKind.ADDED, "CB PENDING"),
                        org.assertj.core.groups.Tuple.tuple(ChangeFeed.ChangeKind.ADDED, "loyer"),
                        org.assertj.core.groups.Tuple.tuple(ChangeFeed.ChangeKind.MODIFIED, "CB CARREFOUR"));
        assertThat(store.findByAccount(io.oxlinkit.domain.id.AccountId.of(account), 0, 10))
                .extracting(Transaction::label)
                .contains("CB CARREFOUR")
                .doesNotContain("CB PENDING");
    }

    @Test
    void anAcknowledgedPositionIsNeverServedAgainAndAnUnacknowledgedOneIs() {
        String account = ContractIds.fresh("a");
        store.saveBatch(List.of(
                transaction(ContractIds.fresh("t"), account, "one"),
                transaction(ContractIds.fresh("t"), account, "two")));
        ChangeFeed.Page page = feed.changesSince(consumer, 1);
        assertThat(page.transactionChanges()).hasSize(1);
        assertThat(page.hasMore()).isTrue();
        assertThat(feed.changesSince(consumer, 1))
                .as("not acknowledged: served again")
                .isEqualTo(page);
        feed.acknowledge(consumer, page.next());
        ChangeFeed.Page rest = feed.changesSince(consumer, 10);
        assertThat(rest.transactionChanges())
                .extracting(e -> e.transaction().label())
                .containsExactly("two");
        assertThat(rest.hasMore()).isFalse();
        feed.acknowledge(consumer, rest.next());
        feed.acknowledge(consumer, page.next());
        assertThat(feed.changesSince(consumer, 10).transactionChanges())
                .as("a cursor never moves back")
                .isEmpty();
    }

    @Test
    void eachConsumerHasItsOwnCursor() {
        String other = ContractIds.fresh("scoring");
        feed.acknowledge(other, feed.head());
        store.saveBatch(List.of(transaction(ContractIds.fresh("t"), ContractIds.fresh("a"), "shared")));
        ChangeFeed.Page mine = feed.changesSince(consumer, 10);
        feed.acknowledge(consumer, mine.next());
        assertThat(feed.changesSince(other, 10).transactionChanges())
                .extracting(e -> e.transaction().label())
                .containsExactly("shared");
    }

    @Test
    void concurrentWritersOfOneChangeRecordItOnce() throws Exception {
        String account = ContractIds.fresh("a");
        String id = ContractIds.fresh("t");
        store.saveBatch(List.of(transaction(id, account, "before")));
        List<Callable<Integer>> writers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            writers.add(() -> store.saveBatch(List.of(transaction(id, account, "after"))));
        }
        Concurrently.run(writers);
        assertThat(pending())
                .extracting(ChangeFeed.TransactionChange::kind)
                .containsExactly(ChangeFeed.ChangeKind.ADDED, ChangeFeed.ChangeKind.MODIFIED);
    }

    @Test
    void aPendingEntryNoLongerServedInsideTheWindowIsATombstoneFedAsRemovedAndComesBackIfServedAgain() {
        String account = ContractIds.fresh("a");
        java.time.Instant day = java.time.Instant.parse("2026-11-20T10:00:00Z");
        Transaction kept = new TransactionBuilder()
                .id(ContractIds.fresh("t"))
                .accountId(account)
                .date(day)
                .status(TransactionStatus.PENDING)
                .build();
        Transaction gone = new TransactionBuilder()
                .id(ContractIds.fresh("t"))
                .accountId(account)
                .date(day.plusSeconds(60))
                .status(TransactionStatus.PENDING)
                .build();
        Transaction older = new TransactionBuilder()
                .id(ContractIds.fresh("t"))
                .accountId(account)
                .date(day.minus(java.time.Duration.ofDays(30)))
                .status(TransactionStatus.PENDING)
                .build();
        store.saveBatch(List.of(kept, gone, older));
        TransactionStore.DateWindow window = new TransactionStore.DateWindow(
                java.util.Optional.of(day.minus(java.time.Duration.ofDays(7))), java.util.Optional.empty());
        assertThat(store.removeVanishedPending(
                        io.oxlinkit.domain.id.AccountId.of(account), window, java.util.Set.of(kept.id())))
                .isEqualTo(1);
        assertThat(store.findByAccount(io.oxlinkit.domain.id.AccountId.of(account), 0, 10))
                .as("outside the window: kept")
                .containsExactlyInAnyOrder(kept, older);
        assertThat(store.count(io.oxlinkit.domain.id.AccountId.of(account))).isEqualTo(2);
        assertThat(pending()).extracting(ChangeFeed.TransactionChange::kind).endsWith(ChangeFeed.ChangeKind.REMOVED);
        assertThat(store.saveBatch(List.of(gone))).as("served again").isEqualTo(1);
        assertThat(store.findByAccount(io.oxlinkit.domain.id.AccountId.of(account), 0, 10))
                .contains(gone);
        assertThat(pending())
                .extracting(ChangeFeed.TransactionChange::kind)
                .endsWith(ChangeFeed.ChangeKind.REMOVED, ChangeFeed.ChangeKind.MODIFIED);
    }

    @Test
    void aTombstoneIsKeptUntilItsRetentionAgeThenPurgedSoTheSameEntryServedAgainIsNew() {
        String account = ContractIds.fresh("a");
        java.time.Instant day = java.time.Instant.parse("2026-11-20T10:00:00Z");
        Transaction gone = new TransactionBuilder()
                .id(ContractIds.fresh("t"))
                .accountId(account)
                .date(day)
                .status(TransactionStatus.PENDING)
                .build();
        store.saveBatch(List.of(gone));
        TransactionStore.DateWindow window = new TransactionStore.DateWindow(
                java.util.Optional.of(day.minusSeconds(60)), java.util.Optional.empty());
        assertThat(store.removeVanishedPending(io.oxlinkit.domain.id.AccountId.of(account), window, java.util.Set.of()))
                .isEqualTo(1);
        java.time.Instant removedAbout = java.time.Instant.now();
        store.purgeTombstones(removedAbout.minus(java.time.Duration.ofHours(1)));
        Transaction again = gone;
        store.saveBatch(List.of(again));
        assertThat(pending())
                .as("a kept tombstone is revived")
                .extracting(ChangeFeed.TransactionChange::kind)
                .endsWith(ChangeFeed.ChangeKind.REMOVED, ChangeFeed.ChangeKind.MODIFIED);

        assertThat(store.removeVanishedPending(io.oxlinkit.domain.id.AccountId.of(account), window, java.util.Set.of()))
                .isEqualTo(1);
        assertThat(store.purgeTombstones(java.time.Instant.now().plus(java.time.Duration.ofMinutes(1))))
                .isGreaterThanOrEqualTo(1);
        store.saveBatch(List.of(again));
        assertThat(pending())
                .as("a purged tombstone is forgotten")
                .extracting(ChangeFeed.TransactionChange::kind)
                .endsWith(ChangeFeed.ChangeKind.REMOVED, ChangeFeed.ChangeKind.ADDED);
    }

    @Test
    void aPageSavedWithItsCursorRecordsAdditionsModificationsRevivalsAndRepeatsLikeAnyBatch() {
        String account = ContractIds.fresh("a");
        io.oxlinkit.domain.id.AccountId id = io.oxlinkit.domain.id.AccountId.of(account);
        io.oxlinkit.application.port.SyncCursor cursor = io.oxlinkit.application.port.SyncCursor.start(id);
        java.time.Instant day = java.time.Instant.parse("2026-11-20T10:00:00Z");
        Transaction kept = transaction(ContractIds.fresh("t"), account, "kept");
        Transaction changed = transaction(ContractIds.fresh("t"), account, "before");
        Transaction gone = new TransactionBuilder()
                .id(ContractIds.fresh("t"))
                .accountId(account)
                .date(day)
                .status(TransactionStatus.PENDING)
                .label("gone")
                .build();
        Transaction fresh = transaction(ContractIds.fresh("t"), account, "fresh");
        assertThat(store.saveBatchAndCursor(List.of(kept, changed, gone, kept), cursor))
                .as("all new, one repeated")
                .isEqualTo(3);
        store.removeVanishedPending(
                id,
                new TransactionStore.DateWindow(
                        java.util.Optional.of(day.minusSeconds(60)), java.util.Optional.empty()),
                java.util.Set.of());
        Transaction after = transaction(changed.id().value(), account, "after");
        assertThat(store.saveBatchAndCursor(List.of(kept, after, gone, fresh), cursor))
                .as("one modified, one revived, one added, one unchanged")
                .isEqualTo(3);
        assertThat(store.saveBatchAndCursor(List.of(kept, after, gone, fresh), cursor))
                .as("the same page again")
                .isZero();
        assertThat(pending())
                .extracting(c -> c.kind() + " " + c.transaction().label())
                .containsExactly(
                        "ADDED kept",
                        "ADDED before",
                        "ADDED gone",
                        "REMOVED gone",
                        "MODIFIED after",
                        "MODIFIED gone",
                        "ADDED fresh");
        assertThat(store.count(id)).isEqualTo(4);
    }
}
