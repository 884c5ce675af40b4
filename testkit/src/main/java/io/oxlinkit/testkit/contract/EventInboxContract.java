package io.oxlinkit.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.oxlinkit.application.port.EventInbox;
import io.oxlinkit.domain.event.Event;
import io.oxlinkit.domain.event.EventType;
import io.oxlinkit.domain.id.EventId;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.testkit.data.EventBuilder;
import io.oxlinkit.testkit.fake.GuideChallenges;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract of every {@link EventInbox}. */
public abstract class EventInboxContract {

    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final UserId USER = UserId.of("inbox-user");

    private EventInbox inbox;

    /** An inbox to test; may hold events of earlier tests. */
    protected abstract EventInbox createInbox();

    @BeforeEach
    void setUpInbox() {
        inbox = createInbox();
    }

    private static Event event(String id, Instant createdAt) {
        return new EventBuilder()
                .id(id)
                .connectionId(ContractIds.fresh("c"))
                .createdAt(createdAt)
                .challenge(EventType.LIST_ACCOUNTS_USER_INPUT_REQUESTED, GuideChallenges.sendSms("0606060606"));
    }

    private List<Event> mine(List<String> ids) {
        return inbox.unapplied().stream()
                .filter(e -> ids.contains(e.header().id().value()))
                .toList();
    }

    @Test
    void eachUsersEventsComeBackForThatUserOnly() {
        UserId alice = UserId.of(ContractIds.fresh("alice"));
        UserId bob = UserId.of(ContractIds.fresh("bob"));
        Event hers = event(ContractIds.fresh("e"), NOW);
        Event his = event(ContractIds.fresh("e"), NOW);
        inbox.record(alice, hers);
        inbox.record(bob, his);
        assertThat(inbox.unapplied(alice)).containsExactly(hers);
        assertThat(inbox.unapplied(bob)).containsExactly(his);
        assertThat(inbox.unapplied()).contains(hers, his);
    }

    @Test
    void aClaimIsExclusiveEvenForTheSameToken() {
        Event event = event(ContractIds.fresh("e"), NOW);
        inbox.record(USER, event);
        assertThat(inbox.claim(event.header().id(), "w1#a", NOW, LEASE)).isTrue();
        assertThat(inbox.claim(event.header().id(), "w1#a", NOW.plusSeconds(1), LEASE))
                .as("no re-entrant claim")
                .isFalse();
        assertThat(inbox.claim(event.header().id(), "w1#b", NOW.plusSeconds(1), LEASE))
                .isFalse();
    }

    @Test
    void anEventIsRecordedOnceAndComesBackWhole() {
        Event event = event(ContractIds.fresh("e"), NOW);
        assertThat(inbox.record(USER, event)).isTrue();
        assertThat(inbox.record(USER, event)).isFalse();
        assertThat(mine(List.of(event.header().id().value()))).containsExactly(event);
    }

    @Test
    void unappliedEventsComeOldestFirst() {
        Event late = event(ContractIds.fresh("e"), NOW.plusSeconds(10));
        Event early = event(ContractIds.fresh("e"), NOW);
        inbox.record(USER, late);
        inbox.record(USER, early);
        assertThat(mine(List.of(late.header().id().value(), early.header().id().value())))
                .containsExactly(early, late);
    }

    @Test
    void anAppliedEventNeverComesBack() {
        Event event = event(ContractIds.fresh("e"), NOW);
        inbox.record(USER, event);
        assertThat(inbox.claim(event.header().id(), "w1", NOW, LEASE)).isTrue();
        inbox.markApplied(event.header().id(), "w1");
        assertThat(inbox.isApplied(event.header().id())).isTrue();
        assertThat(mine(List.of(event.header().id().value()))).isEmpty();
        assertThat(inbox.record(USER, event)).isFalse();
        assertThat(inbox.claim(event.header().id(), "w2", NOW.plus(Duration.ofDays(1)), LEASE))
                .isFalse();
    }

