package io.oxlinkit.application.port;

import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.domain.journey.NextStep;

/**
 * The host's callback: told each time a connection's next step changes, so a UI can be pushed.
 * Called on the thread running the use case; must not block for long. An exception thrown here is
 * logged and swallowed: it never undoes what was stored.
 */
@FunctionalInterface
public interface JourneyListener {

    /** A listener that ignores every step. */
    JourneyListener NONE = (user, connection, step) -> {};

    /** The connection's next step is now {@code step}. */
    void onNextStep(UserId user, ConnectionId connection, NextStep step);
}
