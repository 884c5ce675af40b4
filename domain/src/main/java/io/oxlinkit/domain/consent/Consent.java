package io.oxlinkit.domain.consent;

import io.oxlinkit.domain.id.AccountId;
import io.oxlinkit.domain.id.ConnectionId;
import java.util.List;
import java.util.Objects;

/**
 * A complete, checked set of decisions for a connection, ready for {@code PUT /connections/{id}/consents}.
 *
 * @param connectionId the connection
 * @param decisions one decision per pending account, in the order given
 */
public record Consent(ConnectionId connectionId, List<ConsentDecision> decisions) {

    /** Copies the decisions. */
    public Consent {
        Objects.requireNonNull(connectionId, "connectionId must not be null");
        decisions = List.copyOf(decisions);
    }

    /** Accounts the user shares: OXLIN synchronizes them. */
    public List<AccountId> granted() {
        return decisions.stream()
                .filter(ConsentDecision::granted)
                .map(ConsentDecision::accountId)
                .toList();
    }

    /** Accounts the user declined: OXLIN deletes them, and so must the host's store. */
    public List<AccountId> toBeDeleted() {
        return decisions.stream()
                .filter(d -> !d.granted())
                .map(ConsentDecision::accountId)
                .toList();
    }
}
