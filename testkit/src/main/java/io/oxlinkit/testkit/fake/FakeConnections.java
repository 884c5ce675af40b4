package io.oxlinkit.testkit.fake;

import io.oxlinkit.application.port.NewConnection;
import io.oxlinkit.application.port.OutgoingCredential;
import io.oxlinkit.application.port.OxlinApiException;
import io.oxlinkit.domain.connection.ChannelStatus;
import io.oxlinkit.domain.consent.Consent;
import io.oxlinkit.domain.event.SyncPhase;
import io.oxlinkit.domain.id.ChannelDefinitionId;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.KeyId;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.domain.provider.ChannelDefinition;
import io.oxlinkit.domain.provider.ChannelMode;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** The fake's connections and what a client can do to them; every job goes through the {@link FakeSyncEngine}. */
final class FakeConnections {

    private final Clock clock;
    private final Supplier<String> ids;
    private final FakeSyncEngine engine;
    private final FakeLedger ledger;
    private final FakeCredentialCheck check;
    private final Map<ConnectionId, FakeConnection> connections = new LinkedHashMap<>();

    FakeConnections(
            Clock clock, Supplier<String> ids, FakeSyncEngine engine, FakeLedger ledger, FakeCredentialCheck check) {
        this.clock = clock;
        this.ids = ids;
        this.engine = engine;
        this.ledger = ledger;
        this.check = check;
    }

    Collection<FakeConnection> all() {
        return connections.values();
    }

    FakeConnection existing(ConnectionId id) {
        FakeConnection connection = connections.get(id);
        if (connection == null) {
            throw new IllegalArgumentException("the fake holds no connection " + id);
        }
        return connection;
    }

    FakeConnection owned(UserId user, ConnectionId id) {
        FakeConnection connection = connections.get(id);
        if (connection == null || !connection.user.equals(user)) {
            throw new OxlinApiException.NotFound("not_found", "connection " + id + " not found", "");
        }
        return connection;
    }

    List<FakeConnection> of(UserId user) {
        return connections.values().stream().filter(c -> c.user.equals(user)).toList();
    }

    FakeConnection open(UserId user, FakeBank bank) {
        requireAvailable(bank);
        FakeConnection connection = new FakeConnection(ConnectionId.of(ids.get()), user, bank, clock.instant());
        connections.put(connection.id, connection);
        return connection;
    }

    /** {@code POST /connections}: an EMBEDDED form, or the code of a client-handled redirect. */
    ConnectionId create(UserId user, FakeBank bank, NewConnection request, FakeRedirects redirects) {
        ChannelDefinition definition = bank.provider()
                .channel(request.channel())
                .orElseThrow(() -> new OxlinApiException.BadRequest(
                        "invalid_channel", "unknown channel " + request.channel(), ""));
        if (definition.mode() == ChannelMode.EMBEDDED) {
            return createEmbedded(user, bank, definition, request);
        }
        redirects.redeem(
                user,
                request.credentials().isEmpty()
                        ? ""
                        : request.credentials().get(0).value().reveal());
        FakeConnection connection = open(user, bank);
        authorize(connection, definition.id());
        return connection.id;
    }

    private ConnectionId createEmbedded(
            UserId user, FakeBank bank, ChannelDefinition definition, NewConnection request) {
        requireAvailable(bank);
        Map<String, String> plain =
                check.readWhole("POST /connections", user, definition, request.keyId(), request.credentials());
        FakeConnection connection = open(user, bank);
        setCredentials(connection, connection.channel(definition.id()), plain);
        engine.start(connection, connection.channel(definition.id()), SyncPhase.LIST_ACCOUNTS);
        return connection.id;
    }

    /** The REDIRECT channel was approved at the bank: it holds a fresh authorization; a channel that listed nothing yet lists now. */
    void authorize(FakeConnection connection, ChannelDefinitionId channelId) {
        FakeChannel channel = connection.channel(channelId);
        Instant now = clock.instant();
        channel.expires = Optional.of(now.plus(connection.bank.redirectValidity()));
        channel.status = ChannelStatus.SUCCESS;
        channel.lastSuccess = Optional.of(now);
        channel.lastEnd = Optional.of(now);
        if (!ledger.listedOn(connection, channelId)) {
            engine.start(connection, channel, SyncPhase.LIST_ACCOUNTS);
        }
    }

