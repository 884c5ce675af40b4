package io.oxlinkit.testkit.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import io.oxlinkit.application.StepResult;
import io.oxlinkit.application.port.ChangeFeed;
import io.oxlinkit.domain.account.TransactionStatus;
import io.oxlinkit.domain.id.ChannelDefinitionId;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.domain.journey.NextStep;
import io.oxlinkit.testkit.data.Banks;
import io.oxlinkit.testkit.drive.Autopilot;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The ledger's change feed through the kit, on the fake's changing bank: the first sync feeds every entry as
 * added; after the bank books a pending entry and corrects a label, OXLIN's next sync feeds those entries as
 * modified (the store no longer keeps the first version for ever), a vanished pending entry is fed as
 * removed and no longer listed, and nothing unchanged is fed again.
 */
class ChangeFeedJourneyTest {

    @Test
    void aBookedPendingEntryAndACorrectedLabelAreFedAsModified() {
        KitHarness harness = new KitHarness();
        harness.api
                .bank(Banks.changingHistoryBank())
                .listsAccounts("Compte courant")
                .changesHistoryOverTime();
        UserId user = harness.kit.createUser("ledger@host.example");
        StepResult started = harness.kit.startEmbeddedConnection(
                user,
                Banks.changingHistoryBank().id(),
                ChannelDefinitionId.of("8800"),
                EmbeddedJourneyTest.credentials("login", "password"));
        ConnectionId connection = started.connection().orElseThrow();
        String consumer = "host-ledger";
        harness.kit.acknowledgeChanges(consumer, harness.kit.changesHead());
        Autopilot.answering(harness.kit, "123456").untilDone(user, connection);
        ChangeFeed.Page first = harness.kit.changesSince(consumer, 1000);
        assertThat(first.transactionChanges()).isNotEmpty().allMatch(e -> e.kind() == ChangeFeed.ChangeKind.ADDED);
        assertThat(first.transactionChanges()).anyMatch(e -> e.transaction().status() == TransactionStatus.PENDING);
        harness.kit.acknowledgeChanges(consumer, first.next());

        harness.clock.advance(Duration.ofDays(2));
        harness.api.triggerSync(connection);
        harness.kit.pumpEvents(user);
        assertThat(harness.next(connection)).isEqualTo(new NextStep.Done(connection));
        List<ChangeFeed.TransactionChange> later =
                harness.kit.changesSince(consumer, 1000).transactionChanges();
        assertThat(later)
                .filteredOn(e -> e.kind() == ChangeFeed.ChangeKind.MODIFIED)
                .as("the pending entry booked under its id, the corrected label")
                .hasSizeGreaterThanOrEqualTo(2)
                .anyMatch(e -> e.transaction().status() == TransactionStatus.BOOKED);
        assertThat(later)
                .filteredOn(e -> e.kind() != ChangeFeed.ChangeKind.REMOVED)
                .as("nothing unchanged fed again")
                .allMatch(e -> first.transactionChanges().stream()
                        .noneMatch(f -> f.transaction().equals(e.transaction())));
        assertThat(later)
                .filteredOn(e -> e.kind() == ChangeFeed.ChangeKind.REMOVED)
                .as("the vanished pending entry and the one booked under a new id, kept as tombstones")
                .hasSizeGreaterThanOrEqualTo(2)
                .allMatch(e -> e.transaction().status() == TransactionStatus.PENDING);
        for (var account : harness.kit.accounts(connection)) {
            List<String> served = harness.api.transactions(user, account.id(), 1, 500).stream()
                    .map(t -> t.id().value())
                    .sorted()
                    .toList();
            assertThat(harness.kit.transactions(account.id(), 0, 1000))
                    .extracting(t -> t.id().value())
                    .as("the store lists exactly what the bank serves")
                    .containsExactlyInAnyOrderElementsOf(served);
        }
    }
}
