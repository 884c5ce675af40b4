package io.oxlinkit.application.port;

import io.oxlinkit.domain.id.QueueId;
import io.oxlinkit.domain.id.UserId;
import java.util.List;
import java.util.Optional;

/** The event queue each user is subscribed to, so the subscription happens once. Thread-safe. */
public interface SubscriptionStore {

    /** The user's queue, if subscribed. */
    Optional<QueueId> queue(UserId user);

    /** Records the user's queue. */
    void save(UserId user, QueueId queue);

    /** Every subscribed user, ordered by user id (for a host that drains every queue). */
    List<UserId> users();

    /** Erases the user's subscription; absent is not an error. */
    void erase(UserId user);
}
