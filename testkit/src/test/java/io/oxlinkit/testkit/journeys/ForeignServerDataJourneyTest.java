package io.oxlinkit.testkit.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import io.oxlinkit.application.OxlinKit;
import io.oxlinkit.application.port.OxlinApi;
import io.oxlinkit.domain.account.Account;
import io.oxlinkit.domain.account.Transaction;
import io.oxlinkit.domain.connection.ChannelStatus;
import io.oxlinkit.domain.event.Event;
import io.oxlinkit.domain.event.EventType;
import io.oxlinkit.domain.id.AccountId;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.domain.journey.NextStep;
import io.oxlinkit.testkit.data.AccountBuilder;
import io.oxlinkit.testkit.data.Banks;
import io.oxlinkit.testkit.data.EventBuilder;
import io.oxlinkit.testkit.data.TransactionBuilder;
import io.oxlinkit.testkit.drive.Autopilot;
import io.oxlinkit.testkit.fake.FakeCredentialEncryptor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * A server that mixes its users' data up: accounts of another connection in a connection's list, transactions
 * of another account in an account's page, an event about another user's connection in a user's queue. Each
 * foreign row or event is refused and never stored or applied; the user's own data is.
 */
class ForeignServerDataJourneyTest {

    private static final AccountId FOREIGN_ACCOUNT = AccountId.of("foreign-account");

    @Test
    void rowsAndEventsOfAnotherConnectionAccountOrUserAreNeverStoredOrApplied() {
        KitHarness harness = new KitHarness();
        harness.api
                .bank(Banks.linxoTestBank())
                .listsAccounts("Compte courant")
                .transactionsPerAccount(30)
                .acceptsCredential("301", EmbeddedJourneyTest.PASSWORD);
        AtomicReference<Event> smuggled = new AtomicReference<>();
        OxlinApi mixing = (OxlinApi) Proxy.newProxyInstance(
                OxlinApi.class.getClassLoader(), new Class<?>[] {OxlinApi.class}, (proxy, method, args) -> {
                    Object result;
                    try {
                        result = method.invoke(harness.api, args);
                    } catch (InvocationTargetException failure) {
                        throw failure.getCause();
                    }
                    if (method.getName().equals("accounts")) {
                        List<Account> mixed = new ArrayList<>((List<Account>) result);
                        mixed.add(new AccountBuilder()
                                .id(FOREIGN_ACCOUNT.value())
                                .connectionId("someone-elses-connection")
                                .build());
                        return mixed;
                    }
                    if (method.getName().equals("transactions") && !((List<?>) result).isEmpty()) {
                        List<Transaction> mixed = new ArrayList<>((List<Transaction>) result);
                        mixed.add(new TransactionBuilder()
                                .id("foreign-transaction")
                                .accountId(FOREIGN_ACCOUNT.value())
                                .build());
                        return mixed;
                    }
                    if (method.getName().equals("poll") && smuggled.get() != null) {
                        List<Event> mixed = new ArrayList<>((List<Event>) result);
                        mixed.add(smuggled.get());
                        return mixed;
                    }
                    return result;
                });
        OxlinKit kit = harness.stores
                .plugInto(OxlinKit.builder())
                .api(mixing)
                .encryptor(new FakeCredentialEncryptor(harness.clock))
                .clock(harness.clock)
                .build();
        UserId alice = kit.createUser("alice@host.example");
        UserId bob = kit.createUser("bob@host.example");
        ConnectionId alices = start(kit, alice);
        ConnectionId bobs = start(kit, bob);
        Autopilot.answering(kit, "123456").untilDone(alice, alices);
        Autopilot.answering(kit, "123456").untilDone(bob, bobs);

        assertThat(harness.stores.accounts().find(FOREIGN_ACCOUNT))
                .as("an account of another connection")
                .isEmpty();
        assertThat(harness.stores.transactions().count(FOREIGN_ACCOUNT))
                .as("transactions of another account")
                .isZero();
        kit.accounts(alices)
                .forEach(a -> assertThat(kit.transactions(a.id(), 0, 100)).hasSize(30));

        smuggled.set(new EventBuilder()
                .id("smuggled-1")
                .connectionId(bobs.value())
                .channel(Banks.TEST_BANK_EMBEDDED.value())
                .channelStatus(ChannelStatus.AUTH_FAILED)
                .failure(EventType.SYNC_ALL_FAILURE));
        kit.pumpEvents(alice);
        assertThat(kit.nextStep(bobs))
                .as("an event of bob's connection in alice's queue")
                .contains(new NextStep.Done(bobs));
        assertThat(harness.stores.inbox().unapplied(alice)).isEmpty();
    }

    private static ConnectionId start(OxlinKit kit, UserId user) {
        return kit.startEmbeddedConnection(
                        user,
                        Banks.linxoTestBank().id(),
                        Banks.TEST_BANK_EMBEDDED,
                        EmbeddedJourneyTest.credentials("login", EmbeddedJourneyTest.PASSWORD))
                .connection()
                .orElseThrow();
    }
}
