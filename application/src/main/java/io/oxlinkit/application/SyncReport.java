package io.oxlinkit.application;

import io.oxlinkit.domain.id.ConnectionId;
import java.util.Objects;

/**
 * What a data sync did.
 *
 * @param connectionId the connection synchronized
 * @param accounts accounts listed
 * @param pagesFetched transaction pages read
 * @param newTransactions transactions stored for the first time
 * @param skipped true when another instance holds the connection's sync (nothing was read)
 */
public record SyncReport(
        ConnectionId connectionId, int accounts, int pagesFetched, int newTransactions, boolean skipped) {

    /** Requires the connection. */
    public SyncReport {
        Objects.requireNonNull(connectionId, "connectionId must not be null");
    }
}
