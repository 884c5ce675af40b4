package io.oxlinkit.domain.journey;

import io.oxlinkit.domain.connection.Channel;
import io.oxlinkit.domain.connection.ChannelStatus;
import io.oxlinkit.domain.event.Event;
import io.oxlinkit.domain.event.SyncPhase;
import io.oxlinkit.domain.id.ChannelDefinitionId;
import io.oxlinkit.domain.lifecycle.RenewalPolicy;
import io.oxlinkit.domain.lifecycle.RequiredAction;
import io.oxlinkit.domain.provider.ChannelMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One channel's journey with what it has seen: its state, its own watermark (the newest event applied to it,
 * or whose snapshot reconciled it; so one channel's events never hide another's), and the end of the newest
 * job a snapshot showed for it (so that a snapshot can tell a job ended that no event reported).
 *
 * @param channel the channel definition
 * @param state where the channel stands
 * @param watermark the newest event applied to this channel or whose snapshot reconciled it
 * @param lastEndSeen the newest {@code last_end_date} of this channel taken into account
 * @param endShownFirst the end of a job a server snapshot showed before that job's own events arrived
 */
public record ChannelTrack(
        ChannelDefinitionId channel,
        ChannelJourney state,
        Optional<EventKey> watermark,
        Optional<Instant> lastEndSeen,
        Optional<Instant> endShownFirst) {

    private static final RenewalPolicy NO_RENEWAL_WINDOW = new RenewalPolicy(Duration.ZERO);

    /** Requires every part. */
    public ChannelTrack {
        Objects.requireNonNull(channel, "channel must not be null");
        Objects.requireNonNull(state, "state must not be null");
        Objects.requireNonNull(watermark, "watermark must not be null");
        Objects.requireNonNull(lastEndSeen, "lastEndSeen must not be null");
        Objects.requireNonNull(endShownFirst, "endShownFirst must not be null");
    }

    /** A track no snapshot has shown a job end ahead of its events. */
    public ChannelTrack(
            ChannelDefinitionId channel,
            ChannelJourney state,
            Optional<EventKey> watermark,
            Optional<Instant> lastEndSeen) {
        this(channel, state, watermark, lastEndSeen, Optional.empty());
    }

    /** A channel whose job the kit just started (or saw start), as of the snapshot {@code seen}. */
    public static ChannelTrack starting(ChannelDefinitionId channel, ChannelJourney state, Optional<Channel> seen) {
        return new ChannelTrack(channel, state, Optional.empty(), seen.flatMap(Channel::lastEnd));
    }

    /** A copy in another state, having seen {@code seen} (a job the kit starts forgets an end shown first). */
    public ChannelTrack moved(ChannelJourney next, Optional<Channel> seen) {
        return new ChannelTrack(
                channel,
                next,
                watermark,
                newest(lastEndSeen, seen.flatMap(Channel::lastEnd)),
                isRunning(next) ? Optional.empty() : endShownFirst);
    }

    /**
     * Folds an event of this channel. An event not newer than the watermark changes nothing (duplicate
     * or overtaken). {@code seen} is this channel in the snapshot current after the event.
     */
    public ChannelTrack apply(Event event, Optional<Channel> seen) {
        EventKey key = EventKey.of(event.header());
        if ((watermark.isPresent() && key.compareTo(watermark.get()) <= 0 || accountedFor(event))
                && !bringsAwaitedPrompt(event)) {
            return this;
        }
        ChannelJourney next = afterEvent(event, seen);
        return new ChannelTrack(
                channel, next, Optional.of(key), newest(lastEndSeen, seen.flatMap(Channel::lastEnd)), Optional.empty());
    }

    /**
     * Moves the channel to what a snapshot newer than every applied event says, when the events that led
     * there were missed:
     * <ul>
     *   <li>the kit's own work in progress (account list, consent, data) is kept;</li>
     *   <li>CHALLENGE_REQUIRED: a challenge waits (its prompt comes with an event);</li>
     *   <li>RUNNING: a stopped or finished channel runs again;</li>
     *   <li>a {@code last_end_date} newer than any seen: the job ended; SUCCESS moves it on (account list
     *       after LIST_ACCOUNTS, data after SYNC_ALL), any other status blocks it on its action.</li>
     * </ul>
     */
    public ChannelTrack reconcile(Channel seen) {
        ChannelJourney next = reconciled(seen);
        ChannelTrack moved = moved(next, Optional.of(seen));
        boolean endedHere =
                !next.equals(state) && !isRunning(next) && seen.lastEnd().isPresent();
        return endedHere ? new ChannelTrack(channel, next, watermark, moved.lastEndSeen, seen.lastEnd()) : moved;
    }

    /**
     * Same as {@link #reconcile(Channel)} with the snapshot an event carried: the channel has then seen
     * everything up to that event, so its own older events still on their way change nothing (except the
     * prompt of a challenge the snapshot showed, which only an event brings).
     */
    public ChannelTrack reconcile(Channel seen, EventKey source) {
        ChannelTrack moved = moved(reconciled(seen), Optional.of(seen));
        Optional<EventKey> newer =
                watermark.filter(w -> w.compareTo(source) >= 0).or(() -> Optional.of(source));
        return new ChannelTrack(channel, moved.state, newer, moved.lastEndSeen, moved.endShownFirst);
    }

    /**
     * Whether the event belongs to a job a server snapshot showed end before that job's own events arrived:
     * the channel runs no job since (a job the kit starts, consent or credentials, forgets that end) and the
     * event is not newer than that end. Such late events must not move the channel back.
     */
    private boolean accountedFor(Event event) {
        return endShownFirst.isPresent()
                && !isRunning(state)
                && !(event instanceof Event.Unrecognized)
                && !event.header().createdAt().isAfter(endShownFirst.get());
    }

    private static boolean isRunning(ChannelJourney journey) {
        return journey instanceof ChannelJourney.ListingAccounts
                || journey instanceof ChannelJourney.Synchronizing
                || journey instanceof ChannelJourney.ChallengeAsked;
    }

    private boolean bringsAwaitedPrompt(Event event) {
        return event instanceof Event.UserInputRequested
                && state instanceof ChannelJourney.Blocked blocked
                && blocked.action() instanceof RequiredAction.AnswerChallenge;
    }

    private ChannelJourney reconciled(Channel seen) {
        ChannelStatus status = seen.status();
        if (state instanceof ChannelJourney.AwaitingAccountList
                || state instanceof ChannelJourney.AwaitingConsent
                || state instanceof ChannelJourney.StoringData
                || status == ChannelStatus.EMPTY) {
            return state;
        }
        if (status == ChannelStatus.CHALLENGE_REQUIRED) {
            return waitsOnChallenge()
                    ? state
                    : new ChannelJourney.Blocked(new RequiredAction.AnswerChallenge(channel), seen.mode(), phase());
        }
        if (status == ChannelStatus.RUNNING) {
            if (state instanceof ChannelJourney.Blocked blocked) {
                return blocked.restarted();
            }
            return state instanceof ChannelJourney.Synchronized ? new ChannelJourney.Synchronizing() : state;
        }
        boolean ended = seen.lastEnd().isPresent()
                && (lastEndSeen.isEmpty() || seen.lastEnd().get().isAfter(lastEndSeen.get()));
        return ended ? ended(phase(), seen) : state;
    }

    private boolean waitsOnChallenge() {
        return state instanceof ChannelJourney.ChallengeAsked
                || state instanceof ChannelJourney.Blocked blocked
                        && blocked.action() instanceof RequiredAction.AnswerChallenge;
    }

    /** The job the channel is in or last ran. */
    private SyncPhase phase() {
        if (state instanceof ChannelJourney.ChallengeAsked asked) {
            return asked.challenge().phase();
        }
        if (state instanceof ChannelJourney.Blocked blocked) {
            return blocked.phase();
        }
        return state instanceof ChannelJourney.ListingAccounts ? SyncPhase.LIST_ACCOUNTS : SyncPhase.SYNC_ALL;
    }

    private ChannelJourney afterEvent(Event event, Optional<Channel> seen) {
        if (event instanceof Event.UserInputRequested asked) {
            return new ChannelJourney.ChallengeAsked(
                    new PendingChallenge(event.header().id(), channel, asked.phase(), asked.prompt(), false));
        }
        if (event instanceof Event.SynchronizationSucceeded succeeded) {
            return ChannelJourney.succeeded(succeeded.phase());
        }
        if (event instanceof Event.SynchronizationFailed failed) {
            return blocked(failed.phase(), seen, event.header().createdAt());
        }
        Optional<RequiredAction> action = seen.map(
                        c -> RequiredAction.of(c, event.header().createdAt(), NO_RENEWAL_WINDOW))
                .filter(RequiredAction::needsUser)
                .filter(a -> !(a instanceof RequiredAction.AnswerChallenge));
        return action.<ChannelJourney>map(a -> new ChannelJourney.Blocked(a, modeOf(seen), phase()))
                .orElse(state);
    }

    private ChannelJourney ended(SyncPhase phase, Channel seen) {
        if (seen.status() == ChannelStatus.SUCCESS || seen.status() == ChannelStatus.NEVER) {
            // no event said which job ended: when no account waits for consent, the kit fetches the data itself
            // (a SYNC_ALL that still follows only stores it again)
            return phase == SyncPhase.LIST_ACCOUNTS
                    ? new ChannelJourney.AwaitingAccountList(ChannelJourney.WhenNonePending.KIT_FETCHES_DATA)
                    : new ChannelJourney.StoringData();
        }
        return blocked(phase, Optional.of(seen), seen.lastEnd().orElseThrow());
    }

    /** A job of {@code phase} stopped: on the action the channel's status calls for, else on OXLIN's retry. */
    private ChannelJourney blocked(SyncPhase phase, Optional<Channel> seen, Instant at) {
        RequiredAction action = seen.map(c -> RequiredAction.of(c, at, NO_RENEWAL_WINDOW))
                .filter(RequiredAction::needsUser)
                .orElseGet(() -> new RequiredAction.RetryLater(channel));
        return new ChannelJourney.Blocked(
                action, modeOf(seen), phase == SyncPhase.UNKNOWN ? SyncPhase.SYNC_ALL : phase);
    }

    private static ChannelMode modeOf(Optional<Channel> seen) {
        return seen.map(Channel::mode).orElse(ChannelMode.UNKNOWN);
    }

    private static Optional<Instant> newest(Optional<Instant> a, Optional<Instant> b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        return a.get().isAfter(b.get()) ? a : b;
    }
}
