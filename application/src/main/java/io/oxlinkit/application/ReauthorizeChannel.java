package io.oxlinkit.application;

import io.oxlinkit.application.port.ConnectionStore;
import io.oxlinkit.application.port.StoredConnection;
import io.oxlinkit.domain.agreement.AgreementPolicy;
import io.oxlinkit.domain.agreement.Feature;
import io.oxlinkit.domain.id.ChannelDefinitionId;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.redirect.RedirectRequest;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * Renews or repairs a REDIRECT channel of a stored connection: an authorize URL naming
 * {@code connection_id} and {@code channel_definition_id}, so OXLIN updates that channel when the user
 * comes back. Use it before a channel expires ({@code RenewBeforeExpiry}) or after it failed.
 */
public final class ReauthorizeChannel {

    private final ConnectionStore store;
    private final StartRedirectConnection redirects;
    private final AgreementPolicy policy;

    ReauthorizeChannel(ConnectionStore store, StartRedirectConnection redirects, AgreementPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy must not be null");
        this.store = Objects.requireNonNull(store, "store must not be null");
        this.redirects = Objects.requireNonNull(redirects, "redirects must not be null");
    }

    /** Asks for the authorize URL to send the user to. */
    public RedirectResult reauthorize(ConnectionId connectionId, ChannelDefinitionId channelId, URI redirectUri) {
        policy.require(Feature.FULL_API_AGGREGATION);
        Optional<StoredConnection> stored = store.find(connectionId);
        if (stored.isEmpty()) {
            return new RedirectResult.Refused(
                    StepResult.Reason.UNKNOWN_CONNECTION, "connection " + connectionId + " is not stored");
        }
        RedirectRequest request = RedirectRequest.reauthorize(
                stored.get().connection().providerId(), channelId, redirectUri, connectionId);
        return redirects.authorize(stored.get().userId(), request);
    }
}
