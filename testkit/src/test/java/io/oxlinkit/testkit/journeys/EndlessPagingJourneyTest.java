package io.oxlinkit.testkit.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import io.oxlinkit.application.OxlinKit;
import io.oxlinkit.application.StepResult;
import io.oxlinkit.application.port.OxlinApi;
import io.oxlinkit.domain.consent.ConsentDecision;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.domain.journey.NextStep;
import io.oxlinkit.domain.journey.WaitReason;
import io.oxlinkit.testkit.data.Banks;
import io.oxlinkit.testkit.fake.FakeCredentialEncryptor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A server that serves its second page again for every later page: the sync stops at the first repeat with the
 * typed decoding error, recorded as a failed attempt (retried later), instead of fetching for ever; what it
 * stored is kept once.
 */
class EndlessPagingJourneyTest {

    @Test
    void aSyncWhoseServerRepeatsAPageForEverStopsAtTheRepeatAndWaitsToRetry() {
        KitHarness harness = new KitHarness();
        harness.api
                .bank(Banks.linxoTestBank())
                .listsAccounts("Compte courant")
                .transactionsPerAccount(1_200)
                .acceptsCredential("301", EmbeddedJourneyTest.PASSWORD);
        AtomicInteger pagesServed = new AtomicInteger();
        OxlinApi repeating = (OxlinApi) Proxy.newProxyInstance(
                OxlinApi.class.getClassLoader(), new Class<?>[] {OxlinApi.class}, (proxy, method, args) -> {
                    if (method.getName().equals("transactions") && args.length == 5) {
                        pagesServed.incrementAndGet();
                        args[3] = Math.min((int) args[3], 2);
                    }
                    try {
                        return method.invoke(harness.api, args);
                    } catch (InvocationTargetException failure) {
                        throw failure.getCause();
                    }
                });
        OxlinKit kit = harness.stores
                .plugInto(OxlinKit.builder())
                .api(repeating)
                .encryptor(new FakeCredentialEncryptor(harness.clock))
                .clock(harness.clock)
                .transactionPageSize(500)
                .build();
        UserId user = kit.createUser("endless@host.example");
        StepResult started = kit.startEmbeddedConnection(
                user,
                Banks.linxoTestBank().id(),
                Banks.TEST_BANK_EMBEDDED,
                EmbeddedJourneyTest.credentials("login", EmbeddedJourneyTest.PASSWORD));
        ConnectionId connection = started.connection().orElseThrow();
        kit.pumpEvents(user);
        NextStep consent = kit.nextStep(connection).orElseThrow();
        kit.giveConsent(
                connection,
                consent instanceof NextStep.CollectConsent c
                        ? c.request().pendingAccounts().stream()
                                .map(a -> ConsentDecision.grant(a.id()))
                                .toList()
                        : List.of());
        kit.pumpEvents(user);

        assertThat(kit.nextStep(connection)).contains(new NextStep.Wait(WaitReason.DATA_SYNC_RETRYING));
        // pages 1, 2 and 3 (which repeats 2); pages after it may have been fetched ahead meanwhile, no more than
        // the read holds at once (the pages of one write and as many queued)
        assertThat(pagesServed.get())
                .as("pages 1, 2, 3 (which repeats 2), and those fetched ahead of the read")
                .isBetween(3, 1 + 2 * 4);
        kit.accounts(connection)
                .forEach(account -> assertThat(harness.stores.transactions().count(account.id()))
                        .isEqualTo(1_000));
    }
}
