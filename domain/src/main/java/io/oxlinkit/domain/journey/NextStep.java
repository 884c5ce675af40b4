package io.oxlinkit.domain.journey;

import io.oxlinkit.domain.challenge.ChallengePrompt;
import io.oxlinkit.domain.connection.ChannelStatus;
import io.oxlinkit.domain.connection.MaskedCredential;
import io.oxlinkit.domain.consent.ConsentRequest;
import io.oxlinkit.domain.id.ChannelDefinitionId;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.lifecycle.RequiredAction;
import io.oxlinkit.domain.provider.ChannelMode;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a host's UI shows next for a connection. Closed set: a host is a switch over it.
 */
public sealed interface NextStep
        permits NextStep.AnswerChallenge,
                NextStep.CollectConsent,
                NextStep.Wait,
                NextStep.Done,
                NextStep.FixCredentials,
                NextStep.ActOnProviderWebsite,
                NextStep.AddChannel,
                NextStep.RenewBeforeExpiry,
                NextStep.RestartSynchronization,
                NextStep.CheckUnknownStatus {

    /**
     * The step a channel action calls for, or empty when it needs nothing from the user.
     *
     * @param connectionId the connection of the channel
     * @param mode the channel's mode
     * @param action the channel's action
     */
    static Optional<NextStep> forAction(ConnectionId connectionId, ChannelMode mode, RequiredAction action) {
        if (action instanceof RequiredAction.UpdateCredentials a) {
            return Optional.of(new FixCredentials(
                    connectionId, a.channel(), ChannelMode.EMBEDDED, a.maskedCredentials(), a.reason()));
        }
        if (action instanceof RequiredAction.ReauthorizeAtBank a) {
            return Optional.of(
                    new FixCredentials(connectionId, a.channel(), ChannelMode.REDIRECT, List.of(), a.reason()));
        }
        if (action instanceof RequiredAction.ActOnProviderWebsite a) {
            return Optional.of(new ActOnProviderWebsite(connectionId, a.channel()));
        }
        if (action instanceof RequiredAction.AddChannel a) {
            return Optional.of(new AddChannel(connectionId, a.channel(), mode));
        }
        if (action instanceof RequiredAction.RenewBeforeExpiry a) {
            return Optional.of(new RenewBeforeExpiry(connectionId, a.channel(), a.expires()));
        }
        if (action instanceof RequiredAction.RestartChallenge a) {
            return Optional.of(new RestartSynchronization(connectionId, a.channel(), a.reason()));
        }
        if (action instanceof RequiredAction.CheckUnknownStatus a) {
            return Optional.of(new CheckUnknownStatus(connectionId, a.channel(), a.reportedStatus()));
        }
        if (action instanceof RequiredAction.AnswerChallenge a) {
            return Optional.of(new Wait(WaitReason.CHALLENGE_PROMPT_PENDING));
        }
        return Optional.empty();
    }

    /** Show a challenge and send the user's answer. */
    record AnswerChallenge(ConnectionId connectionId, ChannelDefinitionId channel, ChallengePrompt prompt)
            implements NextStep {
        /** Requires every part. */
        public AnswerChallenge {
            Objects.requireNonNull(connectionId, "connectionId must not be null");
            Objects.requireNonNull(channel, "channel must not be null");
            Objects.requireNonNull(prompt, "prompt must not be null");
        }
    }

    /** Ask the user which accounts to share. */
    record CollectConsent(ConsentRequest request) implements NextStep {
        /** Requires the request. */
        public CollectConsent {
            Objects.requireNonNull(request, "request must not be null");
        }
    }

    /** Nothing to do but wait for the next event. */
    record Wait(WaitReason reason) implements NextStep {
        /** Requires a reason. */
        public Wait {
            Objects.requireNonNull(reason, "reason must not be null");
        }
    }

    /** The connection is synchronized. */
    record Done(ConnectionId connectionId) implements NextStep {
        /** Requires the connection. */
        public Done {
            Objects.requireNonNull(connectionId, "connectionId must not be null");
        }
    }

    /**
     * The bank refused the channel's credentials: a new form (EMBEDDED, with the masked values shown)
     * or a new authorize URL (REDIRECT).
     */
    record FixCredentials(
            ConnectionId connectionId,
            ChannelDefinitionId channel,
            ChannelMode mode,
            List<MaskedCredential> maskedCredentials,
            ChannelStatus reason)
            implements NextStep {
        /** Requires every part. */
        public FixCredentials {
            Objects.requireNonNull(connectionId, "connectionId must not be null");
            Objects.requireNonNull(channel, "channel must not be null");
            Objects.requireNonNull(mode, "mode must not be null");
            Objects.requireNonNull(reason, "reason must not be null");
            maskedCredentials = List.copyOf(maskedCredentials);
        }
    }

    /** The user must act on the bank's website, then synchronize again. */
    record ActOnProviderWebsite(ConnectionId connectionId, ChannelDefinitionId channel) implements NextStep {
        /** Requires every part. */
        public ActOnProviderWebsite {
            Objects.requireNonNull(connectionId, "connectionId must not be null");
            Objects.requireNonNull(channel, "channel must not be null");
        }
    }

    /**
     * OXLIN reports a status this version does not know for the channel ({@code reportedStatus}, as sent):
     * tell the user the link may need attention (at the bank, or by re-entering credentials); the kit does
     * not count it healthy.
     */
    record CheckUnknownStatus(ConnectionId connectionId, ChannelDefinitionId channel, String reportedStatus)
            implements NextStep {
        /** Requires every part. */
        public CheckUnknownStatus {
            Objects.requireNonNull(connectionId, "connectionId must not be null");
            Objects.requireNonNull(channel, "channel must not be null");
            Objects.requireNonNull(reportedStatus, "reportedStatus must not be null");
        }
    }

    /** An EMPTY channel can be added to the connection. */
    record AddChannel(ConnectionId connectionId, ChannelDefinitionId channel, ChannelMode mode) implements NextStep {
        /** Requires every part. */
        public AddChannel {
            Objects.requireNonNull(connectionId, "connectionId must not be null");
            Objects.requireNonNull(channel, "channel must not be null");
            Objects.requireNonNull(mode, "mode must not be null");
        }
    }

    /** A REDIRECT channel expires soon: send the user through a new authorize URL before {@code expires}. */
    record RenewBeforeExpiry(ConnectionId connectionId, ChannelDefinitionId channel, Instant expires)
            implements NextStep {
        /** Requires every part. */
        public RenewBeforeExpiry {
            Objects.requireNonNull(connectionId, "connectionId must not be null");
            Objects.requireNonNull(channel, "channel must not be null");
            Objects.requireNonNull(expires, "expires must not be null");
        }
    }

    /**
     * A challenge timed out, failed or was cancelled: restart the channel's job by giving it its
     * credentials again ({@code OxlinKit.updateCredentials} for an EMBEDDED channel, {@code reauthorize}
     * for a REDIRECT one). OXLIN has no call that restarts a job, and the kit keeps no bank credentials.
     */
    record RestartSynchronization(ConnectionId connectionId, ChannelDefinitionId channel, ChannelStatus reason)
            implements NextStep {
        /** Requires every part. */
        public RestartSynchronization {
            Objects.requireNonNull(connectionId, "connectionId must not be null");
            Objects.requireNonNull(channel, "channel must not be null");
            Objects.requireNonNull(reason, "reason must not be null");
        }
    }
}
