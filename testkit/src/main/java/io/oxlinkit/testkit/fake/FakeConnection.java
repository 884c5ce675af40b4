package io.oxlinkit.testkit.fake;

import io.oxlinkit.application.port.OxlinApiException;
import io.oxlinkit.domain.connection.ChannelStatus;
import io.oxlinkit.domain.connection.Connection;
import io.oxlinkit.domain.connection.ConnectionStatus;
import io.oxlinkit.domain.connection.Owner;
import io.oxlinkit.domain.id.ChannelDefinitionId;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.domain.provider.ChannelDefinition;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A fake connection: one {@link FakeChannel} per channel definition of its bank; its status is derived from theirs. */
final class FakeConnection {

    final ConnectionId id;
    final UserId user;
    final FakeBank bank;
    final Instant created;
    private final Map<ChannelDefinitionId, FakeChannel> channels = new LinkedHashMap<>();

    FakeConnection(ConnectionId id, UserId user, FakeBank bank, Instant created) {
        this.id = id;
        this.user = user;
        this.bank = bank;
        this.created = created;
        for (ChannelDefinition definition : bank.provider().channelDefinitions()) {
            channels.put(definition.id(), new FakeChannel(definition));
        }
    }

    FakeChannel channel(ChannelDefinitionId id) {
        FakeChannel channel = channels.get(id);
        if (channel == null) {
            throw new OxlinApiException.NotFound("not_found", "connection " + this.id + " has no channel " + id, "");
        }
        return channel;
    }

    Collection<FakeChannel> channels() {
        return channels.values();
    }

    /**
     * RUNNING while a channel works or asks; else SUCCESS when every channel holding credentials
     * succeeded, PARTIAL_SUCCESS when some did, FAILED when none did.
     */
    ConnectionStatus status() {
        long active =
                channels.values().stream().filter(FakeChannel::holdsCredentials).count();
        if (active == 0) {
            return ConnectionStatus.NONE;
        }
        if (channels.values().stream()
                .anyMatch(c -> c.status == ChannelStatus.RUNNING || c.status == ChannelStatus.CHALLENGE_REQUIRED)) {
            return ConnectionStatus.RUNNING;
        }
        long succeeded = channels.values().stream()
                .filter(c -> c.status == ChannelStatus.SUCCESS)
                .count();
        if (succeeded == active) {
            return ConnectionStatus.SUCCESS;
        }
        return succeeded > 0 ? ConnectionStatus.PARTIAL_SUCCESS : ConnectionStatus.FAILED;
    }

    Connection snapshot() {
        return new Connection(
                id,
                bank.provider().id(),
                bank.provider().name(),
                status(),
                true,
                channels.values().stream().map(FakeChannel::view).toList(),
                owner(),
                Optional.of(created));
    }

    private Owner owner() {
        if (!bank.ownersReported()) {
            return Owner.unknown();
        }
        String key = id.value();
        return new Owner(
                Optional.of("Owner " + key),
                Optional.of(key + " rue des Lilas, Paris"),
                Optional.of(Instant.parse("1980-02-29T00:00:00Z")),
                Optional.of("Lyon"),
                Optional.of("+336" + key.substring(Math.max(0, key.length() - 8))));
    }
}
