package io.oxlinkit.domain.journey;

import io.oxlinkit.domain.account.Account;
import io.oxlinkit.domain.connection.Channel;
import io.oxlinkit.domain.connection.ChannelStatus;
import io.oxlinkit.domain.connection.Connection;
import io.oxlinkit.domain.consent.ConsentRequest;
import io.oxlinkit.domain.event.Event;
import io.oxlinkit.domain.event.EventHeader;
import io.oxlinkit.domain.id.ChannelDefinitionId;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.EventId;
import io.oxlinkit.domain.lifecycle.RenewalPolicy;
import io.oxlinkit.domain.lifecycle.RequiredAction;
import io.oxlinkit.domain.provider.ChannelMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The journey of one connection: one {@link ChannelTrack} per channel the kit follows, in the order the
 * channels started. Immutable: every input returns a new journey. It holds states only; the connection's
 * snapshot lives beside it (the host's stored connection), and is passed in where a rule needs it.
 *
 * <p>Each channel folds the events that name it by their {@link EventKey}: an event is applied only when it
 * is newer than that channel's watermark, so a duplicate or an overtaken event changes nothing. An event
 * that names no channel is answered on the one channel that can owe it (see {@link #apply(Event, Connection)}),
 * else it only brings its snapshot. A snapshot newer than every applied event (an event's resource, a
 * {@code GET /connections/{id}}, a health refresh) reconciles the channels whose events were missed.
 * {@link #nextStep()} folds the channels by {@link NextStepPriority}.
 *
 * @param connectionId the connection
 * @param channels the followed channels, each with its state
 * @param newest the newest event applied to any channel (its snapshot is the newest seen)
 */
public record Journey(ConnectionId connectionId, List<ChannelTrack> channels, Optional<EventKey> newest) {

    /** Requires every part and at most one track per channel. */
    public Journey {
        Objects.requireNonNull(connectionId, "connectionId must not be null");
        Objects.requireNonNull(newest, "newest must not be null");
        channels = List.copyOf(channels);
        Set<ChannelDefinitionId> seen = new HashSet<>();
        for (ChannelTrack track : channels) {
            if (!seen.add(track.channel())) {
                throw new IllegalArgumentException("channel " + track.channel() + " is followed twice");
            }
        }
    }

    /** A connection just created whose channel is not known yet: the first event or snapshot names it. */
    public static Journey started(ConnectionId connectionId) {
        return new Journey(connectionId, List.of(), Optional.empty());
    }

    /** A connection just created through {@code channel}: its LIST_ACCOUNTS runs. */
    public static Journey started(ConnectionId connectionId, ChannelDefinitionId channel) {
        return new Journey(
                connectionId,
                List.of(ChannelTrack.starting(channel, new ChannelJourney.ListingAccounts(), Optional.empty())),
                Optional.empty());
    }

    /** The track of a channel, if followed. */
    public Optional<ChannelTrack> track(ChannelDefinitionId channel) {
        return channels.stream().filter(t -> t.channel().equals(channel)).findFirst();
    }

    /** Whether {@code event} is newer than every event applied: then its snapshot is the newest known. */
    public boolean isNewest(Event event) {
        return newest.isEmpty() || EventKey.of(event.header()).compareTo(newest.get()) > 0;
    }

    /** The snapshot current after {@code event}: its own when it is the newest event and carries one, else {@code stored}. */
    public Connection snapshotAfter(Event event, Connection stored) {
        return isNewest(event) ? event.header().snapshot().orElse(stored) : stored;
    }

    /** Folds an event with the snapshot it carries (if any) as the current one. */
    public Journey apply(Event event) {
        return fold(event, event.header().snapshot());
    }

    /**
     * Folds an event, {@code stored} being the connection's snapshot before it. The event's channel is the
     * one it names; else the only channel of the current snapshot asking a challenge; else the snapshot's
     * only channel; else none (two channels, neither or both asking): answering a guessed channel would
     * send the user's code to the wrong job. When the event is the newest and carries a snapshot, the
     * other channels are reconciled with it.
     */
    public Journey apply(Event event, Connection stored) {
        return fold(event, Optional.of(snapshotAfter(event, stored)));
    }

    /** Folds events in the order given, each with the snapshot it carries. */
    public Journey applyAll(List<? extends Event> events) {
        Journey journey = this;
        for (Event event : events) {
            journey = journey.apply(event);
        }
        return journey;
    }

    private Journey fold(Event event, Optional<Connection> current) {
        EventHeader header = event.header();
        if (!header.connectionId().equals(connectionId)) {
            throw new IllegalArgumentException(
                    "event " + header.id() + " is about connection " + header.connectionId() + ", not " + connectionId);
        }
        EventKey key = EventKey.of(header);
        Optional<ChannelDefinitionId> named = EventChannel.of(header, current);
        Journey folded = this;
        if (named.isPresent() && (track(named.get()).isPresent() || !(event instanceof Event.Unrecognized))) {
            ChannelDefinitionId channel = named.get();
            ChannelTrack track = track(channel)
                    .orElseGet(() ->
                            ChannelTrack.starting(channel, new ChannelJourney.ListingAccounts(), Optional.empty()));
            folded = folded.with(track.apply(event, current.flatMap(c -> c.channel(channel))));
        }
        if (isNewest(event) && header.snapshot().isPresent()) {
            folded = folded.reconcileExcept(header.snapshot().get(), named, Optional.of(key));
        }
        Optional<EventKey> newer = isNewest(event) ? Optional.of(key) : newest;
        return new Journey(connectionId, folded.channels, newer);
    }

    /**
     * Moves every channel to what {@code snapshot} says, when the events that led there were missed (see
     * {@link ChannelTrack#reconcile(Channel)}). A channel the kit does not follow yet and that holds
     * credentials (neither EMPTY nor NEVER) is followed from here.
     */
    public Journey reconcile(Connection snapshot) {
        return reconcileExcept(snapshot, Optional.empty(), Optional.empty());
    }

    private Journey reconcileExcept(
            Connection snapshot, Optional<ChannelDefinitionId> skipped, Optional<EventKey> source) {
        Journey result = this;
        for (Channel channel : snapshot.channels()) {
            if (skipped.isPresent() && skipped.get().equals(channel.definitionId())) {
                continue;
            }
            Optional<ChannelTrack> track = track(channel.definitionId());
            Optional<ChannelTrack> followed = track.isPresent()
                    ? track
                    : channel.status() == ChannelStatus.EMPTY || channel.status() == ChannelStatus.NEVER
                            ? Optional.empty()
                            : Optional.of(ChannelTrack.starting(
                                    channel.definitionId(), new ChannelJourney.ListingAccounts(), Optional.empty()));
            if (followed.isPresent()) {
                result = result.with(
                        source.isPresent()
                                ? followed.get().reconcile(channel, source.get())
                                : followed.get().reconcile(channel));
            }
        }
        return result;
    }

    /**
     * Records the accounts fetched for the channels awaiting their list. Only this connection's accounts
     * waiting for consent count, each on the channel that saw it (an account naming no channel counts on
     * every channel awaiting its list).
     */
    public Journey accountsListed(List<Account> accounts) {
        return map(track -> track.state() instanceof ChannelJourney.AwaitingAccountList awaiting
                ? track.moved(awaiting.listed(pendingOn(track.channel(), accounts)), Optional.empty())
                : track);
    }

    private List<Account> pendingOn(ChannelDefinitionId channel, List<Account> accounts) {
        return accounts.stream()
                .filter(a -> a.connectionId().equals(connectionId))
                .filter(Account::isPendingConsent)
                .filter(a -> a.channelDefinitionId().map(channel::equals).orElse(true))
                .toList();
    }

    /** Records that the user's answer to the challenge asked by {@code eventId} was sent. */
    public Journey challengeAnswered(EventId eventId) {
        return map(track -> track.state() instanceof ChannelJourney.ChallengeAsked asked
                        && asked.challenge().eventId().equals(eventId)
                ? track.moved(asked.answered(), Optional.empty())
                : track);
    }

    /** Records that the consent was sent: every channel awaiting it runs SYNC_ALL, as of {@code snapshot}. */
    public Journey consentGiven(Connection snapshot) {
        return map(track -> track.state() instanceof ChannelJourney.AwaitingConsent awaiting
                ? track.moved(awaiting.consentGiven(), snapshot.channel(track.channel()))
                : track);
    }

    /**
     * Records that {@code channel} was given credentials (new ones after a refusal, or its first ones when
     * it is added): a channel not followed yet lists its accounts, a stopped one runs its job again, any
     * other one runs SYNC_ALL.
     */
    public Journey credentialsGiven(ChannelDefinitionId channel, Connection snapshot) {
        Optional<Channel> seen = snapshot.channel(channel);
        Optional<ChannelTrack> track = track(channel);
        if (track.isEmpty()) {
            return with(ChannelTrack.starting(channel, new ChannelJourney.ListingAccounts(), seen));
        }
        ChannelJourney state = track.get().state();
        ChannelJourney next = state instanceof ChannelJourney.Blocked blocked
                ? blocked.restarted()
                : state instanceof ChannelJourney.ListingAccounts ? state : new ChannelJourney.Synchronizing();
        return with(track.get().moved(next, seen));
    }

    /**
     * Records that the user came back from the bank on this connection (a renewal, a repair, or a REDIRECT
     * channel added): every REDIRECT channel of {@code snapshot} that is stopped, finished or not followed
     * yet has its accounts listed again (new ones wait for consent) and, when none is new, its data
     * fetched; a channel the snapshot shows running or asking is followed from what it shows.
     */
    public Journey authorizedAgain(Connection snapshot) {
        Journey result = this;
        for (Channel channel : snapshot.channels()) {
            Optional<ChannelTrack> track = track(channel.definitionId());
            boolean settled = track.isEmpty()
                    || track.get().state() instanceof ChannelJourney.Blocked
                    || track.get().state() instanceof ChannelJourney.Synchronized;
            if (channel.mode() != ChannelMode.REDIRECT || !settled || channel.status() == ChannelStatus.EMPTY) {
                continue;
            }
            ChannelTrack base = track.orElseGet(() -> ChannelTrack.starting(
                    channel.definitionId(), new ChannelJourney.ListingAccounts(), Optional.empty()));
            ChannelJourney next =
                    channel.status() == ChannelStatus.RUNNING || channel.status() == ChannelStatus.CHALLENGE_REQUIRED
                            ? new ChannelJourney.ListingAccounts()
                            : new ChannelJourney.AwaitingAccountList(ChannelJourney.WhenNonePending.KIT_FETCHES_DATA);
            result = result.with(base.moved(next, Optional.of(channel)));
        }
        return result.reconcile(snapshot);
    }

    /** Records that the data of {@code channels}' last SYNC_ALL is stored: those channels are synchronized. */
    public Journey dataStored(Set<ChannelDefinitionId> stored) {
        return map(
                track -> track.state() instanceof ChannelJourney.StoringData storing && stored.contains(track.channel())
                        ? track.moved(storing.stored(), Optional.empty())
                        : track);
    }

    /** Records that a data sync of {@code channels} stopped at {@code now}: each waits for its backoff. */
    public Journey dataSyncFailed(Set<ChannelDefinitionId> failed, Instant now) {
        return map(
                track -> track.state() instanceof ChannelJourney.StoringData storing && failed.contains(track.channel())
                        ? track.moved(storing.failed(now), Optional.empty())
                        : track);
    }

    /** Whether a data sync is due at {@code now} (a channel waits on its data, past any backoff). */
    public boolean dataSyncDue(Instant now) {
        return channels.stream()
                .anyMatch(t -> t.state() instanceof ChannelJourney.StoringData storing && storing.dueAt(now));
    }

    /** Whether the data sync of {@code channel} stopped at least once since its SYNC_ALL succeeded. */
    public boolean dataSyncFailing(ChannelDefinitionId channel) {
        return track(channel)
                .map(t -> t.state() instanceof ChannelJourney.StoringData storing && storing.failedAttempts() > 0)
                .orElse(false);
    }

    /** The channels whose SYNC_ALL succeeded and whose data is not stored yet. */
    public Set<ChannelDefinitionId> channelsStoringData() {
        Set<ChannelDefinitionId> storing = new HashSet<>();
        channels.stream()
                .filter(t -> t.state() instanceof ChannelJourney.StoringData)
                .forEach(t -> storing.add(t.channel()));
        return Set.copyOf(storing);
    }

    /** Whether a channel's SYNC_ALL succeeded and its data is not stored yet. */
    public boolean needsDataStored() {
        return !channelsStoringData().isEmpty();
    }

    /** Whether an account list must be fetched now (a channel awaits it). */
    public boolean needsAccountList() {
        return channels.stream().anyMatch(t -> t.state() instanceof ChannelJourney.AwaitingAccountList);
    }

    /** The challenge the host shows first (the one {@link #nextStep()} names), if any waits unanswered. */
    public Optional<PendingChallenge> pendingChallenge() {
        return channels.stream()
                .map(ChannelTrack::state)
                .filter(s -> s instanceof ChannelJourney.ChallengeAsked asked
                        && !asked.challenge().answered())
                .map(s -> ((ChannelJourney.ChallengeAsked) s).challenge())
                .findFirst();
    }

    /** The accounts of every channel awaiting consent, in one request (the consent is the connection's). */
    public Optional<ConsentRequest> consentRequest() {
        List<Account> pending = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (ChannelTrack track : channels) {
            if (track.state() instanceof ChannelJourney.AwaitingConsent awaiting) {
                awaiting.pending().stream().filter(a -> ids.add(a.id().value())).forEach(pending::add);
            }
        }
        return pending.isEmpty() ? Optional.empty() : Optional.of(new ConsentRequest(connectionId, pending));
    }

    /**
     * What {@code channel} needs at {@code now}, as the health check reports it. A followed channel's need
     * is its journey's own (a blocked channel's action; a challenge waiting for its answer; renewal of a
     * synchronized REDIRECT channel inside {@code policy}'s window; else a wait), so the health check and
     * {@link #nextStep()} never disagree; a channel not followed needs what its status calls for
     * ({@link RequiredAction#of(Channel, Instant, RenewalPolicy)}: an EMPTY channel can be added).
     */
    public RequiredAction requiredAction(Channel channel, Instant now, RenewalPolicy policy) {
        return ChannelNeeds.of(track(channel.definitionId()), channel, now, policy);
    }

    /** What each followed channel asks of the host, in channel order (for a UI that shows every channel). */
    public List<ChannelStep> nextSteps() {
        return channels.stream()
                .map(t -> new ChannelStep(t.channel(), t.state().step(connectionId, t.channel())))
                .toList();
    }

    /** What the host shows next: the channels' steps folded by {@link NextStepPriority}. */
    public NextStep nextStep() {
        return NextStepPriority.fold(connectionId, nextSteps(), consentRequest());
    }

    private Journey with(ChannelTrack changed) {
        List<ChannelTrack> tracks = new ArrayList<>(channels);
        for (int i = 0; i < tracks.size(); i++) {
            if (tracks.get(i).channel().equals(changed.channel())) {
                tracks.set(i, changed);
                return new Journey(connectionId, tracks, newest);
            }
        }
        tracks.add(changed);
        return new Journey(connectionId, tracks, newest);
    }

    private Journey map(UnaryOperator<ChannelTrack> change) {
        return new Journey(connectionId, channels.stream().map(change).toList(), newest);
    }
}
