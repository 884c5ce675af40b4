package io.oxlinkit.testkit.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import io.oxlinkit.application.Housekeeping;
import io.oxlinkit.application.OxlinKit;
import io.oxlinkit.application.Retention;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.testkit.data.Banks;
import io.oxlinkit.testkit.drive.Autopilot;
import io.oxlinkit.testkit.fake.FakeClock;
import io.oxlinkit.testkit.fake.FakeCredentialEncryptor;
import io.oxlinkit.testkit.fake.FakeOxlinApi;
import io.oxlinkit.testkit.memory.InMemoryAdapters;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Housekeeping by the fake clock: applied events (with the owner data of their snapshots) and lapsed leases
 * go once older than their retention age, not before; events not yet applied are never purged.
 */
class HousekeepingJourneyTest {

    @Test
    void appliedEventsAndLapsedLeasesArePurgedOnceOlderThanTheirRetentionOnly() {
        FakeClock clock = new FakeClock(Instant.parse("2026-11-27T10:00:00Z"));
        FakeOxlinApi api = new FakeOxlinApi(clock);
        api.bank(Banks.linxoTestBank())
                .listsAccounts("Compte courant")
                .transactionsPerAccount(3)
                .acceptsCredential("301", EmbeddedJourneyTest.PASSWORD);
        InMemoryAdapters stores = InMemoryAdapters.create(clock);
        OxlinKit kit = stores.plugInto(OxlinKit.builder())
                .api(api)
                .encryptor(new FakeCredentialEncryptor(clock))
                .clock(clock)
                .retention(new Retention(Duration.ofDays(7), Duration.ofDays(90), Duration.ofDays(1)))
                .build();
        UserId user = kit.createUser("keeper@host.example");
        ConnectionId connection = kit.startEmbeddedConnection(
                        user,
                        Banks.linxoTestBank().id(),
                        Banks.TEST_BANK_EMBEDDED,
                        EmbeddedJourneyTest.credentials("alice", EmbeddedJourneyTest.PASSWORD))
                .connection()
                .orElseThrow();
        Autopilot.answering(kit, "123456").untilDone(user, connection);
        stores.leases().tryAcquire("sync:elsewhere", "other-worker", clock.instant(), Duration.ofMinutes(1));
        io.oxlinkit.domain.event.Event waiting = new io.oxlinkit.testkit.data.EventBuilder()
                .id("held-1")
                .connectionId(connection.value())
                .createdAt(clock.instant())
                .success(io.oxlinkit.domain.event.EventType.SYNC_ALL_SUCCESS);
        stores.inbox().record(user, waiting);

        clock.advance(Duration.ofDays(6));
        assertThat(kit.housekeeping()).as("younger than their retention").isEqualTo(new Housekeeping.Report(0, 0, 1));
        clock.advance(Duration.ofDays(2));
        Housekeeping.Report purged = kit.housekeeping();
        assertThat(purged.appliedEvents()).as("the events the journey applied").isPositive();
        assertThat(kit.housekeeping()).as("nothing twice").isEqualTo(new Housekeeping.Report(0, 0, 0));
        assertThat(stores.inbox().unapplied(user))
                .as("an event not applied yet is never purged")
                .containsExactly(waiting);
        assertThat(kit.nextStep(connection))
                .as("the journey does not need its old events")
                .isPresent();
    }
}
