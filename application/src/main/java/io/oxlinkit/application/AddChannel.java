package io.oxlinkit.application;

import io.oxlinkit.application.port.ConnectionStore;
import io.oxlinkit.application.port.StoredConnection;
import io.oxlinkit.domain.connection.Channel;
import io.oxlinkit.domain.id.ChannelDefinitionId;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.CredentialId;
import io.oxlinkit.domain.provider.ChannelMode;
import io.oxlinkit.domain.secret.SecretValue;
import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Adds a channel a connection declares as EMPTY, as the guide describes: an EMBEDDED channel gets its
 * credentials like an update; a REDIRECT channel gets an authorize URL naming the connection.
 */
public final class AddChannel {

    private final ConnectionStore store;
    private final UpdateChannelCredentials credentials;
    private final ReauthorizeChannel reauthorize;

    AddChannel(ConnectionStore store, UpdateChannelCredentials credentials, ReauthorizeChannel reauthorize) {
        this.store = Objects.requireNonNull(store, "store must not be null");
        this.credentials = Objects.requireNonNull(credentials, "credentials must not be null");
        this.reauthorize = Objects.requireNonNull(reauthorize, "reauthorize must not be null");
    }

    /** Adds an EMBEDDED channel with the user's values (wiped). */
    public StepResult addEmbedded(
            ConnectionId connectionId, ChannelDefinitionId channelId, Map<CredentialId, SecretValue> values) {
        return credentials.update(connectionId, channelId, values);
    }

    /** Adds a REDIRECT channel: the authorize URL to send the user to. */
    public RedirectResult addRedirect(ConnectionId connectionId, ChannelDefinitionId channelId, URI redirectUri) {
        Optional<Channel> channel =
                store.find(connectionId).map(StoredConnection::connection).flatMap(c -> c.channel(channelId));
        if (channel.isPresent() && channel.get().mode() == ChannelMode.EMBEDDED) {
            return new RedirectResult.Refused(
                    StepResult.Reason.WRONG_CHANNEL_MODE, "channel " + channelId + " is EMBEDDED: use addEmbedded");
        }
        return reauthorize.reauthorize(connectionId, channelId, redirectUri);
    }
}
