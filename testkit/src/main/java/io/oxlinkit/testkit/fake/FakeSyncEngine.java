package io.oxlinkit.testkit.fake;

import io.oxlinkit.application.port.OxlinApiException;
import io.oxlinkit.domain.challenge.ChallengePrompt;
import io.oxlinkit.domain.connection.ChannelStatus;
import io.oxlinkit.domain.event.Event;
import io.oxlinkit.domain.event.EventHeader;
import io.oxlinkit.domain.event.EventType;
import io.oxlinkit.domain.event.SyncPhase;
import io.oxlinkit.domain.id.EventId;
import io.oxlinkit.domain.provider.ChannelMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The fake's synchronization jobs, one channel at a time: a job runs on one channel, asks that channel's
 * challenges, ends that channel in SUCCESS or a failing status, and queues events naming that channel.
 * Jobs without a challenge end before the call that started them returns.
 */
final class FakeSyncEngine {

    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);

    private final Clock clock;
    private final Supplier<String> ids;
    private final FakeQueues queues;
    private final FakeLedger ledger;

    FakeSyncEngine(Clock clock, Supplier<String> ids, FakeQueues queues, FakeLedger ledger) {
        this.clock = clock;
        this.ids = ids;
        this.queues = queues;
        this.ledger = ledger;
    }

    void start(FakeConnection connection, FakeChannel channel, SyncPhase phase) {
        channel.status = ChannelStatus.RUNNING;
        channel.job = new FakeJob.Idle();
        if (channel.credentialsRefused) {
            fail(connection, channel, phase, ChannelStatus.AUTH_FAILED);
            return;
        }
        Optional<ChannelStatus> failure = channel.nextJobFailure;
        channel.nextJobFailure = Optional.empty();
        if (failure.isEmpty() && phase == SyncPhase.SYNC_ALL) {
            failure = connection.bank.takeNextSyncFailure();
        }
        if (failure.isPresent()) {
            fail(connection, channel, phase, failure.get());
            return;
        }
        List<ChallengeStep> steps = channel.smsOnNextJob
                ? GuideChallenges.sms(GuideChallenges.PHONE, GuideChallenges.CODE, 3)
                : scripted(connection.bank, channel, phase);
        channel.smsOnNextJob = false;
        if (steps.isEmpty()) {
            complete(connection, channel, phase);
        } else {
            ChallengeStep first = steps.get(0);
            ask(
                    connection,
                    channel,
                    new FakeJob.Asking(phase, steps, 0, first.attempts(), deadline(first.prompt())),
                    first.prompt());
        }
    }

    void answer(FakeConnection connection, FakeChannel channel, Map<String, String> values) {
        if (!(channel.job instanceof FakeJob.Asking asking)) {
            throw new OxlinApiException.Conflict(
                    "no_challenge",
                    "channel " + channel.definition.id() + " of connection " + connection.id + " waits on no challenge",
                    "");
        }
        ChallengeStep step = asking.current();
        Optional<String> confirmation = step.prompt().confirmation().map(c -> c.id().value());
        if (confirmation.isPresent() && "false".equals(values.get(confirmation.get()))) {
            fail(connection, channel, asking.phase(), ChannelStatus.CHALLENGE_CANCELLED);
        } else if (step.accepts().test(values)) {
            if (asking.isLast()) {
                complete(connection, channel, asking.phase());
            } else {
                ChallengePrompt next = asking.steps().get(asking.step() + 1).prompt();
                ask(connection, channel, asking.next(deadline(next)), next);
            }
        } else if (asking.attemptsLeft() <= 1) {
            fail(connection, channel, asking.phase(), ChannelStatus.CHALLENGE_FAILED);
        } else {
            ChallengePrompt again = step.onWrong().apply(asking.attemptsLeft() - 1);
            ask(connection, channel, asking.afterWrongAnswer(deadline(again)), again);
        }
    }

    /** Ends every challenge whose time ran out. */
    void tick(Collection<FakeConnection> connections) {
        Instant now = clock.instant();
        for (FakeConnection connection : connections) {
            for (FakeChannel channel : connection.channels()) {
                if (channel.job instanceof FakeJob.Asking asking && !now.isBefore(asking.deadline())) {
                    fail(connection, channel, asking.phase(), ChannelStatus.CHALLENGE_TIMED_OUT);
                }
            }
        }
    }

    /** The user did not answer: the channel's challenge ends in CHALLENGE_TIMED_OUT now. */
    void timeOut(FakeConnection connection, FakeChannel channel) {
        if (channel.job instanceof FakeJob.Asking asking) {
            fail(connection, channel, asking.phase(), ChannelStatus.CHALLENGE_TIMED_OUT);
        }
    }

    private static List<ChallengeStep> scripted(FakeBank bank, FakeChannel channel, SyncPhase phase) {
        if (channel.definition.mode() != ChannelMode.EMBEDDED) {
            return List.of();
        }
        return phase == SyncPhase.LIST_ACCOUNTS ? bank.listAccountsSteps() : bank.syncAllSteps();
    }

    private Instant deadline(ChallengePrompt prompt) {
        return clock.instant().plus(prompt.timeout().orElse(DEFAULT_TIMEOUT));
    }

    private void ask(FakeConnection connection, FakeChannel channel, FakeJob.Asking asking, ChallengePrompt prompt) {
        channel.job = asking;
        channel.status = ChannelStatus.CHALLENGE_REQUIRED;
        EventType type = asking.phase() == SyncPhase.LIST_ACCOUNTS
                ? EventType.LIST_ACCOUNTS_USER_INPUT_REQUESTED
                : EventType.SYNC_ALL_USER_INPUT_REQUESTED;
        queues.publish(connection.user, new Event.UserInputRequested(header(connection, channel), type, prompt));
    }

    private void complete(FakeConnection connection, FakeChannel channel, SyncPhase phase) {
        Instant now = clock.instant();
        channel.job = new FakeJob.Idle();
        channel.status = ChannelStatus.SUCCESS;
        channel.lastSuccess = Optional.of(now);
        channel.lastEnd = Optional.of(now);
        if (phase == SyncPhase.LIST_ACCOUNTS) {
            ledger.list(connection, channel.definition.id(), channel.definition.accountTypes(), now);
        }
        EventType type =
                phase == SyncPhase.LIST_ACCOUNTS ? EventType.LIST_ACCOUNTS_SUCCESS : EventType.SYNC_ALL_SUCCESS;
        queues.publish(connection.user, new Event.SynchronizationSucceeded(header(connection, channel), type));
    }

    private void fail(FakeConnection connection, FakeChannel channel, SyncPhase phase, ChannelStatus status) {
        channel.job = new FakeJob.Idle();
        channel.status = status;
        channel.lastEnd = Optional.of(clock.instant());
        EventType type =
                phase == SyncPhase.LIST_ACCOUNTS ? EventType.LIST_ACCOUNTS_FAILURE : EventType.SYNC_ALL_FAILURE;
        queues.publish(connection.user, new Event.SynchronizationFailed(header(connection, channel), type));
    }

    private EventHeader header(FakeConnection connection, FakeChannel channel) {
        return new EventHeader(
                EventId.of(ids.get()),
                connection.id,
                clock.instant().truncatedTo(ChronoUnit.SECONDS),
                Optional.of(channel.definition.id()),
                Optional.of(connection.snapshot()));
    }
}
