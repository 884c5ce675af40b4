package io.oxlinkit.cli.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import io.oxlinkit.adapter.crypto.BouncyCastlePgpEncryptor;
import io.oxlinkit.adapter.http.FeignOxlinApi;
import io.oxlinkit.adapter.jdbc.JdbcStorage;
import io.oxlinkit.application.OxlinKit;
import io.oxlinkit.application.StepResult;
import io.oxlinkit.application.port.OxlinApi;
import io.oxlinkit.domain.account.Account;
import io.oxlinkit.domain.consent.ConsentDecision;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.domain.journey.NextStep;
import io.oxlinkit.domain.journey.WaitReason;
import io.oxlinkit.sandbox.Sandbox;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * One user's 200,000-transaction sync runs in the background while another user of the same instance
 * connects: that user's challenge is answered and the connection reaches its consent with the large sync
 * still under way (it is held at its first page until then, so no timing decides the test).
 */
class ChallengeDuringLargeSyncTest {

    @Test
    void aChallengeIsAnsweredWhileAnotherUsersLargeSyncRuns() throws Exception {
        ExecutorService syncs = Executors.newFixedThreadPool(2);
        CountDownLatch smallUserDone = new CountDownLatch(1);
        CountDownLatch largeSyncStarted = new CountDownLatch(1);
        try (Sandbox sandbox = Sandbox.start()) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL("jdbc:h2:mem:large-sync-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
            JdbcStorage storage = JdbcStorage.open(h2, FleetInstance.KEYS);
            FeignOxlinApi http = new FeignOxlinApi(FleetInstance.config(sandbox), storage.vault(), Clock.systemUTC());
            OxlinApi api = heldAtFirstPage(http, largeSyncStarted, smallUserDone);
            OxlinKit kit = storage.plugInto(OxlinKit.builder())
                    .api(api)
                    .encryptor(new BouncyCastlePgpEncryptor(Clock.systemUTC()))
                    .clock(Clock.systemUTC())
                    .syncExecutor(syncs)
                    .build();

            UserId large = kit.createUser("large@host.example");
            ConnectionId big = start(kit, large);
            List<Account> pending = answerUntilConsent(kit, large, big);
            pending.forEach(a -> sandbox.seedAccountTransactions(a.id().value(), 100_000));
            kit.giveConsent(
                    big,
                    pending.stream().map(a -> ConsentDecision.grant(a.id())).toList());
            kit.pumpEvents(large);
            assertThat(largeSyncStarted.await(30, TimeUnit.SECONDS))
                    .as("the large sync started in the background")
                    .isTrue();

            UserId small = kit.createUser("small@host.example");
            ConnectionId connection = start(kit, small);
            assertThat(answerUntilConsent(kit, small, connection)).isNotEmpty();
            assertThat(kit.nextStep(big))
                    .as("the large sync is still under way")
                    .contains(new NextStep.Wait(WaitReason.STORING_DATA));
            smallUserDone.countDown();
        } finally {
            smallUserDone.countDown();
            syncs.shutdownNow();
        }
    }

    private static ConnectionId start(OxlinKit kit, UserId user) {
        StepResult started = kit.startEmbeddedConnection(
                user, SandboxBank87.BANK, SandboxBank87.EMBEDDED, SandboxBank87.credentials("login"));
        return started.connection().orElseThrow();
    }

    /** Pumps and answers each challenge (every answer proceeds), up to the consent step; the accounts to decide. */
    private static List<Account> answerUntilConsent(OxlinKit kit, UserId user, ConnectionId connection) {
        for (int round = 0; round < 10; round++) {
            kit.pumpEvents(user);
            NextStep step = kit.nextStep(connection).orElseThrow();
            if (step instanceof NextStep.CollectConsent consent) {
                return consent.request().pendingAccounts();
            }
            if (step instanceof NextStep.AnswerChallenge challenge) {
                assertThat(kit.answerChallenge(connection, SandboxBank87.smsCode(challenge)))
                        .isInstanceOf(StepResult.Proceeded.class);
            }
        }
        throw new AssertionError("connection " + connection + " did not reach its consent");
    }

    /** The first transaction page of any sync waits until the small user is through. */
    private static OxlinApi heldAtFirstPage(OxlinApi delegate, CountDownLatch started, CountDownLatch release) {
        return (OxlinApi) Proxy.newProxyInstance(
                OxlinApi.class.getClassLoader(), new Class<?>[] {OxlinApi.class}, (proxy, method, args) -> {
                    if (method.getName().equals("transactions")) {
                        started.countDown();
                        release.await(60, TimeUnit.SECONDS);
                    }
                    try {
                        return method.invoke(delegate, args);
                    } catch (InvocationTargetException failure) {
                        throw failure.getCause();
                    }
                });
    }
}
