package io.oxlinkit.application;

import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.domain.journey.NextStep;
import io.oxlinkit.domain.lifecycle.ChannelIssue;
import io.oxlinkit.domain.lifecycle.RequiredAction;
import java.util.Objects;

/**
 * A channel needing the user, as the health check lists it, with the step to show.
 *
 * @param userId the connection's owner
 * @param issue the connection, the channel's mode and its action
 * @param step the step a host shows for it
 */
public record HealthItem(UserId userId, ChannelIssue issue, NextStep step) {

    /** Requires every part. */
    public HealthItem {
        Objects.requireNonNull(userId, "userId must not be null");
        Objects.requireNonNull(issue, "issue must not be null");
        Objects.requireNonNull(step, "step must not be null");
    }

    /**
     * Whether data stops flowing unless the user acts (refused credentials, ended challenge, bank
     * action, expiry). An EMPTY channel that could be added is an opportunity, and a data sync the kit
     * retries is the operator's to watch, not the user's: neither is urgent.
     */
    public boolean urgent() {
        return !(issue.action() instanceof RequiredAction.AddChannel
                || issue.action() instanceof RequiredAction.RetryLater);
    }
}
