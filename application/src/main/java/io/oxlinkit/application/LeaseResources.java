package io.oxlinkit.application;

import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.UserId;
import java.util.List;

/** The names of the work leases the kit takes, in one place, so that erasing a user or a connection forgets them all. */
final class LeaseResources {

    private LeaseResources() {}

    /** Creating the user's PGP key. */
    static String key(UserId user) {
        return "key:" + user.value();
    }

    /** Pumping the user's queue in a fleet round. */
    static String pump(UserId user) {
        return "pump:" + user.value();
    }

    /** Syncing the connection's data. */
    static String sync(ConnectionId connection) {
        return "sync:" + connection.value();
    }

    /** Refreshing the connection in a health check. */
    static String health(ConnectionId connection) {
        return "health:" + connection.value();
    }

    /** Refreshing the connection in a fleet round. */
    static String refresh(ConnectionId connection) {
        return "refresh:" + connection.value();
    }

    /** Running housekeeping (one instance an hour). */
    static String housekeeping() {
        return "housekeeping";
    }

    /** Every lease about the user itself. */
    static List<String> of(UserId user) {
        return List.of(key(user), pump(user));
    }

    /** Every lease about the connection. */
    static List<String> of(ConnectionId connection) {
        return List.of(sync(connection), health(connection), refresh(connection));
    }
}
