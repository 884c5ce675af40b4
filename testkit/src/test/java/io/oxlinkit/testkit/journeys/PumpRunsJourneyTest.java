package io.oxlinkit.testkit.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import io.oxlinkit.application.OxlinKit;
import io.oxlinkit.application.PumpReport;
import io.oxlinkit.application.port.ConnectionStore;
import io.oxlinkit.application.port.OxlinApi;
import io.oxlinkit.application.port.StorageException;
import io.oxlinkit.domain.connection.ChannelStatus;
import io.oxlinkit.domain.event.Event;
import io.oxlinkit.domain.event.EventType;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.domain.journey.NextStep;
import io.oxlinkit.testkit.data.Banks;
import io.oxlinkit.testkit.data.EventBuilder;
import io.oxlinkit.testkit.drive.Autopilot;
import io.oxlinkit.testkit.fake.FakeCredentialEncryptor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The pump folds consecutive events of one connection into one versioned write of its journey; when that
 * write fails, it applies the same events one at a time in the same pump, so a failure never holds back
 * the events that can be applied.
 */
class PumpRunsJourneyTest {

    private final KitHarness harness = new KitHarness();
    private final AtomicInteger saves = new AtomicInteger();
    private final AtomicInteger failNextSaves = new AtomicInteger();
    private final List<List<Event>> served = new ArrayList<>();
    private OxlinKit kit;
    private UserId user;
    private ConnectionId connection;

    private void connected() {
        harness.api
                .bank(Banks.linxoTestBank())
                .listsAccounts("Compte courant")
                .transactionsPerAccount(3)
                .acceptsCredential("301", EmbeddedJourneyTest.PASSWORD);
        ConnectionStore connections =
                PortProxy.around(ConnectionStore.class, harness.stores.connections(), (method, args, proceed) -> {
                    if (method.getName().equals("save")) {
                        saves.incrementAndGet();
                        if (failNextSaves.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                            throw new StorageException("the database refused the write", null);
                        }
                    }
                    return proceed.call();
                });
        OxlinApi api = PortProxy.around(
                OxlinApi.class,
                harness.api,
                (method, args, proceed) ->
                        method.getName().equals("poll") && !served.isEmpty() ? served.remove(0) : proceed.call());
        kit = harness.stores
                .plugInto(OxlinKit.builder())
                .connectionStore(connections)
                .api(api)
                .encryptor(new FakeCredentialEncryptor(harness.clock))
                .clock(harness.clock)
                .build();
        user = kit.createUser("runs@host.example");
        connection = EmbeddedJourneyTest.startAsAlice(harness, user);
        Autopilot.answering(kit, "123456").untilDone(user, connection);
    }

    private List<Event> failures(int count) {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            events.add(new EventBuilder()
                    .id("run-" + i)
                    .connectionId(connection.value())
                    .createdAt(harness.clock.instant().plusSeconds(60 + i))
                    .channel("8702")
                    .channelStatus(ChannelStatus.AUTH_FAILED)
                    .failure(EventType.SYNC_ALL_FAILURE));
        }
        return events;
    }

    @Test
    void aRunOfOneConnectionsEventsIsOneWriteOfItsJourney() {
        connected();
        served.add(failures(20));
        int before = saves.get();
        PumpReport report = kit.pumpEvents(user);
        assertThat(report.applied()).isEqualTo(20);
        assertThat(saves.get() - before)
                .as("one versioned write for the 20 events")
                .isEqualTo(1);
        assertThat(kit.nextStep(connection).orElseThrow()).isInstanceOf(NextStep.FixCredentials.class);
    }

    @Test
    void aRunWhoseWriteFailsIsAppliedOneEventAtATimeInTheSamePump() {
        connected();
        served.add(failures(5));
        failNextSaves.set(1);
        PumpReport report = kit.pumpEvents(user);
        assertThat(report.applied())
                .as("every event, after the run's write failed once")
                .isEqualTo(5);
        assertThat(report.failed()).isZero();
        assertThat(harness.stores.inbox().unapplied(user)).isEmpty();
        harness.clock.advance(Duration.ofSeconds(1));
        assertThat(kit.nextStep(connection).orElseThrow()).isInstanceOf(NextStep.FixCredentials.class);
    }

    @Test
    void eventsThePumpRecordedClaimedAndDeferredAreFreeForTheNextPumpAtOnce() {
        connected();
        List<Event> read = failures(3);
        Event ghost = new EventBuilder()
                .id("ghost-1")
                .connectionId("ghost-connection")
                .createdAt(read.get(1).header().createdAt())
                .channel("8702")
                .channelStatus(ChannelStatus.AUTH_FAILED)
                .failure(EventType.SYNC_ALL_FAILURE);
        // the connection's first event, one of a connection not stored here, then the connection's later ones
        served.add(List.of(read.get(0), ghost, read.get(2)));
        failNextSaves.set(1_000);
        PumpReport refused = kit.pumpEvents(user);
        assertThat(refused.recorded()).isEqualTo(3);
        assertThat(refused.applied()).isZero();
        assertThat(refused.failed() + refused.deferred()).isEqualTo(3);
        failNextSaves.set(0);
        PumpReport next = kit.pumpEvents(user);
        assertThat(next.applied())
                .as(
                        "the connection's two, released, not held until the 2-minute lease lapses (the clock has not moved)")
                .isEqualTo(2);
        assertThat(harness.stores.inbox().unapplied(user)).containsExactly(ghost);
    }
}
