package io.oxlinkit.testkit.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import io.oxlinkit.application.OxlinKit;
import io.oxlinkit.application.StepResult;
import io.oxlinkit.domain.account.Account;
import io.oxlinkit.domain.id.ChannelDefinitionId;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.domain.journey.NextStep;
import io.oxlinkit.domain.journey.WaitReason;
import io.oxlinkit.testkit.data.Banks;
import io.oxlinkit.testkit.drive.Autopilot;
import io.oxlinkit.testkit.fake.FakeCredentialEncryptor;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sync after the first one, on the fake's changing bank (120 booked entries six hours apart, pages of 20):
 * it reads only the two windows before the account's checkpoint, with the API's date filters, and the feed
 * holds exactly what the bank changed: the pending entry booked under its id and the corrected label as
 * modified, the pending entry booked under a new id and the dropped one as removed, the booked one and the
 * late import dated ten days back (outside the 7-day overlap) as added. Stopped at any of its writes and run
 * again, it feeds each of those changes once.
 */
class IncrementalSyncJourneyTest {

    private static final List<String> EXPECTED = List.of(
            "MODIFIED -kept",
            "MODIFIED -h2",
            "REMOVED -swapped",
            "REMOVED -dropped",
            "ADDED -swapped-booked",
            "ADDED -late");

    @Test
    void theNextSyncReadsOnlyTheWindowsBeforeTheCheckpointAndFeedsExactlyWhatTheBankChanged() {
        Ledger ledger = new Ledger();
        int firstSyncCalls = ledger.harness.api.calls().size();
        ledger.bankChangesAndSyncsAgain();
        assertThat(ledger.kit.nextStep(ledger.connection)).contains(new NextStep.Done(ledger.connection));

        List<String> secondSync =
                ledger
                        .harness
                        .api
                        .calls()
                        .subList(firstSyncCalls, ledger.harness.api.calls().size())
                        .stream()
                        .filter(call -> call.startsWith("GET /transactions"))
                        .toList();
        assertThat(secondSync)
                .as("every read of the second sync is filtered by date or import date")
                .isNotEmpty()
                .allMatch(call -> call.contains("start_date=") || call.contains("start_import_date="));
        assertThat(secondSync)
                .as("two pages of the 7-day window (31 entries), one of the imports since the first sync")
                .hasSize(3);
        assertThat(ledger.fedSinceTheFirstSync()).containsExactlyInAnyOrderElementsOf(EXPECTED);
        ledger.assertTheStoreListsExactlyWhatTheBankServes();
    }

    @Test
    void aThirdSyncWithNothingChangedFeedsNothing() {
        Ledger ledger = new Ledger();
        ledger.bankChangesAndSyncsAgain();
        ledger.kit.acknowledgeChanges(Ledger.CONSUMER, ledger.kit.changesHead());
        ledger.harness.clock.advance(Duration.ofHours(6));
        ledger.harness.api.triggerSync(ledger.connection);
        ledger.kit.pumpEvents(ledger.user);
        assertThat(ledger.kit.nextStep(ledger.connection)).contains(new NextStep.Done(ledger.connection));
        assertThat(ledger.kit.changesSince(Ledger.CONSUMER, 100).entries())
                .as("no transaction or account change")
                .isEmpty();
    }

    /**
     * The incremental sync writes five times: the date window's two pages, the removal of what vanished from it,
     * the page of late imports, the checkpoint. A crash before each (so also between the upserts and the
     * checkpoint); a crash after the checkpoint is a finished sync, and the next one feeds nothing
     * ({@link #aThirdSyncWithNothingChangedFeedsNothing}).
     */
    @ParameterizedTest(name = "a crash after {0} store writes of the incremental sync")
    @ValueSource(ints = {0, 1, 2, 3, 4})
    void anIncrementalSyncStoppedAtAnyWriteFeedsEveryChangeOnceWhenRunAgain(int writesBeforeTheCrash) {
        Ledger ledger = new Ledger();
        ledger.harness.stores.transactions().failures().failAfter(writesBeforeTheCrash);
        ledger.bankChangesAndSyncsAgain();
        assertThat(ledger.kit.nextStep(ledger.connection)).contains(new NextStep.Wait(WaitReason.DATA_SYNC_RETRYING));
        ledger.harness.clock.advance(Duration.ofSeconds(31));
        ledger.kit.pumpEvents(ledger.user);
        assertThat(ledger.kit.nextStep(ledger.connection)).contains(new NextStep.Done(ledger.connection));
        assertThat(ledger.fedSinceTheFirstSync()).containsExactlyInAnyOrderElementsOf(EXPECTED);
        ledger.assertTheStoreListsExactlyWhatTheBankServes();
    }

    /** One user of the changing bank, synchronized once, the feed acknowledged up to there. */
    private static final class Ledger {
        static final String CONSUMER = "host-ledger";
        final KitHarness harness = new KitHarness();
        final OxlinKit kit;
        final UserId user;
        final ConnectionId connection;

        Ledger() {
            harness.api
                    .bank(Banks.changingHistoryBank())
                    .listsAccounts("Compte courant")
                    .changesHistoryOverTime()
                    .transactionsPerAccount(120);
            kit = harness.stores
                    .plugInto(OxlinKit.builder())
                    .api(harness.api)
                    .encryptor(new FakeCredentialEncryptor(harness.clock))
                    .clock(harness.clock)
                    .transactionPageSize(20)
                    .build();
            user = kit.createUser("incremental@host.example");
            StepResult started = kit.startEmbeddedConnection(
                    user,
                    Banks.changingHistoryBank().id(),
                    ChannelDefinitionId.of("8800"),
                    EmbeddedJourneyTest.credentials("login", "password"));
            connection = started.connection().orElseThrow();
            Autopilot.answering(kit, "123456").untilDone(user, connection);
            kit.acknowledgeChanges(CONSUMER, kit.changesHead());
        }

        void bankChangesAndSyncsAgain() {
            harness.clock.advance(Duration.ofDays(2));
            harness.api.triggerSync(connection);
            kit.pumpEvents(user);
        }

        /** The feed since the first sync as "KIND -suffix" (the account id cut off). */
        List<String> fedSinceTheFirstSync() {
            return kit.changesSince(CONSUMER, 1000).transactionChanges().stream()
                    .map(e -> e.kind() + " "
                            + e.transaction()
                                    .id()
                                    .value()
                                    .substring(
                                            e.transaction().accountId().value().length()))
                    .toList();
        }

        void assertTheStoreListsExactlyWhatTheBankServes() {
            for (Account account : kit.accounts(connection)) {
                List<String> served = new java.util.ArrayList<>();
                for (int page = 1; served.size() == (page - 1) * 500; page++) {
                    harness.api.transactions(user, account.id(), page, 500).forEach(t -> served.add(t.id().value()));
                }
                assertThat(kit.transactions(account.id(), 0, 10_000))
                        .extracting(t -> t.id().value())
                        .containsExactlyInAnyOrderElementsOf(served);
            }
        }
    }
}