    @Test
    void aClaimIsExclusiveUntilItsLeaseRunsOut() {
        Event event = event(ContractIds.fresh("e"), NOW);
        inbox.record(USER, event);
        EventId id = event.header().id();
        assertThat(inbox.claim(id, "w1", NOW, LEASE)).isTrue();
        assertThat(inbox.claim(id, "w2", NOW.plusSeconds(60), LEASE)).isFalse();
        assertThat(inbox.claim(id, "w2", NOW.plus(LEASE).plusSeconds(1), LEASE)).isTrue();
        inbox.markApplied(id, "w1");
        assertThat(inbox.isApplied(id))
                .as("a worker whose claim was taken over cannot complete it")
                .isFalse();
    }

    @Test
    void aReleasedClaimCanBeTakenAtOnce() {
        Event event = event(ContractIds.fresh("e"), NOW);
        inbox.record(USER, event);
        inbox.claim(event.header().id(), "w1", NOW, LEASE);
        inbox.release(event.header().id(), "w1");
        assertThat(inbox.claim(event.header().id(), "w2", NOW, LEASE)).isTrue();
        assertThat(mine(List.of(event.header().id().value()))).hasSize(1);
    }

    @Test
    void anUnknownEventCannotBeClaimed() {
        assertThat(inbox.claim(EventId.of(ContractIds.fresh("none")), "w1", NOW, LEASE))
                .isFalse();
        assertThat(inbox.isApplied(EventId.of(ContractIds.fresh("none")))).isFalse();
    }

