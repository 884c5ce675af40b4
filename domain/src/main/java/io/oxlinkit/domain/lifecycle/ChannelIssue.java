package io.oxlinkit.domain.lifecycle;

import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.provider.ChannelMode;
import java.util.Objects;

/**
 * A channel of a connection that needs the user.
 *
 * @param connectionId the connection
 * @param mode the channel's mode
 * @param action what the user must do
 */
public record ChannelIssue(ConnectionId connectionId, ChannelMode mode, RequiredAction action) {

    /** Requires every part. */
    public ChannelIssue {
        Objects.requireNonNull(connectionId, "connectionId must not be null");
        Objects.requireNonNull(mode, "mode must not be null");
        Objects.requireNonNull(action, "action must not be null");
    }
}
