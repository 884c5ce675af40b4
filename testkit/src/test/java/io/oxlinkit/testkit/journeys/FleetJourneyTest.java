package io.oxlinkit.testkit.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import io.oxlinkit.application.Fleet;
import io.oxlinkit.application.FleetReport;
import io.oxlinkit.application.OxlinKit;
import io.oxlinkit.application.StepResult;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.domain.journey.NextStep;
import io.oxlinkit.testkit.data.Banks;
import io.oxlinkit.testkit.fake.FakeCredentialEncryptor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fleet's rounds from two instances on one set of stores (fake clock): shared pumps, a daily refresh budget. */
class FleetJourneyTest {

    private static final Duration ROUND = Duration.ofMinutes(1);

    private KitHarness harness;
    private OxlinKit second;
    private final List<UserId> users = new ArrayList<>();
    private final List<ConnectionId> connections = new ArrayList<>();

    @BeforeEach
    void setUp() {
        harness = new KitHarness();
        harness.api
                .bank(Banks.linxoTestBank())
                .listsAccounts("Compte courant")
                .transactionsPerAccount(10)
                .acceptsCredential("301", EmbeddedJourneyTest.PASSWORD);
        second = harness.stores
                .plugInto(OxlinKit.builder())
                .api(harness.api)
                .encryptor(new FakeCredentialEncryptor(harness.clock))
                .clock(harness.clock)
                .workerId("second")
                .build();
        for (int i = 0; i < 3; i++) {
            UserId user = harness.kit.createUser("fleet" + i + "@host.example");
            StepResult started = harness.kit.startEmbeddedConnection(
                    user,
                    Banks.linxoTestBank().id(),
                    Banks.TEST_BANK_EMBEDDED,
                    EmbeddedJourneyTest.credentials("user" + i, EmbeddedJourneyTest.PASSWORD));
            users.add(user);
            connections.add(started.connection().orElseThrow());
        }
    }

    @Test
    void eachUserIsPumpedByOneInstanceARound() {
        FleetReport first = harness.kit.fleet().runOnce(ROUND);
        FleetReport other = second.fleet().runOnce(ROUND);
        assertThat(first.usersPumped()).isEqualTo(3);
        assertThat(other.usersPumped())
                .as("the same round, taken by the first instance")
                .isZero();
        for (ConnectionId connection : connections) {
            assertThat(harness.next(connection)).isInstanceOf(NextStep.CollectConsent.class);
        }
        harness.clock.advance(ROUND);
        assertThat(second.fleet().runOnce(ROUND).usersPumped())
                .as("the next round")
                .isEqualTo(3);
    }

    @Test
    void housekeepingRunsOnceAnHourAcrossInstances() {
        harness.stores
                .leases()
                .tryAcquire(
                        "stale-1",
                        "gone-worker",
                        harness.clock.instant().minus(Duration.ofDays(3)),
                        Duration.ofMinutes(1));
        assertThat(harness.kit.fleet().runOnce(ROUND).housekeeping().lapsedLeases())
                .as("the first round purges")
                .isEqualTo(1);
        harness.stores
                .leases()
                .tryAcquire(
                        "stale-2",
                        "gone-worker",
                        harness.clock.instant().minus(Duration.ofDays(3)),
                        Duration.ofMinutes(1));
        assertThat(second.fleet().runOnce(ROUND).housekeeping().lapsedLeases())
                .as("another instance, the same hour")
                .isZero();
        harness.clock.advance(Duration.ofHours(1));
        assertThat(second.fleet().runOnce(ROUND).housekeeping().lapsedLeases())
                .as("an hour later")
                .isEqualTo(1);
    }

    @Test
    void eachConnectionIsReadAtMostItsBudgetADayAcrossInstances() {
        Fleet fleet = harness.kit.fleet();
        ConnectionId connection = connections.get(0);
        long before = harness.api.count("GET /connections/" + connection);
        for (int round = 0; round < 10; round++) {
            fleet.runOnce(ROUND);
            second.fleet().runOnce(ROUND);
            harness.clock.advance(ROUND);
        }
        assertThat(harness.api.count("GET /connections/" + connection) - before)
                .as("4 a day: once in six hours")
                .isEqualTo(1);
        harness.clock.advance(Duration.ofHours(6));
        second.fleet().runOnce(ROUND);
        assertThat(harness.api.count("GET /connections/" + connection) - before).isEqualTo(2);
    }

    @Test
    void aRoundRecoversAJourneyWhoseEventsWereLost() {
        harness.api.server().dropQueuedEvents(users.get(0));
        FleetReport report = harness.kit.fleet().runOnce(ROUND);
        assertThat(report.connectionsRefreshed()).isEqualTo(3);
        assertThat(harness.next(connections.get(0)))
                .as("reconciled from the snapshot")
                .isInstanceOf(NextStep.CollectConsent.class);
    }

    @Test
    void aUserWhoseQueueKeepsFailingIsBackedOff() {
        Fleet fleet = harness.kit.fleet();
        fleet.runOnce(ROUND);
        harness.clock.advance(ROUND);
        harness.api.server().breakServer(503);
        FleetReport failing = fleet.runOnce(ROUND);
        assertThat(failing.failures()).as("each user's queue read failed").isEqualTo(3);
        harness.api.server().recover();
        harness.clock.advance(ROUND);
        assertThat(fleet.runOnce(ROUND).usersPumped())
                .as("one round later: still backed off (two rounds)")
                .isZero();
        harness.clock.advance(ROUND);
        assertThat(fleet.runOnce(ROUND).usersPumped()).isEqualTo(3);
    }
}
