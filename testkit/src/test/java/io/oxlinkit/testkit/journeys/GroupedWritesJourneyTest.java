package io.oxlinkit.testkit.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oxlinkit.application.OxlinKit;
import io.oxlinkit.application.port.OxlinApi;
import io.oxlinkit.application.port.OxlinApiException;
import io.oxlinkit.application.port.SyncCursor;
import io.oxlinkit.application.port.TransactionStore;
import io.oxlinkit.domain.account.Transaction;
import io.oxlinkit.domain.id.AccountId;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.testkit.data.Banks;
import io.oxlinkit.testkit.drive.Autopilot;
import io.oxlinkit.testkit.fake.FakeCredentialEncryptor;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A full read writes the pages it holds together: four pages of 500 a transaction with the cursor after them,
 * the last (short) page on its own; at most eight pages are fetched and not yet stored; a page repeating an entry
 * of an earlier page of the same write stores the later version; a failed fetch in the middle of a write's pages
 * stores those before it and resumes at it.
 */
class GroupedWritesJourneyTest {

    private final KitHarness harness = new KitHarness();
    private final List<String> writes = new CopyOnWriteArrayList<>();
    private final AtomicInteger pagesFetched = new AtomicInteger();
    private final AtomicInteger pagesStored = new AtomicInteger();
    private final AtomicInteger mostHeld = new AtomicInteger();
    private final AtomicBoolean failPageSix = new AtomicBoolean();
    private final java.util.concurrent.atomic.AtomicReference<Transaction> pageTwoAlsoServes =
            new java.util.concurrent.atomic.AtomicReference<>();
    private OxlinKit kit;
    private UserId user;

    private ConnectionId syncOf(int history) {
        return syncOf(history, true);
    }

    private ConnectionId syncOf(int history, boolean syncAfterSyncAll) {
        harness.api
                .bank(Banks.linxoTestBank())
                .listsAccounts("Compte courant")
                .transactionsPerAccount(history)
                .acceptsCredential("301", EmbeddedJourneyTest.PASSWORD);
        OxlinApi api = PortProxy.around(OxlinApi.class, harness.api, (method, args, proceed) -> {
            if (method.getName().equals("transactions") && args.length == 5) {
                if ((int) args[3] == 6 && failPageSix.getAndSet(false)) {
                    throw new OxlinApiException.ServerError(503, "maintenance", "", "req-6", null);
                }
                pagesFetched.incrementAndGet();
                Transaction extra = pageTwoAlsoServes.get();
                if ((int) args[3] == 2 && extra != null) {
                    @SuppressWarnings("unchecked")
                    List<Transaction> served = new java.util.ArrayList<>((List<Transaction>) proceed.call());
                    served.set(served.size() - 1, extra);
                    return served;
                }
            }
            return proceed.call();
        });
        TransactionStore store =
                PortProxy.around(TransactionStore.class, harness.stores.transactions(), (method, args, proceed) -> {
                    if (method.getName().startsWith("saveBatch")) {
                        @SuppressWarnings("unchecked")
                        List<Transaction> batch = (List<Transaction>) args[0];
                        mostHeld.accumulateAndGet(pagesFetched.get() - pagesStored.get(), Math::max);
                        writes.add(batch.size()
                                + (args.length > 1 ? " then page " + ((SyncCursor) args[1]).nextPage() : ""));
                        pagesStored.addAndGet(Math.max(1, (batch.size() + 499) / 500));
                    }
                    return proceed.call();
                });
        kit = harness.stores
                .plugInto(OxlinKit.builder())
                .transactionStore(store)
                .api(api)
                .encryptor(new FakeCredentialEncryptor(harness.clock))
                .clock(harness.clock)
                .fetchAheadExecutor(Runnable::run)
                .synchronizeAfterSyncAll(syncAfterSyncAll)
                .build();
        user = kit.createUser("grouped@host.example");
        return EmbeddedJourneyTest.startAsAlice(kit, user);
    }

    @Test
    void fourPagesAreWrittenInOneTransactionWithTheCursorAfterThem() {
        ConnectionId connection = syncOf(4_234);
        Autopilot.answering(kit, "123456").untilDone(user, connection);

        assertThat(writes).containsExactly("2000 then page 5", "2000 then page 9", "234");
        AccountId account = kit.accounts(connection).get(0).id();
        assertThat(harness.stores.transactions().count(account)).isEqualTo(4_234);
        assertThat(pagesFetched).as("each page once").hasValue(9);
    }

    @Test
    void noMoreThanEightPagesAreHeldFetchedAndNotStored() {
        ConnectionId connection = syncOf(10_000);
        Autopilot.answering(kit, "123456").untilDone(user, connection);

        // the fetch-ahead runs on the caller here: each page is fetched as soon as the read may hold it
        assertThat(mostHeld.get()).as("pages of one write and as many queued").isEqualTo(8);
        assertThat(harness.stores
                        .transactions()
                        .count(kit.accounts(connection).get(0).id()))
                .isEqualTo(10_000);
    }

    @Test
    void aFetchFailingAmongAWritesPagesStoresThoseBeforeItAndResumesThere() {
        ConnectionId connection = syncOf(4_234, false);
        Autopilot.answering(kit, "123456").untilDataReady(user, connection);
        failPageSix.set(true);
        assertThatThrownBy(() -> kit.synchronize(connection)).isInstanceOf(OxlinApiException.ServerError.class);
        assertThat(writes).as("pages 1 to 4, then page 5 alone").containsExactly("2000 then page 5", "500 then page 6");

        kit.synchronize(connection);
        assertThat(writes.subList(2, writes.size()))
                .as("resumed at page 6: pages 6 to 9, the last, in one write")
                .containsExactly("1734");
        assertThat(harness.stores
                        .transactions()
                        .count(kit.accounts(connection).get(0).id()))
                .isEqualTo(4_234);
    }

    @Test
    void anEntryServedAgainOnALaterPageOfTheSameWriteIsStoredAsThatPageServesIt() {
        ConnectionId connection = syncOf(1_234, false);
        Autopilot.answering(kit, "123456").untilDataReady(user, connection);
        kit.synchronize(connection);
        AccountId account = kit.accounts(connection).get(0).id();
        Transaction top =
                harness.stores.transactions().findByAccount(account, 0, 1).get(0);
        Transaction booked = new Transaction(
                top.id(),
                top.accountId(),
                top.amount(),
                top.date(),
                top.label() + " (booked)",
                top.type(),
                top.status(),
                top.bookingDate(),
                top.valueDate(),
                top.importDate(),
                top.unknown());
        harness.stores.transactions().deleteByAccount(account);
        writes.clear();
        pageTwoAlsoServes.set(booked);
        kit.synchronize(connection);

        assertThat(writes).as("the three pages in one write, the entry once").containsExactly("1233");
        assertThat(harness.stores.transactions().findByAccount(account, 0, 2_000))
                .filteredOn(t -> t.id().equals(top.id()))
                .containsExactly(booked);
    }
}
