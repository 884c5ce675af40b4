package io.oxlinkit.domain.journey;

import io.oxlinkit.domain.challenge.ChallengePrompt;
import io.oxlinkit.domain.event.SyncPhase;
import io.oxlinkit.domain.id.ChannelDefinitionId;
import io.oxlinkit.domain.id.EventId;
import java.util.Objects;

/**
 * A challenge a journey waits on.
 *
 * @param eventId the event that asked it
 * @param channel the channel to answer on ({@code /channels/{channel}/user_input})
 * @param phase the synchronization asking
 * @param prompt what to show and check
 * @param answered whether the user's answer was sent
 */
public record PendingChallenge(
        EventId eventId, ChannelDefinitionId channel, SyncPhase phase, ChallengePrompt prompt, boolean answered) {

    /** Requires every part. */
    public PendingChallenge {
        Objects.requireNonNull(eventId, "eventId must not be null");
        Objects.requireNonNull(channel, "channel must not be null");
        Objects.requireNonNull(phase, "phase must not be null");
        Objects.requireNonNull(prompt, "prompt must not be null");
    }

    /** The same challenge, marked answered. */
    public PendingChallenge markAnswered() {
        return new PendingChallenge(eventId, channel, phase, prompt, true);
    }
}
