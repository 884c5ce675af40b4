package io.oxlinkit.application.port;

import io.oxlinkit.domain.id.ConnectionId;

/** A save carried an older version than the stored one: a newer snapshot was kept, this one refused. */
public class StaleSnapshotException extends StorageException {

    /** Creates the exception. */
    public StaleSnapshotException(ConnectionId id, long expected, long actual) {
        super(
                "connection " + id + " was saved at version " + expected + " but the store holds version " + actual,
                null);
    }
}
