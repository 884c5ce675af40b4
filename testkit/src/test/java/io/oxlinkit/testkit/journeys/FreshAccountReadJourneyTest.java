package io.oxlinkit.testkit.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import io.oxlinkit.application.OxlinKit;
import io.oxlinkit.application.port.SyncCursor;
import io.oxlinkit.application.port.TransactionStore;
import io.oxlinkit.domain.id.AccountId;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.testkit.data.Banks;
import io.oxlinkit.testkit.drive.Autopilot;
import io.oxlinkit.testkit.fake.FakeCredentialEncryptor;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A full read into an account holding nothing skips the vanished-pending scan (every pending entry it stores was
 * served by it); a full read from the top into an account holding entries still makes it.
 */
class FreshAccountReadJourneyTest {

    @Test
    void onlyAReadIntoAnAccountHoldingEntriesLooksForVanishedPendingOnes() {
        KitHarness harness = new KitHarness();
        harness.api
                .bank(Banks.linxoTestBank())
                .listsAccounts("Compte courant")
                .transactionsPerAccount(1_234)
                .acceptsCredential("301", EmbeddedJourneyTest.PASSWORD);
        AtomicInteger scans = new AtomicInteger();
        TransactionStore store =
                PortProxy.around(TransactionStore.class, harness.stores.transactions(), (method, args, proceed) -> {
                    if (method.getName().equals("removeVanishedPending")) {
                        scans.incrementAndGet();
                    }
                    return proceed.call();
                });
        OxlinKit kit = harness.stores
                .plugInto(OxlinKit.builder())
                .transactionStore(store)
                .api(harness.api)
                .encryptor(new FakeCredentialEncryptor(harness.clock))
                .clock(harness.clock)
                .synchronizeAfterSyncAll(false)
                .build();
        UserId user = kit.createUser("fresh@host.example");
        ConnectionId connection = EmbeddedJourneyTest.startAsAlice(kit, user);
        Autopilot.answering(kit, "123456").untilDataReady(user, connection);
        AccountId account = kit.accounts(connection).get(0).id();

        kit.synchronize(connection);
        assertThat(scans).as("the first read, into an empty account").hasValue(0);
        assertThat(harness.stores.transactions().count(account)).isEqualTo(1_234);

        // a full read from the top again (a cursor from before checkpoints were kept, say)
        harness.stores.transactions().saveCursor(SyncCursor.start(account));
        kit.synchronize(connection);
        assertThat(scans).as("a read into an account holding entries").hasValue(1);
        assertThat(harness.stores.transactions().count(account)).isEqualTo(1_234);
    }
}
