package io.oxlinkit.domain.journey;

import io.oxlinkit.domain.id.ChannelDefinitionId;
import java.util.Objects;

/**
 * What one channel of a connection asks of the host.
 *
 * @param channel the channel definition
 * @param step its step
 */
public record ChannelStep(ChannelDefinitionId channel, NextStep step) {

    /** Requires both parts. */
    public ChannelStep {
        Objects.requireNonNull(channel, "channel must not be null");
        Objects.requireNonNull(step, "step must not be null");
    }
}
