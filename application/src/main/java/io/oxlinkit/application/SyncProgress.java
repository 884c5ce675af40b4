package io.oxlinkit.application;

import io.oxlinkit.domain.id.ConnectionId;
import java.util.Objects;

/**
 * Where a connection's data sync stands.
 *
 * @param connectionId the connection
 * @param accountsDone accounts whose transactions are all stored
 * @param accountsTotal accounts to synchronize
 * @param pagesFetched transaction pages read so far
 * @param newTransactions transactions stored for the first time so far
 * @param finished true once every account is done (the journey then says Done)
 */
public record SyncProgress(
        ConnectionId connectionId,
        int accountsDone,
        int accountsTotal,
        int pagesFetched,
        int newTransactions,
        boolean finished) {

    /** Requires the connection and counts that make sense. */
    public SyncProgress {
        Objects.requireNonNull(connectionId, "connectionId must not be null");
        if (accountsDone < 0
                || accountsTotal < 0
                || accountsDone > accountsTotal
                || pagesFetched < 0
                || newTransactions < 0) {
            throw new IllegalArgumentException("progress counts are out of range");
        }
    }
}
