package io.oxlinkit.adapter.http;

import io.oxlinkit.adapter.http.client.ConnectionsClient;
import io.oxlinkit.adapter.http.exchange.Exchange;
import io.oxlinkit.adapter.http.resilience.Safety;
import io.oxlinkit.adapter.http.wire.Bodies;
import io.oxlinkit.adapter.http.wire.WireReader;
import io.oxlinkit.application.port.NewConnection;
import io.oxlinkit.application.port.OutgoingCredential;
import io.oxlinkit.application.port.OxlinApiException;
import io.oxlinkit.domain.connection.Connection;
import io.oxlinkit.domain.consent.Consent;
import io.oxlinkit.domain.id.ChannelDefinitionId;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.KeyId;
import io.oxlinkit.domain.id.UserId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.LoggerFactory;

/** Connections, channels, credentials, challenge answers and consents over HTTP. */
final class HttpConnections implements io.oxlinkit.application.port.ConnectionsApi {

    private static final org.slf4j.Logger LOG = LoggerFactory.getLogger(HttpConnections.class);

    private final HttpTransport transport;
    private final Exchange exchange;
    private final ConnectionsClient connections;

    HttpConnections(HttpTransport transport) {
        this.transport = transport;
        this.exchange = transport.exchange;
        this.connections = transport.connections;
    }

    @Override
    public ConnectionId createConnection(UserId user, NewConnection request) {
        Bodies.NewConnection body = new Bodies.NewConnection(
                request.providerId().value(),
                request.channel().value(),
                request.keyId().map(KeyId::value).orElse(null),
                credentials(request.credentials()));
        return ConnectionId.of(transport.asUser(
                user,
                "POST /connections",
                Safety.UNSAFE,
                auth -> connections.create(auth, body),
                Exchange.createdId()));
    }

    @Override
    public Connection connection(UserId user, ConnectionId connectionId) {
        return transport.asUser(
                user,
                "GET /connections/{id}",
                Safety.IDEMPOTENT,
                auth -> connections.get(auth, connectionId.value()),
                exchange.json(WireReader::connection));
    }

    @Override
    public List<Connection> connections(UserId user) {
        return transport.asUser(user, "GET /connections", Safety.IDEMPOTENT, connections::list, exchange.json(list -> {
            List<Connection> result = new ArrayList<>();
            WireReader.items(list, "connections").forEach(node -> result.add(WireReader.connection(node)));
            return result;
        }));
    }

    @Override
    public void deleteConnection(UserId user, ConnectionId connectionId) {
        try {
            transport.asUser(
                    user,
                    "DELETE /connections/{id}",
                    Safety.IDEMPOTENT,
                    auth -> connections.delete(auth, connectionId.value()),
                    Exchange.nothing());
        } catch (OxlinApiException.NotFound alreadyGone) {
            LOG.debug("connection {} was already deleted", connectionId);
        }
    }

    @Override
    public void updateChannel(
            UserId user,
            ConnectionId connectionId,
            ChannelDefinitionId channel,
            Optional<KeyId> keyId,
            List<OutgoingCredential> credentials) {
        Bodies.ChannelUpdate body = new Bodies.ChannelUpdate(
                channel.value(), keyId.map(KeyId::value).orElse(null), credentials(credentials));
        transport.asUser(
                user,
                "PUT /connections/{id}/channels/{channel}",
                Safety.IDEMPOTENT,
                auth -> connections.updateChannel(auth, connectionId.value(), channel.value(), body),
                Exchange.nothing());
    }

    @Override
    public void updateCredential(
            UserId user, ConnectionId connectionId, Optional<KeyId> keyId, OutgoingCredential credential) {
        Bodies.OneCredential body = new Bodies.OneCredential(
                credential.value().reveal(), keyId.map(KeyId::value).orElse(null));
        transport.asUser(
                user,
                "PUT /connections/{id}/credentials/{credential}",
                Safety.IDEMPOTENT,
                auth -> connections.updateCredential(
                        auth, connectionId.value(), credential.id().value(), body),
                Exchange.nothing());
    }

    @Override
    public void sendUserInput(
            UserId user, ConnectionId connectionId, ChannelDefinitionId channel, List<OutgoingCredential> answers) {
        Bodies.UserInput body = new Bodies.UserInput(credentials(answers));
        transport.asUser(
                user,
                "POST /connections/{id}/channels/{channel}/user_input",
                Safety.UNSAFE,
                auth -> connections.userInput(auth, connectionId.value(), channel.value(), body),
                Exchange.nothing());
    }

    @Override
    public void giveConsent(UserId user, Consent consent) {
        Bodies.Consents body = new Bodies.Consents(consent.decisions().stream()
                .map(d -> new Bodies.Decision(d.accountId().value(), d.granted()))
                .toList());
        transport.asUser(
                user,
                "PUT /connections/{id}/consents",
                Safety.IDEMPOTENT,
                auth -> connections.consents(auth, consent.connectionId().value(), body),
                Exchange.nothing());
    }

    private static List<Bodies.Credential> credentials(List<OutgoingCredential> credentials) {
        return credentials.stream()
                .map(c -> new Bodies.Credential(c.id().value(), c.value().reveal()))
                .toList();
    }
}
