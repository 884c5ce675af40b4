package io.oxlinkit.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.oxlinkit.sandbox.TestBanks.Bank;
import io.oxlinkit.sandbox.TestBanks.ChannelDef;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** The connections and what a client does to them; each job runs through the {@link SyncEngine} on one channel. */
final class Connections {

    private final VirtualClock clock;
    private final Supplier<String> ids;
    private final SyncEngine engine;
    private final Ledger ledger;
    private final CredentialReader reader;
    private final Map<String, LiveConnection> connections = new LinkedHashMap<>();

    Connections(VirtualClock clock, Supplier<String> ids, SyncEngine engine, Ledger ledger, CredentialReader reader) {
        this.clock = clock;
        this.ids = ids;
        this.engine = engine;
        this.ledger = ledger;
        this.reader = reader;
    }

    Collection<LiveConnection> all() {
        return connections.values();
    }

    LiveConnection owned(String userId, String id) {
        LiveConnection connection = connections.get(id);
        if (connection == null || !connection.userId.equals(userId)) {
            throw ApiError.notFound("connection " + id);
        }
        return connection;
    }

    LiveConnection existing(String id) {
        return Optional.ofNullable(connections.get(id)).orElseThrow(() -> ApiError.notFound("connection " + id));
    }

    LiveConnection open(String userId, Bank bank) {
        if (bank.unavailable()) {
            throw new ApiError(409, "provider_unavailable", "provider " + bank.id() + " is unavailable");
        }
        LiveConnection connection = new LiveConnection(ids.get(), userId, bank, clock.epochSecond());
        connections.put(connection.id, connection);
        return connection;
    }

    /** {@code POST /connections} with an EMBEDDED channel's form (the provider's first EMBEDDED channel when none is named). */
    String createEmbedded(String userId, Bank bank, ChannelDef channel, JsonNode body) {
        if (bank.unavailable()) {
            throw new ApiError(409, "provider_unavailable", "provider " + bank.id() + " is unavailable");
        }
        Map<String, String> values =
                reader.readWhole(userId, channel, Json.optionalText(body, "key_id"), Json.array(body, "credentials"));
        LiveConnection connection = open(userId, bank);
        LiveChannel live = connection.requireChannel(channel.id());
        give(live, values);
        engine.start(connection, live, Phase.LIST_ACCOUNTS);
        return connection.id;
    }

    /** The user approved a REDIRECT channel at the bank: a fresh authorization; a channel that listed nothing lists now. */
    void authorize(LiveConnection connection, ChannelDef def) {
        LiveChannel channel = connection.requireChannel(def.id());
        channel.state = ChannelState.SUCCESS;
        channel.expires = clock.now().plus(connection.bank.redirectValidity()).getEpochSecond();
        channel.lastSuccess = channel.endJob(clock.epochSecond());
        if (!ledger.listedOn(connection, def.id())) {
            engine.start(connection, channel, Phase.LIST_ACCOUNTS);
        }
    }

    void delete(String userId, String id) {
        if (connections.containsKey(id)) {
            owned(userId, id);
            connections.remove(id);
            ledger.removeConnection(id);
        }
    }

    void removeUser(String userId) {
        connections.values().removeIf(c -> c.userId.equals(userId));
    }

    void updateChannel(String userId, String id, String channelId, JsonNode body) {
        LiveConnection connection = owned(userId, id);
        LiveChannel channel = connection.requireChannel(channelId);
        if (!channel.embedded()) {
            throw ApiError.badRequest("invalid_channel", "REDIRECT channels are updated through authorize_url");
        }
        give(
                channel,
                reader.readWhole(
                        userId, channel.def, Json.optionalText(body, "key_id"), Json.array(body, "credentials")));
        restart(connection, channel);
    }

    /** {@code PUT /connections/{id}/credentials/{credential}}: the channel whose definition holds that credential. */
    void updateCredential(String userId, String id, String credentialId, JsonNode body) {
        LiveConnection connection = owned(userId, id);
        LiveChannel channel = connection.channels().stream()
                .filter(c -> c.def.credentials().stream().anyMatch(d -> d.id().equals(credentialId)))
                .findFirst()
                .orElseThrow(() -> ApiError.notFound("credential " + credentialId));
        ArrayNode one = Json.array();
        one.addObject().put("id", credentialId).put("value", Json.text(body, "value"));
        channel.refused =
                CredentialReader.refused(reader.read(userId, channel.def, Json.optionalText(body, "key_id"), one));
        restart(connection, channel);
    }

    void userInput(String userId, String id, String channelId, JsonNode body) {
        LiveConnection connection = owned(userId, id);
        LiveChannel channel = connection
                .channel(channelId)
                .orElseThrow(
                        () -> new ApiError(409, "no_challenge", "connection " + id + " has no channel " + channelId));
        Map<String, String> answers = new HashMap<>();
        for (JsonNode entry : Json.array(body, "credentials")) {
            answers.put(Json.text(entry, "id"), Json.text(entry, "value"));
        }
        engine.answer(connection, channel, answers);
    }

    void consents(String userId, String id, JsonNode body) {
        LiveConnection connection = owned(userId, id);
        syncChannels(connection, ledger.consent(connection, Json.array(body, "consents")));
    }

    void syncChannels(LiveConnection connection, Set<String> channelIds) {
        channelIds.forEach(channel -> engine.start(connection, connection.requireChannel(channel), Phase.SYNC_ALL));
    }

    /** OXLIN's own schedule: a SYNC_ALL on each channel that holds credentials, waits on no one and is not waiting for new ones. */
    void scheduledSync(String id) {
        LiveConnection connection = existing(id);
        for (LiveChannel channel : connection.channels()) {
            if (channel.state.holdsCredentials() && !channel.state.busy() && !channel.state.waitsForNewCredentials()) {
                engine.start(connection, channel, Phase.SYNC_ALL);
            }
        }
    }

    private void restart(LiveConnection connection, LiveChannel channel) {
        engine.start(
                connection,
                channel,
                ledger.listedOn(connection, channel.def.id()) ? Phase.SYNC_ALL : Phase.LIST_ACCOUNTS);
    }

    private static void give(LiveChannel channel, Map<String, String> values) {
        CredentialReader.mask(channel, values);
        channel.refused = CredentialReader.refused(values);
    }
}
