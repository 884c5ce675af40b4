package io.oxlinkit.domain.lifecycle;

import io.oxlinkit.domain.connection.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** Assesses the channels of a connection and lists those needing the user, in channel order. */
public final class ChannelHealth {

    private final RenewalPolicy policy;

    /** Creates the assessment with a renewal policy. */
    public ChannelHealth(RenewalPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy must not be null");
    }

    /** Every channel of {@code connection} whose action needs the user at {@code now}. */
    public List<ChannelIssue> issues(Connection connection, Instant now) {
        return connection.channels().stream()
                .map(channel ->
                        new ChannelIssue(connection.id(), channel.mode(), RequiredAction.of(channel, now, policy)))
                .filter(issue -> issue.action().needsUser())
                .toList();
    }
}