    void updateChannel(
            UserId user,
            ConnectionId id,
            ChannelDefinitionId channelId,
            Optional<KeyId> keyId,
            List<OutgoingCredential> credentials) {
        FakeConnection connection = owned(user, id);
        FakeChannel channel = connection.channel(channelId);
        if (channel.definition.mode() != ChannelMode.EMBEDDED) {
            throw new OxlinApiException.BadRequest(
                    "invalid_channel", "REDIRECT channels are updated through authorize_url", "");
        }
        setCredentials(
                connection, channel, check.readWhole("PUT channel", user, channel.definition, keyId, credentials));
        restart(connection, channel);
    }

    void updateCredential(UserId user, ConnectionId id, Optional<KeyId> keyId, OutgoingCredential credential) {
        FakeConnection connection = owned(user, id);
        FakeChannel channel = connection.channels().stream()
                .filter(c -> c.definition.field(credential.id().value()).isPresent())
                .findFirst()
                .orElseThrow(() -> new OxlinApiException.NotFound(
                        "not_found", "credential " + credential.id() + " not found", ""));
        Map<String, String> plain = check.read("PUT credential", user, channel.definition, keyId, List.of(credential));
        channel.credentialsRefused = FakeCredentialCheck.refused(connection.bank, plain);
        restart(connection, channel);
    }

    void answer(UserId user, ConnectionId id, ChannelDefinitionId channelId, Map<String, String> answers) {
        FakeConnection connection = owned(user, id);
        engine.answer(connection, connection.channel(channelId), answers);
    }

    void consent(UserId user, Consent consent) {
        FakeConnection connection = owned(user, consent.connectionId());
        Set<ChannelDefinitionId> decided = ledger.consent(connection, consent);
        for (ChannelDefinitionId channel : decided) {
            engine.start(connection, connection.channel(channel), SyncPhase.SYNC_ALL);
        }
    }

    /** OXLIN's own schedule: a SYNC_ALL on every channel that holds credentials, waits on no one, and is not refused. */
    void scheduledSync(ConnectionId id) {
        FakeConnection connection = existing(id);
        for (FakeChannel channel : connection.channels()) {
            if (channel.holdsCredentials() && !channel.isAsking() && !channel.status.needsNewCredentials()) {
                engine.start(connection, channel, SyncPhase.SYNC_ALL);
            }
        }
    }

    void delete(UserId user, ConnectionId id) {
        if (connections.containsKey(id)) {
            owned(user, id);
            connections.remove(id);
            ledger.remove(id);
        }
    }

    void removeUser(UserId user) {
        connections.values().removeIf(c -> c.user.equals(user));
        ledger.removeUser(user);
    }

    private void restart(FakeConnection connection, FakeChannel channel) {
        engine.start(
                connection,
                channel,
                ledger.listedOn(connection, channel.definition.id()) ? SyncPhase.SYNC_ALL : SyncPhase.LIST_ACCOUNTS);
    }

    private static void setCredentials(FakeConnection connection, FakeChannel channel, Map<String, String> plain) {
        channel.masked = FakeCredentialCheck.masked(channel.definition, plain);
        channel.credentialsRefused = FakeCredentialCheck.refused(connection.bank, plain);
    }

    private static void requireAvailable(FakeBank bank) {
        if (bank.provider().unavailable()) {
            throw new OxlinApiException.Conflict(
                    "provider_unavailable", "provider " + bank.provider().id() + " is unavailable", "");
        }
    }

    static Map<String, String> values(List<OutgoingCredential> answers) {
        Map<String, String> values = new HashMap<>();
        answers.forEach(a -> values.put(a.id().value(), a.value().reveal()));
        return values;
    }
}
