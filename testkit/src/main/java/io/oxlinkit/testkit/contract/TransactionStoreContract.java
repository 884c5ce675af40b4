package io.oxlinkit.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oxlinkit.application.port.StorageException;
import io.oxlinkit.application.port.SyncCheckpoint;
import io.oxlinkit.application.port.SyncCursor;
import io.oxlinkit.application.port.TransactionStore;
import io.oxlinkit.domain.account.Transaction;
import io.oxlinkit.domain.account.TransactionType;
import io.oxlinkit.domain.id.AccountId;
import io.oxlinkit.domain.wire.UnknownValues;
import io.oxlinkit.testkit.data.TransactionBuilder;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract of every {@link TransactionStore}. */
public abstract class TransactionStoreContract {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    private TransactionStore store;

    /** A store to test; may hold data of earlier tests. */
    protected abstract TransactionStore createStore();

    /** Makes the store's next write fail, if the implementation can; return false to skip that test. */
    protected boolean breakNextWrite(TransactionStore store) {
        return false;
    }

    @BeforeEach
    void setUpStore() {
        store = createStore();
    }

    private static List<Transaction> page(String account, int from, int count) {
        List<Transaction> page = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            page.add(new TransactionBuilder()
                    .id(account + "-t" + i)
                    .accountId(account)
                    .amount(i % 2 == 0 ? "-12.30" : "1500.05")
                    .date(START.minus(i, ChronoUnit.HOURS))
                    .label("Label " + i)
                    .build());
        }
        return page;
    }

    @Test
    void anAccountHoldsTransactionsOnceABatchOfItsIsStoredAndNoneOnceDeleted() {
        String account = ContractIds.fresh("a");
        String other = ContractIds.fresh("a");
        assertThat(store.holdsAny(AccountId.of(account))).as("never stored").isFalse();
        store.saveBatch(page(account, 0, 3));
        assertThat(store.holdsAny(AccountId.of(account))).isTrue();
        assertThat(store.holdsAny(AccountId.of(other))).as("another account").isFalse();
        store.deleteByAccount(AccountId.of(account));
        assertThat(store.holdsAny(AccountId.of(account))).as("deleted").isFalse();
    }

    @Test
    void aBatchIsStoredWithEveryFieldAndCounted() {
        String account = ContractIds.fresh("a");
        List<Transaction> batch = page(account, 0, 5);
        assertThat(store.saveBatch(batch)).isEqualTo(5);
        assertThat(store.count(AccountId.of(account))).isEqualTo(5);
        assertThat(store.findByAccount(AccountId.of(account), 0, 10)).containsExactlyElementsOf(batch);
    }

    @Test
    void valuesThisVersionDoesNotKnowAreKeptAsSent() {
        String account = ContractIds.fresh("a");
        Transaction built = page(account, 0, 1).get(0);
        TransactionType type = TransactionType.fromWire("INSTANT_SEPA");
        Transaction odd = new Transaction(
                built.id(),
                built.accountId(),
                built.amount(),
                built.date(),
                built.label(),
                type,
                built.status(),
                built.bookingDate(),
                built.valueDate(),
                built.importDate(),
                UnknownValues.none().with("type", type, "INSTANT_SEPA"));
        store.saveBatch(List.of(odd));
        Transaction read = store.findByAccount(AccountId.of(account), 0, 1).get(0);
        assertThat(read).isEqualTo(odd);
        assertThat(read.rawType()).isEqualTo("INSTANT_SEPA");
    }

    /** Stores one transaction and reads it back whole, or returns the typed refusal it met (nothing stored then). */
    private java.util.Optional<Transaction> roundTrip(Transaction transaction) {
        try {
            store.saveBatch(List.of(transaction));
        } catch (io.oxlinkit.application.port.ValueOutOfBoundsException refused) {
            assertThat(store.count(transaction.accountId()))
                    .as("a refused value writes nothing")
                    .isZero();
            return java.util.Optional.empty();
        }
        List<Transaction> read = store.findByAccount(transaction.accountId(), 0, 10);
        assertThat(read).hasSize(1);
        return java.util.Optional.of(read.get(0));
    }

    @Test
    void extremesInsideTheDocumentedBoundsComeBackExactly() {
        String longEmojiLabel = "🍕 café ".repeat(1250);
        for (Transaction extreme : List.of(
                new TransactionBuilder()
                        .id(ContractIds.fresh("t"))
                        .accountId(ContractIds.fresh("a"))
                        .label(longEmojiLabel)
                        .build(),
                new TransactionBuilder()
                        .id(ContractIds.fresh("t"))
                        .accountId(ContractIds.fresh("a"))
                        .amount("-0.12345678")
                        .build(),
                new TransactionBuilder()
                        .id(ContractIds.fresh("t"))
                        .accountId(ContractIds.fresh("a"))
                        .amount("99999999999999999999999999.999999999999")
                        .build())) {
            assertThat(roundTrip(extreme)).as("stored exactly").contains(extreme);
        }
    }

    @Test
    void labelsWithEscapesControlsAndQuotesComeBackExactly() {
        for (String label : List.of(
                "tab\there",
                "two\nlines\r\nand CR",
                "back\\slash \\N \\t",
                "\\N",
                "'single' \"double\" `back`",
                "\u202Ebidi\u202C and \u200Bzero-width",
                "ctrl \u0001\u001F\u007F end")) {
            Transaction odd = new TransactionBuilder()
                    .id(ContractIds.fresh("t"))
                    .accountId(ContractIds.fresh("a"))
                    .label(label)
                    .build();
            assertThat(roundTrip(odd))
                    .as("label %s", label.replace("\n", "\\n"))
                    .contains(odd);
        }
        Transaction withNul = new TransactionBuilder()
                .id(ContractIds.fresh("t"))
                .accountId(ContractIds.fresh("a"))
                .label("nul \u0000 inside")
                .build();
        try {
            roundTrip(withNul)
                    .ifPresent(read -> assertThat(read)
                            .as("a NUL is kept exactly or refused")
                            .isEqualTo(withNul));
        } catch (io.oxlinkit.application.port.StorageException refused) {
            assertThat(refused.getMessage()).doesNotContain("nul ");
        }
    }

    @Test
    void valuesBeyondTheBoundsAreKeptExactlyOrRefusedNeverAltered() {
        for (Transaction beyond : List.of(
                new TransactionBuilder()
                        .id(ContractIds.fresh("t"))
                        .accountId(ContractIds.fresh("a"))
                        .amount("1.1234567890123")
                        .build(),
                new TransactionBuilder()
                        .id(ContractIds.fresh("t"))
                        .accountId(ContractIds.fresh("a"))
                        .amount("123456789012345678901234567890")
                        .build(),
                new TransactionBuilder()
                        .id(ContractIds.fresh("t"))
                        .accountId(ContractIds.fresh("a"))
                        .label("half \ud83c pizza")
                        .build())) {
            roundTrip(beyond)
                    .ifPresent(read -> assertThat(read).as("kept, then exactly").isEqualTo(beyond));
        }
    }

    @Test
    void idsThatDifferOnlyByCaseOrATrailingSpaceAreTwoTransactions() {
        String account = ContractIds.fresh("a");
        String id = ContractIds.fresh("Tx");
        store.saveBatch(List.of(
                new TransactionBuilder()
                        .id(id)
                        .accountId(account)
                        .label("upper")
                        .build(),
                new TransactionBuilder()
                        .id(id.toLowerCase(java.util.Locale.ROOT))
                        .accountId(account)
                        .label("lower")
                        .build(),
                new TransactionBuilder()
                        .id(id + " ")
                        .accountId(account)
                        .label("padded")
                        .build()));
        assertThat(store.count(AccountId.of(account))).isEqualTo(3);
        assertThat(store.findByAccount(AccountId.of(account), 0, 10))
                .extracting(Transaction::label)
                .containsExactlyInAnyOrder("upper", "lower", "padded");
    }

    @Test
    void theSamePageStoredTwiceLeavesOneCopy() {
        String account = ContractIds.fresh("a");
        store.saveBatch(page(account, 0, 50));
        assertThat(store.saveBatch(page(account, 0, 50))).isZero();
        assertThat(store.saveBatch(page(account, 25, 50))).isEqualTo(25);
        assertThat(store.count(AccountId.of(account))).isEqualTo(75);
    }

    @Test
    void transactionsAreReadNewestFirstByOffset() {
        String account = ContractIds.fresh("a");
        store.saveBatch(page(account, 10, 10));
        store.saveBatch(page(account, 0, 10));
        List<Transaction> second = store.findByAccount(AccountId.of(account), 5, 5);
        assertThat(second)
                .extracting(t -> t.id().value())
                .containsExactly(account + "-t5", account + "-t6", account + "-t7", account + "-t8", account + "-t9");
    }

    @Test
    void anUnknownAccountHasNoTransactionAndNoCursor() {
        AccountId unknown = AccountId.of(ContractIds.fresh("none"));
        assertThat(store.findByAccount(unknown, 0, 10)).isEmpty();
        assertThat(store.count(unknown)).isZero();
        assertThat(store.cursor(unknown)).isEmpty();
        store.deleteByAccount(unknown);
    }

    @Test
    void aCursorIsSavedAndReplaced() {
        AccountId account = AccountId.of(ContractIds.fresh("a"));
        store.saveCursor(new SyncCursor(account, 3, false));
        store.saveCursor(new SyncCursor(account, 4, true));
        assertThat(store.cursor(account)).contains(new SyncCursor(account, 4, true));
    }

    @Test
    void aCursorKeepsItsCheckpointToTheSecondAndAnEmptyOneStaysEmpty() {
        AccountId account = AccountId.of(ContractIds.fresh("a"));
        java.time.Instant date = java.time.Instant.parse("2026-11-30T23:59:59Z");
        SyncCheckpoint checkpoint =
                new SyncCheckpoint(java.util.Optional.of(date), java.util.Optional.of(date.plusSeconds(61)));
        store.saveCursor(new SyncCursor(account, 1, true, checkpoint));
        assertThat(store.cursor(account)).contains(new SyncCursor(account, 1, true, checkpoint));
        SyncCheckpoint datesOnly =
                new SyncCheckpoint(java.util.Optional.of(date.plusSeconds(3600)), java.util.Optional.empty());
        store.saveCursor(new SyncCursor(account, 2, false, datesOnly));
        assertThat(store.cursor(account)).contains(new SyncCursor(account, 2, false, datesOnly));
    }

    @Test
    void deletingAnAccountsTransactionsRemovesThemAndItsCursor() {
        String account = ContractIds.fresh("a");
        store.saveBatch(page(account, 0, 5));
        store.saveCursor(new SyncCursor(AccountId.of(account), 2, false));
        store.deleteByAccount(AccountId.of(account));
        assertThat(store.count(AccountId.of(account))).isZero();
        assertThat(store.cursor(AccountId.of(account))).isEmpty();
    }

    @Test
    void aFailedBatchLeavesThePreviousStateIntact() {
        String account = ContractIds.fresh("a");
        store.saveBatch(page(account, 0, 5));
        org.junit.jupiter.api.Assumptions.assumeTrue(
                breakNextWrite(store), "this store cannot simulate a failed write");
        assertThatThrownBy(() -> store.saveBatch(page(account, 5, 5))).isInstanceOf(StorageException.class);
        assertThat(store.count(AccountId.of(account))).isEqualTo(5);
    }

    @Test
    void concurrentWritersOfOverlappingPagesStoreEachTransactionOnce() throws Exception {
        String account = ContractIds.fresh("a");
        List<Callable<Integer>> writers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            int from = i * 20;
            writers.add(() -> store.saveBatch(page(account, from, 60)));
        }
        List<Object> outcomes = Concurrently.run(writers);
        assertThat(outcomes).allMatch(Integer.class::isInstance);
        int added = outcomes.stream().mapToInt(o -> (Integer) o).sum();
        assertThat(store.count(AccountId.of(account))).isEqualTo(160);
        assertThat(added).isEqualTo(160);
    }
}
