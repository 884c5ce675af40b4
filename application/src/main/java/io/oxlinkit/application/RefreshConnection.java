package io.oxlinkit.application;

import io.oxlinkit.application.port.ConnectionStore;
import io.oxlinkit.application.port.ConnectionsApi;
import io.oxlinkit.application.port.OxlinApiException;
import io.oxlinkit.application.port.StoredConnection;
import io.oxlinkit.domain.connection.Connection;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.domain.journey.NextStep;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a stored connection from the API ({@code GET /users/{id}/connections/{id}}) and reconciles its
 * journey with what the server says: a channel whose events were missed (a queue keeps them only for a
 * while) reaches the step the server's snapshot implies, and an account list it implies is fetched.
 */
public final class RefreshConnection {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RefreshConnection.class);

    private final ConnectionStore store;
    private final ConnectionsApi api;
    private final JourneyRecorder recorder;
    private final AccountListing listing;

    RefreshConnection(ConnectionStore store, ConnectionsApi api, JourneyRecorder recorder, AccountListing listing) {
        this.store = Objects.requireNonNull(store, "store must not be null");
        this.api = Objects.requireNonNull(api, "api must not be null");
        this.recorder = Objects.requireNonNull(recorder, "recorder must not be null");
        this.listing = Objects.requireNonNull(listing, "listing must not be null");
    }

    /** Refreshes {@code stored} from the API; empty when it is no longer stored. */
    public Optional<StoredConnection> refresh(StoredConnection stored) {
        Connection fresh = api.connection(stored.userId(), stored.id());
        return recorder.update(stored.id(), c -> listing.settle(c.reconciled(fresh)));
    }

    /**
     * Refreshes each of the user's connections whose journey waits on OXLIN (after a queue read whose answer was
     * lost on the way: the server may have removed events it served); a failing refresh is left to the next one.
     * Returns how many were refreshed.
     */
    public int refreshWaiting(UserId user) {
        int refreshed = 0;
        for (StoredConnection stored : store.findByUser(user)) {
            if (!(stored.journey().nextStep() instanceof NextStep.Wait)) {
                continue;
            }
            try {
                refresh(stored);
                refreshed++;
            } catch (OxlinApiException unreachable) {
                LOG.warn(
                        "connection {} of user {} could not be refreshed ({}); the next pump tries again",
                        stored.id(),
                        user,
                        Failures.describe(unreachable));
            }
        }
        return refreshed;
    }

    /** Refreshes a stored connection by id; the result says what comes next. */
    public StepResult refresh(ConnectionId connectionId) {
        Optional<StoredConnection> stored = store.find(connectionId);
        if (stored.isEmpty()) {
            return StepResult.refused(
                    StepResult.Reason.UNKNOWN_CONNECTION, "connection " + connectionId + " is not stored");
        }
        return refresh(stored.get())
                .<StepResult>map(
                        s -> new StepResult.Proceeded(connectionId, s.journey().nextStep()))
                .orElseGet(() -> StepResult.refused(
                        StepResult.Reason.UNKNOWN_CONNECTION, "connection " + connectionId + " is not stored"));
    }
}
