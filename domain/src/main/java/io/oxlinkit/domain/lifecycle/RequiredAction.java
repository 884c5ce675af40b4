package io.oxlinkit.domain.lifecycle;

import io.oxlinkit.domain.connection.Channel;
import io.oxlinkit.domain.connection.ChannelStatus;
import io.oxlinkit.domain.connection.MaskedCredential;
import io.oxlinkit.domain.id.ChannelDefinitionId;
import io.oxlinkit.domain.provider.ChannelMode;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a channel needs, derived from its status (and its expiry for REDIRECT channels). Closed set:
 * a host switches over it; {@link #of(Channel, Instant, RenewalPolicy)} is the one mapping.
 */
public sealed interface RequiredAction
        permits RequiredAction.None,
                RequiredAction.Wait,
                RequiredAction.AnswerChallenge,
                RequiredAction.RestartChallenge,
                RequiredAction.UpdateCredentials,
                RequiredAction.ReauthorizeAtBank,
                RequiredAction.ActOnProviderWebsite,
                RequiredAction.AddChannel,
                RequiredAction.RenewBeforeExpiry,
                RequiredAction.RetryLater,
                RequiredAction.CheckUnknownStatus {

    /** Whether the user must do something. */
    default boolean needsUser() {
        return !(this instanceof None || this instanceof Wait || this instanceof RetryLater);
    }

    /**
     * Maps a channel to its action at {@code now}.
     *
     * <ul>
     *   <li>CHALLENGE_REQUIRED: answer the challenge; CHALLENGE_TIMED_OUT/FAILED/CANCELLED: restart it;</li>
     *   <li>AUTH_FAILED, TOO_MANY_ATTEMPTS, PASSWORD_CHANGE_REQUIRED: new credentials, through the form
     *       (EMBEDDED) or a new authorize URL (REDIRECT);</li>
     *   <li>USER_ACTION_REQUIRED: act on the provider's website; EMPTY: add the channel;</li>
     *   <li>SUCCESS with {@code expires} inside the renewal window: renew before expiry;</li>
     *   <li>RUNNING: wait; FAILED: retry later; NEVER and SUCCESS otherwise: nothing;</li>
     *   <li>a status this version does not know (UNKNOWN): a cautious step the host shows, never "healthy".</li>
     * </ul>
     */
    static RequiredAction of(Channel channel, Instant now, RenewalPolicy policy) {
        ChannelDefinitionId id = channel.definitionId();
        ChannelStatus status = channel.status();
        if (status == ChannelStatus.CHALLENGE_REQUIRED) {
            return new AnswerChallenge(id);
        }
        if (status.challengeEnded()) {
            return new RestartChallenge(id, status);
        }
        if (status.needsNewCredentials()) {
            return channel.mode() == ChannelMode.REDIRECT
                    ? new ReauthorizeAtBank(id, status)
                    : new UpdateCredentials(id, channel.maskedCredentials(), status);
        }
        switch (status) {
            case USER_ACTION_REQUIRED:
                return new ActOnProviderWebsite(id);
            case EMPTY:
                return new AddChannel(id);
            case RUNNING:
                return new Wait(id);
            case FAILED:
                return new RetryLater(id);
            case UNKNOWN:
                return new CheckUnknownStatus(id, channel.rawStatus());
            case SUCCESS:
                if (channel.mode() == ChannelMode.REDIRECT
                        && channel.expires().isPresent()
                        && !channel.expires().get().isAfter(now.plus(policy.window()))) {
                    return new RenewBeforeExpiry(id, channel.expires().get());
                }
                return new None();
            default:
                return new None();
        }
    }

    /** Nothing to do. */
    record None() implements RequiredAction {}

    /** A synchronization is running. */
    record Wait(ChannelDefinitionId channel) implements RequiredAction {
        /** Requires the channel. */
        public Wait {
            Objects.requireNonNull(channel, "channel must not be null");
        }
    }

    /** A challenge waits for the user; its prompt arrives through the event queue. */
    record AnswerChallenge(ChannelDefinitionId channel) implements RequiredAction {
        /** Requires the channel. */
        public AnswerChallenge {
            Objects.requireNonNull(channel, "channel must not be null");
        }
    }

    /** A challenge timed out, failed or was cancelled: restart the synchronization to get a new one. */
    record RestartChallenge(ChannelDefinitionId channel, ChannelStatus reason) implements RequiredAction {
        /** Requires every part. */
        public RestartChallenge {
            Objects.requireNonNull(channel, "channel must not be null");
            Objects.requireNonNull(reason, "reason must not be null");
        }
    }

    /** An EMBEDDED channel's credentials were refused: show its form again (masked values help the user). */
    record UpdateCredentials(
            ChannelDefinitionId channel, List<MaskedCredential> maskedCredentials, ChannelStatus reason)
            implements RequiredAction {
        /** Requires every part. */
        public UpdateCredentials {
            Objects.requireNonNull(channel, "channel must not be null");
            Objects.requireNonNull(reason, "reason must not be null");
            maskedCredentials = List.copyOf(maskedCredentials);
        }
    }

    /** A REDIRECT channel's authorization was refused: send the user to a new authorize URL. */
    record ReauthorizeAtBank(ChannelDefinitionId channel, ChannelStatus reason) implements RequiredAction {
        /** Requires every part. */
        public ReauthorizeAtBank {
            Objects.requireNonNull(channel, "channel must not be null");
            Objects.requireNonNull(reason, "reason must not be null");
        }
    }

    /** The bank wants the user to do something on its own website first. */
    record ActOnProviderWebsite(ChannelDefinitionId channel) implements RequiredAction {
        /** Requires the channel. */
        public ActOnProviderWebsite {
            Objects.requireNonNull(channel, "channel must not be null");
        }
    }

    /** The connection declares this channel but has no credentials for it: it can be added. */
    record AddChannel(ChannelDefinitionId channel) implements RequiredAction {
        /** Requires the channel. */
        public AddChannel {
            Objects.requireNonNull(channel, "channel must not be null");
        }
    }

    /** A REDIRECT channel's authorization ends at {@code expires}, inside the renewal window. */
    record RenewBeforeExpiry(ChannelDefinitionId channel, Instant expires) implements RequiredAction {
        /** Requires every part. */
        public RenewBeforeExpiry {
            Objects.requireNonNull(channel, "channel must not be null");
            Objects.requireNonNull(expires, "expires must not be null");
        }
    }

    /** The last synchronization failed for a reason the user cannot fix: OXLIN retries on its schedule. */
    record RetryLater(ChannelDefinitionId channel) implements RequiredAction {
        /** Requires the channel. */
        public RetryLater {
            Objects.requireNonNull(channel, "channel must not be null");
        }
    }

    /**
     * OXLIN reports a channel status this version does not know ({@code reportedStatus}, as sent): the channel
     * may need the user, so a host shows it (and may check at the bank, or update the kit) instead of
     * counting the channel healthy.
     */
    record CheckUnknownStatus(ChannelDefinitionId channel, String reportedStatus) implements RequiredAction {
        /** Requires both parts. */
        public CheckUnknownStatus {
            Objects.requireNonNull(channel, "channel must not be null");
            Objects.requireNonNull(reportedStatus, "reportedStatus must not be null");
        }
    }
}
