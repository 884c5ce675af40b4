package io.oxlinkit.domain.journey;

import io.oxlinkit.domain.account.Account;
import io.oxlinkit.domain.consent.ConsentRequest;
import io.oxlinkit.domain.event.SyncPhase;
import io.oxlinkit.domain.id.ChannelDefinitionId;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.lifecycle.RequiredAction;
import io.oxlinkit.domain.provider.ChannelMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where one channel of a connection stands in its synchronization jobs. Closed set of states; each
 * state offers only the local transitions that are legal from it (what the server says moves a channel
 * from any state: see {@link ChannelTrack}).
 */
public sealed interface ChannelJourney
        permits ChannelJourney.ListingAccounts,
                ChannelJourney.ChallengeAsked,
                ChannelJourney.AwaitingAccountList,
                ChannelJourney.AwaitingConsent,
                ChannelJourney.Synchronizing,
                ChannelJourney.StoringData,
                ChannelJourney.Synchronized,
                ChannelJourney.Blocked {

    /** Where the state sits in a job, in order: a job's stage never goes backwards. */
    Stage stage();

    /** What the channel asks of the host in this state (one member of {@link NextStep}). */
    NextStep step(ConnectionId connectionId, ChannelDefinitionId channel);

    /** The state a job of {@code phase} runs in. */
    static ChannelJourney running(SyncPhase phase) {
        return phase == SyncPhase.LIST_ACCOUNTS ? new ListingAccounts() : new Synchronizing();
    }

    /** The state a job of {@code phase} ends in when it succeeds. */
    static ChannelJourney succeeded(SyncPhase phase) {
        return phase == SyncPhase.LIST_ACCOUNTS
                ? new AwaitingAccountList(WhenNonePending.OXLIN_SYNCHRONIZES)
                : new StoringData();
    }

    /** LIST_ACCOUNTS runs at the bank. */
    record ListingAccounts() implements ChannelJourney {
        @Override
        public Stage stage() {
            return Stage.LISTING_ACCOUNTS;
        }

        @Override
        public NextStep step(ConnectionId connectionId, ChannelDefinitionId channel) {
            return new NextStep.Wait(WaitReason.LISTING_ACCOUNTS);
        }
    }

    /** A job asked the user a challenge (answered or not yet). */
    record ChallengeAsked(PendingChallenge challenge) implements ChannelJourney {
        /** Requires the challenge. */
        public ChallengeAsked {
            Objects.requireNonNull(challenge, "challenge must not be null");
        }

        /** The user's answer was sent: the job goes on at the bank. */
        public ChallengeAsked answered() {
            return new ChallengeAsked(challenge.markAnswered());
        }

        @Override
        public Stage stage() {
            return challenge.phase() == SyncPhase.LIST_ACCOUNTS ? Stage.LISTING_ACCOUNTS : Stage.SYNCHRONIZING;
        }

        @Override
        public NextStep step(ConnectionId connectionId, ChannelDefinitionId channel) {
            if (challenge.answered()) {
                return running(challenge.phase()).step(connectionId, channel);
            }
            return new NextStep.AnswerChallenge(connectionId, channel, challenge.prompt());
        }
    }

    /**
     * The channel's accounts may wait for consent: the kit fetches the account list.
     *
     * @param nonePending what follows when no account waits for consent
     */
    record AwaitingAccountList(WhenNonePending nonePending) implements ChannelJourney {
        /** Requires the follow-up. */
        public AwaitingAccountList {
            Objects.requireNonNull(nonePending, "nonePending must not be null");
        }

        /**
         * The list is in: the channel waits for consent on {@code pending}; when none waits, it goes on as
         * {@link #nonePending()} says.
         */
        public ChannelJourney listed(List<Account> pending) {
            if (!pending.isEmpty()) {
                return new AwaitingConsent(pending);
            }
            return nonePending == WhenNonePending.OXLIN_SYNCHRONIZES ? new Synchronizing() : new StoringData();
        }

        @Override
        public Stage stage() {
            return Stage.AWAITING_CONSENT;
        }

        @Override
        public NextStep step(ConnectionId connectionId, ChannelDefinitionId channel) {
            return new NextStep.Wait(WaitReason.FETCHING_ACCOUNTS);
        }
    }

    /** Accounts reached through the channel wait for the user's consent. */
    record AwaitingConsent(List<Account> pending) implements ChannelJourney {
        /** Requires at least one account. */
        public AwaitingConsent {
            pending = List.copyOf(pending);
            if (pending.isEmpty()) {
                throw new IllegalArgumentException("a channel awaiting consent has accounts to decide");
            }
        }

        /** The consent was sent: SYNC_ALL starts. */
        public Synchronizing consentGiven() {
            return new Synchronizing();
        }

        @Override
        public Stage stage() {
            return Stage.AWAITING_CONSENT;
        }

        @Override
        public NextStep step(ConnectionId connectionId, ChannelDefinitionId channel) {
            return new NextStep.CollectConsent(new ConsentRequest(connectionId, pending));
        }
    }

    /** SYNC_ALL runs at the bank. */
    record Synchronizing() implements ChannelJourney {
        @Override
        public Stage stage() {
            return Stage.SYNCHRONIZING;
        }

        @Override
        public NextStep step(ConnectionId connectionId, ChannelDefinitionId channel) {
            return new NextStep.Wait(WaitReason.SYNCHRONIZING);
        }
    }

    /**
     * SYNC_ALL succeeded at OXLIN: the kit stores its data (or will resume storing it).
     *
     * @param failedAttempts data syncs that stopped since SYNC_ALL succeeded
     * @param retryNotBefore when the next attempt is due (after a stopped one: a backoff)
     */
    record StoringData(int failedAttempts, Optional<java.time.Instant> retryNotBefore) implements ChannelJourney {

        private static final java.time.Duration FIRST_BACKOFF = java.time.Duration.ofSeconds(30);
        private static final java.time.Duration MAX_BACKOFF = java.time.Duration.ofHours(1);

        /** Requires a count not negative. */
        public StoringData {
            Objects.requireNonNull(retryNotBefore, "retryNotBefore must not be null");
            if (failedAttempts < 0) {
                throw new IllegalArgumentException("failedAttempts must not be negative");
            }
        }

        /** No attempt failed yet. */
        public StoringData() {
            this(0, Optional.empty());
        }

        /** The data is stored. */
        public Synchronized stored() {
            return new Synchronized();
        }

        /** An attempt stopped at {@code now}: the next one is due after a backoff (30 s, doubling, at most 1 h). */
        public StoringData failed(java.time.Instant now) {
            int attempts = failedAttempts + 1;
            java.time.Duration backoff = FIRST_BACKOFF.multipliedBy(1L << Math.min(attempts - 1, 7));
            return new StoringData(
                    attempts, Optional.of(now.plus(backoff.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff)));
        }

        /** Whether an attempt is due at {@code now}. */
        public boolean dueAt(java.time.Instant now) {
            return retryNotBefore.map(t -> !now.isBefore(t)).orElse(true);
        }

        @Override
        public Stage stage() {
            return Stage.STORING_DATA;
        }

        @Override
        public NextStep step(ConnectionId connectionId, ChannelDefinitionId channel) {
            return new NextStep.Wait(failedAttempts == 0 ? WaitReason.STORING_DATA : WaitReason.DATA_SYNC_RETRYING);
        }
    }

    /** The last SYNC_ALL succeeded and its data is stored. */
    record Synchronized() implements ChannelJourney {
        @Override
        public Stage stage() {
            return Stage.SYNCHRONIZED;
        }

        @Override
        public NextStep step(ConnectionId connectionId, ChannelDefinitionId channel) {
            return new NextStep.Done(connectionId);
        }
    }

    /**
     * A job of {@code phase} stopped on something the channel needs ({@code action}): new credentials,
     * a restart, an act at the bank, or OXLIN's own retry.
     *
     * @param action what the channel needs
     * @param mode the channel's mode
     * @param phase the job that stopped
     */
    record Blocked(RequiredAction action, ChannelMode mode, SyncPhase phase) implements ChannelJourney {
        /** Requires every part. */
        public Blocked {
            Objects.requireNonNull(action, "action must not be null");
            Objects.requireNonNull(mode, "mode must not be null");
            Objects.requireNonNull(phase, "phase must not be null");
        }

        /** The host acted (new credentials, a new authorization): the stopped job runs again. */
        public ChannelJourney restarted() {
            return running(phase);
        }

        @Override
        public Stage stage() {
            return phase == SyncPhase.LIST_ACCOUNTS ? Stage.LISTING_ACCOUNTS : Stage.SYNCHRONIZING;
        }

        @Override
        public NextStep step(ConnectionId connectionId, ChannelDefinitionId channel) {
            Optional<NextStep> forUser = NextStep.forAction(connectionId, mode, action);
            return forUser.orElseGet(() -> new NextStep.Wait(WaitReason.OXLIN_RETRIES));
        }
    }

    /** What follows an account list in which no account waits for consent. */
    enum WhenNonePending {
        /** LIST_ACCOUNTS just succeeded: OXLIN runs SYNC_ALL without a consent step. */
        OXLIN_SYNCHRONIZES,
        /** The channel was authorized again and no job is known to follow: the kit fetches the data itself. */
        KIT_FETCHES_DATA
    }
}
