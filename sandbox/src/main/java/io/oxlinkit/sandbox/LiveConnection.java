package io.oxlinkit.sandbox;

import io.oxlinkit.sandbox.TestBanks.Bank;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A connection: one {@link LiveChannel} per channel definition of its bank; its status follows theirs. */
final class LiveConnection {

    final String id;
    final String userId;
    final Bank bank;
    final long created;
    private final Map<String, LiveChannel> channels = new LinkedHashMap<>();
    /** The connection's next SYNC_ALL, on whichever channel, fails with this (admin). */
    Optional<ChannelState> nextSyncFails = Optional.empty();

    LiveConnection(String id, String userId, Bank bank, long created) {
        this.id = id;
        this.userId = userId;
        this.bank = bank;
        this.created = created;
        bank.channels().forEach(def -> channels.put(def.id(), new LiveChannel(def)));
    }

    Optional<LiveChannel> channel(String channelId) {
        return Optional.ofNullable(channels.get(channelId));
    }

    LiveChannel requireChannel(String channelId) {
        return channel(channelId).orElseThrow(() -> ApiError.notFound("channel " + channelId + " of connection " + id));
    }

    Collection<LiveChannel> channels() {
        return channels.values();
    }

    /** The connection statuses of API-NOTES; the JSON carries their names. */
    enum Status {
        NONE,
        RUNNING,
        SUCCESS,
        PARTIAL_SUCCESS,
        FAILED
    }

    /** RUNNING while a channel works; SUCCESS, PARTIAL_SUCCESS or FAILED from the channels that hold credentials. */
    Status status() {
        long holding = channels.values().stream()
                .filter(c -> c.state.holdsCredentials())
                .count();
        if (holding == 0) {
            return Status.NONE;
        }
        if (channels.values().stream().anyMatch(c -> c.state.busy())) {
            return Status.RUNNING;
        }
        long ok = channels.values().stream()
                .filter(c -> c.state == ChannelState.SUCCESS)
                .count();
        return ok == holding ? Status.SUCCESS : ok > 0 ? Status.PARTIAL_SUCCESS : Status.FAILED;
    }
}
