package io.oxlinkit.testkit.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import io.oxlinkit.application.OxlinKit;
import io.oxlinkit.application.port.OxlinApi;
import io.oxlinkit.application.port.TransactionStore;
import io.oxlinkit.domain.account.Account;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.testkit.data.Banks;
import io.oxlinkit.testkit.drive.Autopilot;
import io.oxlinkit.testkit.fake.FakeCredentialEncryptor;
import java.lang.reflect.Method;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A full sync fetches the pages of its next write while it stores the current one: the first write (pages 1 to 4)
 * waits (on a latch, not a clock) until page 6 was asked for, which only a pipelined sync does; every transaction
 * is then stored exactly once. The latch's timeout only guards the suite against a sequential sync hanging it.
 */
class PipelinedSyncJourneyTest {

    @Test
    void thePagesOfTheNextWriteAreFetchedWhileTheCurrentOneIsStored() {
        KitHarness harness = new KitHarness();
        harness.api
                .bank(Banks.linxoTestBank())
                .listsAccounts("Compte courant")
                .transactionsPerAccount(4_234)
                .acceptsCredential("301", EmbeddedJourneyTest.PASSWORD);
        CountDownLatch sixthPageAsked = new CountDownLatch(1);
        List<Boolean> overlapped = new CopyOnWriteArrayList<>();
        OxlinApi api = proxy(OxlinApi.class, harness.api, (method, args) -> {
            if (method.getName().equals("transactions") && args.length == 5 && (int) args[3] == 6) {
                sixthPageAsked.countDown();
            }
        });
        TransactionStore store = proxy(TransactionStore.class, harness.stores.transactions(), (method, args) -> {
            if (method.getName().startsWith("saveBatch") && overlapped.isEmpty()) {
                try {
                    overlapped.add(sixthPageAsked.await(30, TimeUnit.SECONDS));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        OxlinKit kit = harness.stores
                .plugInto(OxlinKit.builder())
                .transactionStore(store)
                .api(api)
                .encryptor(new FakeCredentialEncryptor(harness.clock))
                .clock(harness.clock)
                .build();
        UserId user = kit.createUser("pipelined@host.example");
        ConnectionId connection = EmbeddedJourneyTest.startAsAlice(kit, user);
        Autopilot.answering(kit, "123456").untilDone(user, connection);

        assertThat(overlapped)
                .as("page 6 (of the second write) was asked for while the first write (pages 1 to 4) was being stored")
                .containsExactly(true);
        Account account = kit.accounts(connection).get(0);
        assertThat(harness.stores.transactions().count(account.id())).isEqualTo(4_234);
        assertThat(harness.api.calls().stream()
                        .filter(c -> c.startsWith("GET /transactions"))
                        .count())
                .as("each of the 9 pages fetched once")
                .isEqualTo(9);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} s a write")
    @org.junit.jupiter.params.provider.CsvSource({"0, 0", "20, 3"})
    void theLeaseIsRenewedOnlyOnceAQuarterOfItHasPassed(long secondsPerWrite, int renewals) {
        KitHarness harness = new KitHarness();
        harness.api
                .bank(Banks.linxoTestBank())
                .listsAccounts("Compte courant")
                .transactionsPerAccount(4_234)
                .acceptsCredential("301", EmbeddedJourneyTest.PASSWORD);
        java.util.concurrent.atomic.AtomicInteger renewed = new java.util.concurrent.atomic.AtomicInteger();
        io.oxlinkit.application.port.WorkLeases leases =
                proxy(io.oxlinkit.application.port.WorkLeases.class, harness.stores.leases(), (method, args) -> {
                    if (method.getName().equals("renew") && ((String) args[0]).startsWith("sync:")) {
                        renewed.incrementAndGet();
                    }
                });
        TransactionStore store = proxy(TransactionStore.class, harness.stores.transactions(), (method, args) -> {
            if (method.getName().startsWith("saveBatch")) {
                harness.clock.advance(java.time.Duration.ofSeconds(secondsPerWrite));
            }
        });
        OxlinKit kit = harness.stores
                .plugInto(OxlinKit.builder())
                .transactionStore(store)
                .workLeases(leases)
                .api(harness.api)
                .encryptor(new FakeCredentialEncryptor(harness.clock))
                .clock(harness.clock)
                .syncLease(java.time.Duration.ofMinutes(1))
                .build();
        UserId user = kit.createUser("heartbeat@host.example");
        ConnectionId connection = EmbeddedJourneyTest.startAsAlice(kit, user);
        Autopilot.answering(kit, "123456").untilDone(user, connection);

        assertThat(renewed.get())
                .as("renewals of the sync's lease over its 3 writes (9 pages, 4 a write)")
                .isEqualTo(renewals);
        assertThat(harness.stores
                        .transactions()
                        .count(kit.accounts(connection).get(0).id()))
                .isEqualTo(4_234);
    }

    /** Runs {@code before} ahead of each call of the port, then the real call. */
    private static <T> T proxy(Class<T> port, T target, java.util.function.BiConsumer<Method, Object[]> before) {
        return PortProxy.around(port, target, (method, args, proceed) -> {
            before.accept(method, args);
            return proceed.call();
        });
    }
}
