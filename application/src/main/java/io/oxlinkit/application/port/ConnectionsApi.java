package io.oxlinkit.application.port;

import io.oxlinkit.domain.connection.Connection;
import io.oxlinkit.domain.consent.Consent;
import io.oxlinkit.domain.id.ChannelDefinitionId;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.KeyId;
import io.oxlinkit.domain.id.UserId;
import java.util.List;
import java.util.Optional;

/**
 * Connections, their channels, challenges and consents. Every method may throw
 * {@link OxlinApiException}. PUT and DELETE calls are idempotent; POST calls are not.
 */
public interface ConnectionsApi {

    /** Creates a connection ({@code POST /connections}); returns its id from {@code Location}. */
    ConnectionId createConnection(UserId user, NewConnection connection);

    /** Reads a connection. @throws OxlinApiException.NotFound when absent */
    Connection connection(UserId user, ConnectionId connectionId);

    /** Every connection of the user. */
    List<Connection> connections(UserId user);

    /** Deletes a connection; an absent one is not an error. */
    void deleteConnection(UserId user, ConnectionId connectionId);

    /** Replaces every credential of a channel ({@code PUT /connections/{id}/channels/{channel}}); also adds an EMPTY channel. */
    void updateChannel(
            UserId user,
            ConnectionId connectionId,
            ChannelDefinitionId channel,
            Optional<KeyId> keyId,
            List<OutgoingCredential> credentials);

    /** Replaces one credential ({@code PUT /connections/{id}/credentials/{credential_id}}). */
    void updateCredential(UserId user, ConnectionId connectionId, Optional<KeyId> keyId, OutgoingCredential credential);

    /** Answers a challenge ({@code POST /connections/{id}/channels/{channel}/user_input}). */
    void sendUserInput(
            UserId user, ConnectionId connectionId, ChannelDefinitionId channel, List<OutgoingCredential> answers);

    /** Forwards the user's consent ({@code PUT /connections/{id}/consents}): declined accounts are deleted, SYNC_ALL starts. */
    void giveConsent(UserId user, Consent consent);
}
