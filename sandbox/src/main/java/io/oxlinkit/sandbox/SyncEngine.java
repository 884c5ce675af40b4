package io.oxlinkit.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The synchronization jobs, one channel at a time. A job runs on one channel: it may fail at once (the
 * bank refused the credentials, a bank that always fails, an admin's scripted failure), ask the bank's
 * challenges on that channel, then end that channel in SUCCESS; LIST_ACCOUNTS lists the channel's
 * accounts. Every step queues an event naming that channel, with the connection's snapshot.
 */
final class SyncEngine {

    private final VirtualClock clock;
    private final Supplier<String> ids;
    private final Queues queues;
    private final Ledger ledger;

    SyncEngine(VirtualClock clock, Supplier<String> ids, Queues queues, Ledger ledger) {
        this.clock = clock;
        this.ids = ids;
        this.queues = queues;
        this.ledger = ledger;
    }

    void start(LiveConnection connection, LiveChannel channel, Phase phase) {
        channel.job = new ChannelJob.Idle();
        channel.state = ChannelState.RUNNING;
        Optional<ChannelState> failure = channel.refused ? Optional.of(ChannelState.AUTH_FAILED) : channel.nextJobFails;
        channel.nextJobFails = Optional.empty();
        if (failure.isEmpty() && phase == Phase.SYNC_ALL) {
            failure = connection.nextSyncFails;
            connection.nextSyncFails = Optional.empty();
        }
        if (failure.isEmpty() && phase == Phase.LIST_ACCOUNTS) {
            failure = connection.bank.failure();
        }
        if (failure.isPresent()) {
            fail(connection, channel, phase, failure.get());
            return;
        }
        List<ChallengeStep> steps = channel.nextJobAsksSms
                ? Challenges.sms()
                : phase == Phase.LIST_ACCOUNTS && channel.embedded() ? connection.bank.listAccountsAsks() : List.of();
        channel.nextJobAsksSms = false;
        if (steps.isEmpty()) {
            succeed(connection, channel, phase);
        } else {
            ask(
                    connection,
                    channel,
                    new ChannelJob.Asking(phase, steps, 0, steps.get(0).attempts(), deadline()),
                    steps.get(0).items());
        }
    }

    void answer(LiveConnection connection, LiveChannel channel, Map<String, String> answers) {
        if (!(channel.job instanceof ChannelJob.Asking asking)) {
            throw new ApiError(
                    409,
                    "no_challenge",
                    "channel " + channel.def.id() + " of connection " + connection.id + " waits on no challenge");
        }
        ChallengeStep step = asking.current();
        if (step.cancels(answers)) {
            fail(connection, channel, asking.phase(), ChannelState.CHALLENGE_CANCELLED);
        } else if (step.accepts().test(answers)) {
            if (asking.lastStep()) {
                succeed(connection, channel, asking.phase());
            } else {
                ChannelJob.Asking next = asking.nextStep(deadline());
                ask(connection, channel, next, next.current().items());
            }
        } else if (asking.attemptsLeft() <= 1) {
            fail(connection, channel, asking.phase(), ChannelState.CHALLENGE_FAILED);
        } else {
            ChannelJob.Asking retry = asking.retry(deadline());
            ask(connection, channel, retry, step.afterWrongAnswer().apply(retry.attemptsLeft()));
        }
    }

    /** Ends every challenge whose time ran out in CHALLENGE_TIMED_OUT. */
    void tick(Collection<LiveConnection> connections) {
        Instant now = clock.now();
        for (LiveConnection connection : connections) {
            for (LiveChannel channel : connection.channels()) {
                if (channel.job instanceof ChannelJob.Asking asking && !now.isBefore(asking.deadline())) {
                    fail(connection, channel, asking.phase(), ChannelState.CHALLENGE_TIMED_OUT);
                }
            }
        }
    }

    private Instant deadline() {
        return clock.now().plusSeconds(TestBanks.CHALLENGE_TIMEOUT_SECONDS);
    }

    private void ask(LiveConnection connection, LiveChannel channel, ChannelJob.Asking asking, ArrayNode items) {
        channel.job = asking;
        channel.state = ChannelState.CHALLENGE_REQUIRED;
        ObjectNode event = event(connection, channel, asking.phase().eventType("USER_INPUT_REQUESTED"));
        event.putObject(asking.phase().challengeProperty()).set("challenge", items.deepCopy());
    }

    private void succeed(LiveConnection connection, LiveChannel channel, Phase phase) {
        channel.job = new ChannelJob.Idle();
        channel.state = ChannelState.SUCCESS;
        channel.lastSuccess = channel.endJob(clock.epochSecond());
        if (phase == Phase.LIST_ACCOUNTS) {
            ledger.list(connection, channel, clock.epochSecond());
        }
        event(connection, channel, phase.eventType("SUCCESS"));
    }

    private void fail(LiveConnection connection, LiveChannel channel, Phase phase, ChannelState state) {
        channel.job = new ChannelJob.Idle();
        channel.state = state;
        channel.endJob(clock.epochSecond());
        event(connection, channel, phase.eventType("FAILURE"));
    }

    private ObjectNode event(LiveConnection connection, LiveChannel channel, String type) {
        ObjectNode event = Json.object();
        event.put("id", ids.get());
        event.put("event_type", type);
        event.put("resource_type", "CONNECTION");
        event.put("channel_definition_id", channel.def.id());
        event.put("creation_date", clock.epochSecond());
        event.set("resource", JsonViews.connection(connection, true));
        queues.publish(connection.userId, event);
        return event;
    }
}
