package io.oxlinkit.testkit.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import io.oxlinkit.application.OxlinKit;
import io.oxlinkit.application.StepResult;
import io.oxlinkit.application.port.ChangeFeed;
import io.oxlinkit.domain.consent.ConsentDecision;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.domain.journey.NextStep;
import io.oxlinkit.domain.journey.WaitReason;
import io.oxlinkit.testkit.data.Banks;
import io.oxlinkit.testkit.fake.FakeCredentialEncryptor;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A sync stopped at each step of its writes (before a page's upsert, between the upsert and the cursor, after
 * the cursor), then run again after its backoff: every transaction stored once and fed once as added,
 * nothing lost, nothing fed twice.
 */
class SyncCrashJourneyTest {

    /** Nine pages of 500 an account: writes of four pages, four pages, then the last (short) one. */
    private static final int HISTORY = 4_200;

    @ParameterizedTest(name = "a crash after {0} store writes")
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 7, 9, 11})
    void aSyncStoppedAtAnyStepResumesWithEveryChangeFedOnce(int writesBeforeTheCrash) {
        crashAndResume(HISTORY, writesBeforeTheCrash);
    }

    /**
     * A history of whole pages: a sync stopped after the last full page's cursor resumes on a page past the
     * end, which serves nothing; the two PENDING entries at the top, stored before the crash, stay live.
     */
    @ParameterizedTest(name = "a crash after {0} store writes")
    @ValueSource(ints = {3, 4, 5, 6})
    void aSyncResumedPastTheLastFullPageKeepsThePendingEntriesItDidNotReread(int writesBeforeTheCrash) {
        crashAndResume(4_000, writesBeforeTheCrash);
    }

    private static void crashAndResume(int history, int writesBeforeTheCrash) {
        KitHarness harness = new KitHarness();
        harness.api
                .bank(Banks.linxoTestBank())
                .listsAccounts("Compte courant", "Livret A")
                .transactionsPerAccount(history)
                .acceptsCredential("301", EmbeddedJourneyTest.PASSWORD);
        OxlinKit kit = harness.stores
                .plugInto(OxlinKit.builder())
                .api(harness.api)
                .encryptor(new FakeCredentialEncryptor(harness.clock))
                .clock(harness.clock)
                .transactionPageSize(500)
                .build();
        UserId user = kit.createUser("crash@host.example");
        StepResult started = kit.startEmbeddedConnection(
                user,
                Banks.linxoTestBank().id(),
                Banks.TEST_BANK_EMBEDDED,
                EmbeddedJourneyTest.credentials("login", EmbeddedJourneyTest.PASSWORD));
        ConnectionId connection = started.connection().orElseThrow();
        kit.acknowledgeChanges("ledger", kit.changesHead());
        kit.pumpEvents(user);
        NextStep consent = kit.nextStep(connection).orElseThrow();
        kit.giveConsent(
                connection,
                consent instanceof NextStep.CollectConsent c
                        ? c.request().pendingAccounts().stream()
                                .map(a -> ConsentDecision.grant(a.id()))
                                .toList()
                        : List.of());

        harness.stores.transactions().failures().failAfter(writesBeforeTheCrash);
        kit.pumpEvents(user);
        assertThat(kit.nextStep(connection)).contains(new NextStep.Wait(WaitReason.DATA_SYNC_RETRYING));
        harness.clock.advance(Duration.ofSeconds(31));
        kit.pumpEvents(user);
        assertThat(kit.nextStep(connection)).contains(new NextStep.Done(connection));

        List<ChangeFeed.TransactionChange> fed =
                kit.changesSince("ledger", 10_000).transactionChanges();
        assertThat(fed).hasSize(2 * history).allMatch(e -> e.kind() == ChangeFeed.ChangeKind.ADDED);
        assertThat(fed).extracting(e -> e.transaction().id().value()).doesNotHaveDuplicates();
        kit.accounts(connection)
                .forEach(account -> assertThat(harness.stores.transactions().count(account.id()))
                        .isEqualTo(history));
    }
}
