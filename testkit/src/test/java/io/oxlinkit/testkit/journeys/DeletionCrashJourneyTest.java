package io.oxlinkit.testkit.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oxlinkit.application.OxlinKit;
import io.oxlinkit.application.port.AccountStore;
import io.oxlinkit.application.port.ChangeFeed;
import io.oxlinkit.application.port.ConnectionStore;
import io.oxlinkit.application.port.EventInbox;
import io.oxlinkit.application.port.KeyStore;
import io.oxlinkit.application.port.SubscriptionStore;
import io.oxlinkit.application.port.TransactionStore;
import io.oxlinkit.application.port.UserSecretVault;
import io.oxlinkit.application.port.WorkLeases;
import io.oxlinkit.domain.account.Account;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.testkit.data.Banks;
import io.oxlinkit.testkit.drive.Autopilot;
import io.oxlinkit.testkit.fake.FakeCredentialEncryptor;
import io.oxlinkit.testkit.memory.InMemoryAdapters;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A deletion that dies at each of its steps in turn (the k-th erasing store call throws, as a process dying
 * there would stop it), then runs again on a new kit over the same stores: every run ends as a deletion with no
 * crash does, with nothing left of the deleted user or connection and the other user untouched.
 */
class DeletionCrashJourneyTest {

    /** Counts the erasing calls (delete, erase, forget) across every store and throws at the chosen one. */
    private static final class Crash {
        final AtomicInteger calls = new AtomicInteger();
        volatile int at = Integer.MAX_VALUE;

        <T> T around(Class<T> port, T store) {
            return PortProxy.around(port, store, (method, args, proceed) -> {
                String name = method.getName();
                if ((name.startsWith("delete") || name.startsWith("erase") || name.startsWith("forget"))
                        && calls.incrementAndGet() == at) {
                    throw new IllegalStateException("the process died during " + port.getSimpleName() + "." + name);
                }
                return proceed.call();
            });
        }
    }

    @Test
    void aUserDeletionCrashedAtAnyStepIsFinishedByARerun() {
        int steps = stepsOfACleanRun(true);
        assertThat(steps).as("a user's deletion takes several erasing steps").isGreaterThan(8);
        for (int at = 1; at <= steps; at++) {
            World world = new World();
            world.crash.at = world.crash.calls.get() + at;
            int crashAt = at;
            assertThatThrownBy(() -> world.kit.deleteUser(world.alice))
                    .as("crash at step " + crashAt)
                    .isInstanceOf(IllegalStateException.class);
            world.crash.at = Integer.MAX_VALUE;
            world.restarted().deleteUser(world.alice);
            world.assertAliceGoneAndBobIntact("crash at step " + at);
        }
    }

    @Test
    void aConnectionDeletionCrashedAtAnyStepIsFinishedByARerun() {
        int steps = stepsOfACleanRun(false);
        for (int at = 1; at <= steps; at++) {
            World world = new World();
            world.crash.at = world.crash.calls.get() + at;
            int crashAt = at;
            assertThatThrownBy(() -> world.kit.deleteConnection(world.alices))
                    .as("crash at step " + crashAt)
                    .isInstanceOf(IllegalStateException.class);
            world.crash.at = Integer.MAX_VALUE;
            OxlinKit rerun = world.restarted();
            assertThat(rerun.deleteConnection(world.alices))
                    .as("crash at step " + at + ": the connection was still stored")
                    .isTrue();
            assertThat(rerun.connection(world.alices)).isEmpty();
            assertThat(world.stores.accounts().findByConnection(world.alices)).isEmpty();
            assertThat(world.stores.inbox().unapplied(world.alice)).isEmpty();
        }
    }

    private static int stepsOfACleanRun(boolean user) {
        World world = new World();
        int before = world.crash.calls.get();
        if (user) {
            world.kit.deleteUser(world.alice);
            world.assertAliceGoneAndBobIntact("no crash");
        } else {
            world.kit.deleteConnection(world.alices);
        }
        return world.crash.calls.get() - before;
    }

    /** Two users synced in full on in-memory stores seen through the crashing proxies. */
    private static final class World {
        final KitHarness base = new KitHarness();
        final InMemoryAdapters stores = base.stores;
        final Crash crash = new Crash();
        final OxlinKit kit;
        final UserId alice;
        final UserId bob;
        final ConnectionId alices;
        final ConnectionId bobs;
        final List<Account> bobsAccounts;

        World() {
            base.api
                    .bank(Banks.linxoTestBank())
                    .listsAccounts("Compte courant", "Livret A")
                    .transactionsPerAccount(5)
                    .acceptsCredential("301", EmbeddedJourneyTest.PASSWORD);
            kit = restarted();
            alice = kit.createUser("alice@host.example");
            bob = kit.createUser("bob@host.example");
            alices = connect(alice);
            bobs = connect(bob);
            bobsAccounts = kit.accounts(bobs);
        }

        /** A new kit over the same stores (what a restarted process builds). */
        OxlinKit restarted() {
            return OxlinKit.builder()
                    .api(base.api)
                    .encryptor(new FakeCredentialEncryptor(base.clock))
                    .clock(base.clock)
                    .connectionStore(crash.around(ConnectionStore.class, stores.connections()))
                    .accountStore(crash.around(AccountStore.class, stores.accounts()))
                    .transactionStore(crash.around(TransactionStore.class, stores.transactions()))
                    .changeFeed(
                            crash.around(ChangeFeed.class, stores.transactions().changes()))
                    .eventInbox(crash.around(EventInbox.class, stores.inbox()))
                    .keyStore(crash.around(KeyStore.class, stores.keys()))
                    .subscriptionStore(crash.around(SubscriptionStore.class, stores.subscriptions()))
                    .userSecretVault(crash.around(UserSecretVault.class, stores.vault()))
                    .workLeases(crash.around(WorkLeases.class, stores.leases()))
                    .build();
        }

        private ConnectionId connect(UserId user) {
            ConnectionId connection = EmbeddedJourneyTest.startAsAlice(base, user);
            Autopilot.answering(kit, "123456").untilDone(user, connection);
            return connection;
        }

        void assertAliceGoneAndBobIntact(String when) {
            assertThat(stores.connections().findByUser(alice)).as(when).isEmpty();
            assertThat(stores.accounts().findByConnection(alices)).as(when).isEmpty();
            assertThat(stores.inbox().unapplied(alice)).as(when).isEmpty();
            assertThat(stores.keys().current(alice)).as(when).isEmpty();
            assertThat(stores.subscriptions().queue(alice)).as(when).isEmpty();
            assertThat(stores.vault().find(alice, UserSecretVault.Kind.PASSWORD))
                    .as(when)
                    .isEmpty();
            assertThat(kit.accounts(bobs)).as(when + ": bob's accounts").isEqualTo(bobsAccounts);
            bobsAccounts.forEach(
                    a -> assertThat(kit.transactions(a.id(), 0, 100)).as(when).hasSize(5));
            assertThat(stores.vault().find(bob, UserSecretVault.Kind.PASSWORD))
                    .as(when)
                    .isPresent();
        }
    }
}
