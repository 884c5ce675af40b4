package io.oxlinkit.domain.journey;

import io.oxlinkit.domain.account.Account;
import io.oxlinkit.domain.connection.Channel;
import io.oxlinkit.domain.connection.ChannelStatus;
import io.oxlinkit.domain.connection.Connection;
import io.oxlinkit.domain.consent.ConsentRequest;
import io.oxlinkit.domain.event.Event;
import io.oxlinkit.domain.event.EventHeader;
import io.oxlinkit.domain.event.EventType;
import io.oxlinkit.domain.id.ChannelDefinitionId;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.EventId;
import io.oxlinkit.domain.lifecycle.RenewalPolicy;
import io.oxlinkit.domain.lifecycle.RequiredAction;
import io.oxlinkit.domain.provider.ChannelMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The state machine of one connection, from creation to its first full synchronization and beyond.
 * Immutable: every input returns a new journey; {@link #nextStep()} says what the host shows.
 *
 * <p>Events are folded by their {@link EventKey} (creation time, then id): an event is applied only when
 * it is strictly newer than the newest applied one. A duplicate, or an event overtaken by a newer one,
 * therefore changes nothing, and folding the same events in any order ends in the same state as
 * folding them in key order. Local facts (accounts fetched, challenge answered, consent given) only move
 * the journey forward within what the events established.
 *
 * @param connectionId the connection
 * @param stage where the connection stands
 * @param challenge the challenge waiting for the user, if any
 * @param pendingAccounts accounts waiting for consent (in stage AWAITING_CONSENT, once fetched)
 * @param accountsFetched whether the account list was fetched after LIST_ACCOUNTS succeeded
 * @param blocker a step the user must take before anything else (a failure), if any
 * @param watermark the newest applied event
 * @param snapshot the newest connection snapshot seen
 */
public record Journey(ConnectionId connectionId, Stage stage, Optional<PendingChallenge> challenge,
                      List<Account> pendingAccounts, boolean accountsFetched, Optional<NextStep> blocker,
                      Optional<EventKey> watermark, Optional<Connection> snapshot) {

    /** Requires every part. */
    public Journey {
        Objects.requireNonNull(connectionId, "connectionId must not be null");
        Objects.requireNonNull(stage, "stage must not be null");
        Objects.requireNonNull(challenge, "challenge must not be null");
        Objects.requireNonNull(blocker, "blocker must not be null");
        Objects.requireNonNull(watermark, "watermark must not be null");
        Objects.requireNonNull(snapshot, "snapshot must not be null");
        pendingAccounts = List.copyOf(pendingAccounts);
    }

    /** A journey for a connection just created: its LIST_ACCOUNTS synchronization starts. */
    public static Journey started(ConnectionId connectionId) {
        return new Journey(connectionId, Stage.LISTING_ACCOUNTS, Optional.empty(), List.of(), false,
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * Folds an event. An event of another connection is refused; an event not newer than the watermark
     * is ignored (duplicate or late).
     */
    public Journey apply(Event event) {
        EventHeader header = event.header();
        if (!header.connectionId().equals(connectionId)) {
            throw new IllegalArgumentException("event " + header.id() + " is about connection "
                    + header.connectionId() + ", not " + connectionId);
        }
        EventKey key = EventKey.of(header);
        if (watermark.isPresent() && key.compareTo(watermark.get()) <= 0) {
            return this;
        }
        Optional<Connection> newSnapshot = header.snapshot().or(() -> snapshot);
        Optional<EventKey> newWatermark = Optional.of(key);
        if (event instanceof Event.UserInputRequested asked) {
            Optional<ChannelDefinitionId> named = channelOf(header, newSnapshot);
            if (named.isEmpty()) {
                return new Journey(connectionId, stage, challenge, pendingAccounts, accountsFetched, blocker, newWatermark, newSnapshot);
            }
            ChannelDefinitionId channel = named.get();
            PendingChallenge pending = new PendingChallenge(header.id(), channel, asked.phase(), asked.prompt(), false);
            return new Journey(connectionId, stageOf(asked.type()), Optional.of(pending), pendingAccounts,
                    accountsFetched, Optional.empty(), newWatermark, newSnapshot);
        }
        if (event instanceof Event.SynchronizationSucceeded succeeded) {
            boolean listed = succeeded.type() == EventType.LIST_ACCOUNTS_SUCCESS;
            return new Journey(connectionId, listed ? Stage.AWAITING_CONSENT : Stage.STORING_DATA, Optional.empty(),
                    List.of(), false, Optional.empty(), newWatermark, newSnapshot);
        }
        if (event instanceof Event.SynchronizationFailed failed) {
            NextStep step = failureStep(header, newSnapshot);
            return new Journey(connectionId, stageOf(failed.type()), Optional.empty(), pendingAccounts,
                    accountsFetched, Optional.of(step), newWatermark, newSnapshot);
        }
        Optional<NextStep> fromSnapshot = actionFromSnapshot(header, newSnapshot);
        return new Journey(connectionId, stage, challenge, pendingAccounts, accountsFetched,
                fromSnapshot.or(() -> blocker), newWatermark, newSnapshot);
    }

    /** Folds events in the order given. */
    public Journey applyAll(List<? extends Event> events) {
        Journey journey = this;
        for (Event event : events) {
            journey = journey.apply(event);
        }
        return journey;
    }

    /**
     * Records the accounts fetched after LIST_ACCOUNTS succeeded. Only those of this connection waiting
     * for consent are kept; when none waits, OXLIN synchronizes without a consent step.
     * Ignored outside stage AWAITING_CONSENT.
     */
    public Journey accountsListed(List<Account> accounts) {
        if (stage != Stage.AWAITING_CONSENT) {
            return this;
        }
        List<Account> pending = accounts.stream()
                .filter(a -> a.connectionId().equals(connectionId))
                .filter(Account::isPendingConsent)
                .toList();
        Stage next = pending.isEmpty() ? Stage.SYNCHRONIZING : Stage.AWAITING_CONSENT;
        return new Journey(connectionId, next, challenge, pending, true, blocker, watermark, snapshot);
    }

    /** Records that the user's answer to the challenge asked by {@code eventId} was sent. */
    public Journey challengeAnswered(EventId eventId) {
        if (challenge.isEmpty() || !challenge.get().eventId().equals(eventId)) {
            return this;
        }
        return new Journey(connectionId, stage, Optional.of(challenge.get().markAnswered()), pendingAccounts,
                accountsFetched, blocker, watermark, snapshot);
    }

    /** Records that the consent was sent: SYNC_ALL starts. Ignored outside stage AWAITING_CONSENT. */
    public Journey consentGiven() {
        if (stage != Stage.AWAITING_CONSENT) {
            return this;
        }
        return new Journey(connectionId, Stage.SYNCHRONIZING, Optional.empty(), List.of(), accountsFetched, blocker,
                watermark, snapshot);
    }

    /** Records that the user acted on a blocker (new credentials, restarted sync): wait for the next events. */
    public Journey blockerHandled() {
        return new Journey(connectionId, stage, challenge, pendingAccounts, accountsFetched, Optional.empty(),
                watermark, snapshot);
    }

    /**
     * Records that the data of the last SYNC_ALL is stored: the journey is Done. Ignored outside stage
     * STORING_DATA (a sync run on a host's schedule, or after a later event, changes nothing).
     */
    public Journey dataStored() {
        if (stage != Stage.STORING_DATA) {
            return this;
        }
        return new Journey(connectionId, Stage.SYNCHRONIZED, challenge, pendingAccounts, accountsFetched, blocker, watermark, snapshot);
    }

    /** Whether SYNC_ALL succeeded and its data is not stored yet. */
    public boolean needsDataStored() {
        return stage == Stage.STORING_DATA;
    }

    /** Whether the account list must be fetched now (LIST_ACCOUNTS succeeded and the list is not in yet). */
    public boolean needsAccountList() {
        return stage == Stage.AWAITING_CONSENT && !accountsFetched;
    }

    /** What the host shows next. */
    public NextStep nextStep() {
        if (blocker.isPresent()) {
            return blocker.get();
        }
        if (challenge.isPresent() && !challenge.get().answered()) {
            PendingChallenge pending = challenge.get();
            return new NextStep.AnswerChallenge(connectionId, pending.channel(), pending.prompt());
        }
        switch (stage) {
            case LISTING_ACCOUNTS:
                return new NextStep.Wait(WaitReason.LISTING_ACCOUNTS);
            case AWAITING_CONSENT:
                if (!accountsFetched) {
                    return new NextStep.Wait(WaitReason.FETCHING_ACCOUNTS);
                }
                return new NextStep.CollectConsent(new ConsentRequest(connectionId, pendingAccounts));
            case SYNCHRONIZING:
                return new NextStep.Wait(WaitReason.SYNCHRONIZING);
            case STORING_DATA:
                return new NextStep.Wait(WaitReason.STORING_DATA);
            default:
                return new NextStep.Done(connectionId);
        }
    }

    private static Stage stageOf(EventType type) {
        return switch (type.phase()) {
            case LIST_ACCOUNTS -> Stage.LISTING_ACCOUNTS;
            default -> Stage.SYNCHRONIZING;
        };
    }

    /**
     * The channel a challenge is to be answered on: the one the event names; else the only channel of
     * the snapshot asking a challenge; else the snapshot's only channel. When none of these settles it
     * (two channels, neither or both asking), the event only updates the snapshot: answering on a guessed
     * channel would send the user's code to the wrong job.
     */
    private static Optional<ChannelDefinitionId> channelOf(EventHeader header, Optional<Connection> snapshot) {
        if (header.channelDefinitionId().isPresent()) {
            return header.channelDefinitionId();
        }
        List<Channel> channels = snapshot.map(Connection::channels).orElse(List.of());
        List<Channel> asking = channels.stream().filter(c -> c.status() == ChannelStatus.CHALLENGE_REQUIRED).toList();
        if (asking.size() == 1) {
            return Optional.of(asking.get(0).definitionId());
        }
        return channels.size() == 1 ? Optional.of(channels.get(0).definitionId()) : Optional.empty();
    }

    private NextStep failureStep(EventHeader header, Optional<Connection> current) {
        return actionFromSnapshot(header, current).orElseGet(() -> new NextStep.Wait(WaitReason.OXLIN_RETRIES));
    }

    private Optional<NextStep> actionFromSnapshot(EventHeader header, Optional<Connection> current) {
        Optional<Channel> channel = current.flatMap(c -> header.channelDefinitionId().flatMap(c::channel));
        return channel.flatMap(c -> NextStep.forAction(connectionId, modeOf(c),
                RequiredAction.of(c, header.createdAt(), new RenewalPolicy(java.time.Duration.ZERO))));
    }

    private static ChannelMode modeOf(Channel channel) {
        return channel.mode();
    }
}
