package io.oxlinkit.domain.journey;

import static io.oxlinkit.domain.GuideSamples.CONNECTION;
import static org.assertj.core.api.Assertions.assertThat;

import io.oxlinkit.domain.event.Event;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Rule 6, as properties: duplicated, reordered or late events never move a journey backwards. */
class JourneyPropertyTest {

    private static final List<Event> IN_ORDER = List.of(
            JourneyTest.SEND_SMS,
            JourneyTest.SMS_CODE,
            JourneyTest.LISTED,
            JourneyTest.SYNC_CHALLENGE,
            JourneyTest.SYNCED);

    private static List<Event> delivered(List<Integer> picks) {
        return picks.stream().map(IN_ORDER::get).toList();
    }

    @Property
    void anyDeliveryEndsWhereTheNewestEventSays(
            @ForAll @Size(min = 1, max = 30) List<@IntRange(min = 0, max = 4) Integer> picks) {
        List<Event> delivery = delivered(picks);
        List<Event> sortedDistinct = delivery.stream()
                .distinct()
                .sorted(Comparator.comparing(e -> EventKey.of(e.header())))
                .toList();
        Journey folded = Journey.started(CONNECTION).applyAll(delivery);
        assertThat(folded).isEqualTo(Journey.started(CONNECTION).applyAll(sortedDistinct));
        Event newest = sortedDistinct.get(sortedDistinct.size() - 1);
        assertThat(folded).isEqualTo(Journey.started(CONNECTION).apply(newest));
    }

    @Property
    void stageAndWatermarkNeverGoBackwards(
            @ForAll @Size(min = 1, max = 30) List<@IntRange(min = 0, max = 4) Integer> picks) {
        Journey journey = Journey.started(CONNECTION);
        List<Journey> states = new ArrayList<>();
        for (Event event : delivered(picks)) {
            journey = journey.apply(event);
            if (journey.pendingChallenge().isPresent()) {
                journey = journey.challengeAnswered(
                        journey.pendingChallenge().get().eventId());
            }
            states.add(journey);
        }
        for (int i = 1; i < states.size(); i++) {
            assertThat(JourneyTest.stage(states.get(i))).isGreaterThanOrEqualTo(JourneyTest.stage(states.get(i - 1)));
            assertThat(states.get(i).newest().orElseThrow())
                    .isGreaterThanOrEqualTo(states.get(i - 1).newest().orElseThrow());
        }
        if (picks.contains(4)) {
            assertThat(journey.nextStep())
                    .as("SYNC_ALL succeeded, data not stored yet")
                    .isInstanceOf(NextStep.Wait.class);
            assertThat(journey.dataStored(journey.channelsStoringData()).nextStep())
                    .isInstanceOf(NextStep.Done.class);
        }
    }

    @Property
    void replayingTheSameEventsChangesNothing(
            @ForAll @Size(min = 1, max = 30) List<@IntRange(min = 0, max = 4) Integer> picks) {
        List<Event> delivery = delivered(picks);
        Journey once = Journey.started(CONNECTION).applyAll(delivery);
        assertThat(once.applyAll(delivery)).isEqualTo(once);
        assertThat(Journey.started(CONNECTION).applyAll(delivery)).isEqualTo(once);
    }
}
