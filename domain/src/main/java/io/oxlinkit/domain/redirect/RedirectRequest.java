package io.oxlinkit.domain.redirect;

import io.oxlinkit.domain.id.ChannelDefinitionId;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.ProviderId;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code authorize_url} needs: the channel, where the user comes back, and either OXLIN creates
 * the connection (default) or the host does ({@code use_client_redirect}, with an optional state);
 * for a renewal, the existing connection.
 *
 * @param providerId the provider
 * @param channel the REDIRECT channel definition
 * @param redirectUri the host's callback
 * @param clientHandled whether the host creates the connection from the returned code
 * @param state the host's state (client-handled only)
 * @param existingConnection the connection to re-authorize, for a renewal or repair
 */
public record RedirectRequest(
        ProviderId providerId,
        ChannelDefinitionId channel,
        URI redirectUri,
        boolean clientHandled,
        Optional<RedirectState> state,
        Optional<ConnectionId> existingConnection) {

    /** Checks the combination. */
    public RedirectRequest {
        Objects.requireNonNull(providerId, "providerId must not be null");
        Objects.requireNonNull(channel, "channel must not be null");
        Objects.requireNonNull(redirectUri, "redirectUri must not be null");
        Objects.requireNonNull(state, "state must not be null");
        Objects.requireNonNull(existingConnection, "existingConnection must not be null");
        if (!redirectUri.isAbsolute()) {
            throw new IllegalArgumentException("redirectUri must be absolute");
        }
        if (state.isPresent() && !clientHandled) {
            throw new IllegalArgumentException(
                    "a redirect state is only returned when the client handles the redirect");
        }
    }

    /** OXLIN creates the connection and calls the host back with its id. */
    public static RedirectRequest oxlinCreatesConnection(
            ProviderId providerId, ChannelDefinitionId channel, URI redirectUri) {
        return new RedirectRequest(providerId, channel, redirectUri, false, Optional.empty(), Optional.empty());
    }

    /** The host receives {@code code} and {@code state} and creates the connection itself. */
    public static RedirectRequest clientCreatesConnection(
            ProviderId providerId, ChannelDefinitionId channel, URI redirectUri, Optional<RedirectState> state) {
        return new RedirectRequest(providerId, channel, redirectUri, true, state, Optional.empty());
    }

    /** Renews or repairs the REDIRECT channel of an existing connection. */
    public static RedirectRequest reauthorize(
            ProviderId providerId, ChannelDefinitionId channel, URI redirectUri, ConnectionId connection) {
        return new RedirectRequest(providerId, channel, redirectUri, false, Optional.empty(), Optional.of(connection));
    }
}
