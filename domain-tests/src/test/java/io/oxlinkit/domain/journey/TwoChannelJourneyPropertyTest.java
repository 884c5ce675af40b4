package io.oxlinkit.domain.journey;

import static io.oxlinkit.domain.journey.TwoChannelServer.EMBEDDED;
import static io.oxlinkit.domain.journey.TwoChannelServer.REDIRECT;
import static org.assertj.core.api.Assertions.assertThat;

import io.oxlinkit.domain.connection.Channel;
import io.oxlinkit.domain.connection.ChannelStatus;
import io.oxlinkit.domain.event.Event;
import io.oxlinkit.domain.id.ChannelDefinitionId;
import io.oxlinkit.domain.lifecycle.RenewalPolicy;
import io.oxlinkit.domain.lifecycle.RequiredAction;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Random interleavings of a two-channel connection's jobs (challenges, failures, repairs, a channel added,
 * scheduled syncs) delivered with duplicates, reordering and drops, then a snapshot: each channel ends
 * where the server says, a channel's stage never goes backwards within one job, and the next step and
 * the health check never disagree on what a channel needs.
 */
class TwoChannelJourneyPropertyTest {

    private static final RenewalPolicy NO_WINDOW = new RenewalPolicy(Duration.ZERO);

    @Property(tries = 400)
    void eachChannelEndsWhereTheServerSays(
            @ForAll @Size(min = 1, max = 60) List<@IntRange(min = 0, max = 99) Integer> dice) {
        TwoChannelWorld world = new TwoChannelWorld(dice);
        world.run();
        world.quiesce();
        for (Channel channel : world.server().snapshot().channels()) {
            Optional<ChannelTrack> track = world.held().journey.track(channel.definitionId());
            if (channel.status() == ChannelStatus.EMPTY) {
                assertThat(track).as("an EMPTY channel is not followed").isEmpty();
                continue;
            }
            NextStep step =
                    track.orElseThrow().state().step(world.held().journey.connectionId(), channel.definitionId());
            assertThat(step)
                    .as("channel %s at %s", channel.definitionId(), channel.status())
                    .isEqualTo(expected(world, channel));
        }
    }

    @Property(tries = 400)
    void aChannelsStageNeverGoesBackwardsWithinOneJob(
            @ForAll @Size(min = 1, max = 60) List<@IntRange(min = 0, max = 99) Integer> dice) {
        stagesNeverGoBack(dice);
    }

    /** The counterexample a run found: a server snapshot shows a job's end before that job's own events arrive. */
    @Example
    void aJobsLateEventsDoNotMoveAChannelBackAfterASnapshotShowedItsEnd() {
        stagesNeverGoBack(List.of(
                0, 4, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 6, 0, 2, 4, 0, 0, 0, 0,
                0, 2, 0, 4, 0, 0, 2, 1, 6, 0, 0, 4, 0));
    }

    private static void stagesNeverGoBack(List<Integer> dice) {
        TwoChannelWorld world = new TwoChannelWorld(dice);
        world.onEventApplied((event, before, after) -> {
            ChannelDefinitionId channel = event.header().channelDefinitionId().orElseThrow();
            Optional<Integer> jobBefore = world.jobOfLastEventApplied(channel);
            if (before.isPresent() && jobBefore.isPresent() && jobBefore.get().equals(world.jobOf(event))) {
                assertThat(after.state().stage())
                        .as("event %s of job %d", event.header().id(), world.jobOf(event))
                        .isGreaterThanOrEqualTo(before.get().state().stage());
            }
        });
        world.run();
    }

    @Property(tries = 400)
    void theNextStepAndTheHealthCheckNeverDisagree(
            @ForAll @Size(min = 1, max = 60) List<@IntRange(min = 0, max = 99) Integer> dice) {
        TwoChannelWorld world = new TwoChannelWorld(dice);
        world.onSettled(() -> assertAgreement(world.held()));
        world.run();
        world.quiesce();
        assertAgreement(world.held());
    }

    /**
     * For every channel of the stored snapshot, the health check's action (needing the user or not) and the
     * channel's own step agree: the step is the action's step when the action needs the user, and a wait
     * or Done when it does not.
     */
    private static void assertAgreement(HeldConnection held) {
        for (Channel channel : held.snapshot.channels()) {
            RequiredAction health = held.journey.requiredAction(channel, java.time.Instant.EPOCH, NO_WINDOW);
            Optional<ChannelTrack> track = held.journey.track(channel.definitionId());
            if (track.isEmpty()) {
                continue;
            }
            NextStep step = track.get().state().step(held.journey.connectionId(), channel.definitionId());
            boolean stepAsksUser = !(step instanceof NextStep.Wait
                    || step instanceof NextStep.Done
                    || step instanceof NextStep.CollectConsent);
            assertThat(stepAsksUser)
                    .as("channel %s: health says %s, step says %s", channel.definitionId(), health, step)
                    .isEqualTo(health.needsUser()
                            && !(health instanceof RequiredAction.AnswerChallenge
                                    && !(step instanceof NextStep.AnswerChallenge)));
            if (stepAsksUser && !(step instanceof NextStep.AnswerChallenge)) {
                assertThat(NextStep.forAction(held.journey.connectionId(), channel.mode(), health))
                        .contains(step);
            }
        }
    }

    private static NextStep expected(TwoChannelWorld world, Channel channel) {
        NextStep.Done done = new NextStep.Done(world.held().journey.connectionId());
        if (channel.status() == ChannelStatus.SUCCESS) {
            return done;
        }
        RequiredAction action = RequiredAction.of(channel, channel.lastEnd().orElseThrow(), NO_WINDOW);
        return NextStep.forAction(world.held().journey.connectionId(), channel.mode(), action)
                .orElseGet(() -> new NextStep.Wait(WaitReason.OXLIN_RETRIES));
    }

    static List<ChannelDefinitionId> both() {
        return List.of(REDIRECT, EMBEDDED);
    }

    /** Listens to each event the kit applies, with the channel's track before and after. */
    interface EventListener {
        void applied(Event event, Optional<ChannelTrack> before, ChannelTrack after);
    }
}