    @Test
    void ofConcurrentClaimersExactlyOneWins() throws Exception {
        Event event = event(ContractIds.fresh("e"), NOW);
        inbox.record(USER, event);
        List<Callable<Boolean>> claimers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String worker = "w" + i;
            claimers.add(() -> inbox.claim(event.header().id(), worker, NOW, LEASE));
        }
        assertThat(Concurrently.run(claimers)).filteredOn(Boolean.TRUE::equals).hasSize(1);
    }

    @Test
    void concurrentRecordsOfOneEventKeepOne() throws Exception {
        Event event = event(ContractIds.fresh("e"), NOW);
        List<Callable<Boolean>> recorders = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            recorders.add(() -> inbox.record(USER, event));
        }
        assertThat(Concurrently.run(recorders)).filteredOn(Boolean.TRUE::equals).hasSize(1);
        assertThat(mine(List.of(event.header().id().value()))).hasSize(1);
    }

    @Test
    void aBatchIsRecordedOnceEachAndItsEventsComeBackWhole() {
        UserId user = UserId.of(ContractIds.fresh("batch"));
        Event earlier = event(ContractIds.fresh("e"), NOW);
        inbox.record(user, earlier);
        List<Event> read = new java.util.ArrayList<>();
        for (int i = 0; i < 230; i++) {
            read.add(event(ContractIds.fresh("e"), NOW.plusSeconds(i)));
        }
        List<Event> delivered = new java.util.ArrayList<>(read);
        delivered.add(earlier);
        delivered.add(read.get(7));
        assertThat(inbox.recordAll(user, delivered))
                .as("new ones only, each once")
                .isEqualTo(230);
        assertThat(inbox.recordAll(user, delivered)).as("the same read again").isZero();
        assertThat(inbox.unapplied(user)).hasSize(231).containsAll(read).contains(earlier);
    }

    @Test
    void aBatchIsClaimedWhereFreeAndMarkedAppliedUnderItsClaim() {
        UserId user = UserId.of(ContractIds.fresh("batch"));
        List<Event> events = List.of(
                event(ContractIds.fresh("e"), NOW),
                event(ContractIds.fresh("e"), NOW.plusSeconds(1)),
                event(ContractIds.fresh("e"), NOW.plusSeconds(2)));
        inbox.recordAll(user, events);
        List<EventId> ids = events.stream().map(e -> e.header().id()).toList();
        assertThat(inbox.claim(ids.get(1), "other#1", NOW, LEASE)).isTrue();
        assertThat(inbox.claimAll(ids, "mine#1", NOW, LEASE))
                .as("the one held elsewhere is left")
                .containsExactly(ids.get(0), ids.get(2));
        inbox.markAppliedAll(ids, "mine#1");
        assertThat(inbox.isApplied(ids.get(0))).isTrue();
        assertThat(inbox.isApplied(ids.get(1))).as("not under this claim").isFalse();
        assertThat(inbox.isApplied(ids.get(2))).isTrue();
        assertThat(inbox.unapplied(user)).containsExactly(events.get(1));
    }

    @Test
    void newEventsAreRecordedAlreadyHeldByTheClaimAndOnlyThose() {
        UserId user = UserId.of(ContractIds.fresh("held"));
        Event earlier = event(ContractIds.fresh("e"), NOW);
        inbox.record(user, earlier);
        Event first = event(ContractIds.fresh("e"), NOW.plusSeconds(1));
        Event second = event(ContractIds.fresh("e"), NOW.plusSeconds(2));
        List<EventId> held =
                inbox.recordAndClaimAll(user, List.of(earlier, first, second, first), "mine#1", NOW, LEASE);
        assertThat(held)
                .as("the new ones, once each, in order")
                .containsExactly(first.header().id(), second.header().id());
        assertThat(inbox.unapplied(user)).containsExactly(earlier, first, second);
        assertThat(inbox.claim(first.header().id(), "other#1", NOW.plusSeconds(60), LEASE))
                .as("held until the lease lapses")
                .isFalse();
        assertThat(inbox.claim(first.header().id(), "mine#1", NOW.plusSeconds(60), LEASE))
                .as("no re-entrant claim")
                .isFalse();
        assertThat(inbox.claim(earlier.header().id(), "other#1", NOW, LEASE))
                .as("an event recorded before is left unclaimed")
                .isTrue();
        inbox.markApplied(first.header().id(), "mine#1");
        assertThat(inbox.isApplied(first.header().id())).isTrue();
        inbox.release(second.header().id(), "mine#1");
        assertThat(inbox.claim(second.header().id(), "other#2", NOW.plusSeconds(1), LEASE))
                .as("released, it can be taken at once")
                .isTrue();
        assertThat(inbox.recordAndClaimAll(user, List.of(first, second), "mine#2", NOW, LEASE))
                .as("recorded already")
                .isEmpty();
    }

    @Test
    void aRecordedClaimLapsesWithItsLease() {
        UserId user = UserId.of(ContractIds.fresh("lapse"));
        Event event = event(ContractIds.fresh("e"), NOW);
        assertThat(inbox.recordAndClaimAll(user, List.of(event), "gone#1", NOW, LEASE))
                .containsExactly(event.header().id());
        inbox.markApplied(event.header().id(), "other#1");
        assertThat(inbox.isApplied(event.header().id()))
                .as("not under this claim")
                .isFalse();
        assertThat(inbox.claim(event.header().id(), "other#1", NOW.plus(LEASE), LEASE))
                .as("taken over once the holder's lease ran out")
                .isTrue();
    }

    @Test
    void aReadOfMoreEventsThanOneStatementTakesIsRecordedClaimedAndAppliedWhole() {
        UserId user = UserId.of(ContractIds.fresh("large"));
        List<Event> read = new ArrayList<>();
        for (int i = 0; i < 1_234; i++) {
            read.add(event(ContractIds.fresh("e"), NOW.plusSeconds(i)));
        }
        List<EventId> ids = read.stream().map(e -> e.header().id()).toList();
        assertThat(inbox.recordAll(user, read.subList(0, 600))).isEqualTo(600);
        assertThat(inbox.recordAndClaimAll(user, read, "big#1", NOW, LEASE))
                .as("the 634 new ones, held")
                .containsExactlyElementsOf(ids.subList(600, 1_234));
        assertThat(inbox.claimAll(ids, "big#1", NOW, LEASE))
                .as("the 600 recorded before; the held ones are not claimed again")
                .containsExactlyElementsOf(ids.subList(0, 600));
        inbox.markAppliedAll(ids, "big#1");
        assertThat(inbox.unapplied(user)).isEmpty();
        assertThat(inbox.recordAll(user, read)).as("all known").isZero();
    }
}
