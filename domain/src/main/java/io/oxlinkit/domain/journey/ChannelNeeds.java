package io.oxlinkit.domain.journey;

import io.oxlinkit.domain.connection.Channel;
import io.oxlinkit.domain.lifecycle.RenewalPolicy;
import io.oxlinkit.domain.lifecycle.RequiredAction;
import java.time.Instant;
import java.util.Optional;

/**
 * What a channel needs as the health check reports it: a followed channel's own need (its journey's
 * action), so the health check and {@link Journey#nextStep()} never disagree; a channel not followed, what
 * its status calls for.
 */
final class ChannelNeeds {

    private ChannelNeeds() {}

    static RequiredAction of(Optional<ChannelTrack> track, Channel channel, Instant now, RenewalPolicy policy) {
        if (track.isEmpty()) {
            return RequiredAction.of(channel, now, policy);
        }
        ChannelJourney state = track.get().state();
        if (state instanceof ChannelJourney.Blocked blocked) {
            return blocked.action();
        }
        if (state instanceof ChannelJourney.ChallengeAsked asked
                && !asked.challenge().answered()) {
            return new RequiredAction.AnswerChallenge(channel.definitionId());
        }
        if (state instanceof ChannelJourney.Synchronized) {
            RequiredAction byStatus = RequiredAction.of(channel, now, policy);
            return byStatus instanceof RequiredAction.RenewBeforeExpiry ? byStatus : new RequiredAction.None();
        }
        return new RequiredAction.Wait(channel.definitionId());
    }
}
