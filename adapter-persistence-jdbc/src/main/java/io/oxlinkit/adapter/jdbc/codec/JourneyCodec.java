package io.oxlinkit.adapter.jdbc.codec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.oxlinkit.domain.account.Account;
import io.oxlinkit.domain.event.SyncPhase;
import io.oxlinkit.domain.id.ChannelDefinitionId;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.EventId;
import io.oxlinkit.domain.journey.ChannelJourney;
import io.oxlinkit.domain.journey.ChannelTrack;
import io.oxlinkit.domain.journey.EventKey;
import io.oxlinkit.domain.journey.Journey;
import io.oxlinkit.domain.provider.ChannelMode;
import io.oxlinkit.domain.wire.WireEnums;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The storage form of a journey, version 2: one state per channel.
 *
 * <pre>{@code
 * {"v": 2, "connection_id": "c-1", "newest": {"created_at": 1500, "created_at_nanos": 0, "id": "42"},
 *  "channels": [{"channel": "8701", "watermark": {...}, "last_end_seen": 1500,
 *                "state": {"kind": "awaiting_consent", "pending_accounts": [...]}}]}
 * }</pre>
 *
 * Rows of version 1 (one stage for the whole connection) are migrated on read by {@link JourneyV1Migration};
 * the next save writes them as version 2.
 */
final class JourneyCodec {

    /** The version written. */
    static final int VERSION = 2;

    private final DomainCodec parts;
    private final ObjectMapper mapper;
    private final RequiredActionCodec actions;
    private final JourneyV1Migration v1;

    JourneyCodec(DomainCodec parts, ObjectMapper mapper) {
        this.parts = parts;
        this.mapper = mapper;
        this.actions = new RequiredActionCodec(mapper);
        this.v1 = new JourneyV1Migration(parts, actions);
    }

    ObjectNode write(Journey journey) {
        ObjectNode node = mapper.createObjectNode();
        node.put("v", VERSION);
        node.put("connection_id", journey.connectionId().value());
        journey.newest().ifPresent(k -> node.set("newest", key(k)));
        ArrayNode channels = node.putArray("channels");
        for (ChannelTrack track : journey.channels()) {
            ObjectNode item = channels.addObject();
            item.put("channel", track.channel().value());
            track.watermark().ifPresent(k -> item.set("watermark", key(k)));
            track.lastEndSeen().ifPresent(t -> item.put("last_end_seen", t.getEpochSecond()));
            track.endShownFirst().ifPresent(t -> item.put("end_shown_first", t.getEpochSecond()));
            item.set("state", state(track.state()));
        }
        return node;
    }

    Journey read(JsonNode node) {
        if (node.path("v").asInt(1) < VERSION) {
            return v1.migrate(node);
        }
        List<ChannelTrack> tracks = new ArrayList<>();
        for (JsonNode item : node.path("channels")) {
            ChannelDefinitionId channel =
                    ChannelDefinitionId.of(item.path("channel").asText());
            tracks.add(new ChannelTrack(
                    channel,
                    state(item.path("state"), channel),
                    DomainCodec.optional(item, "watermark").map(JourneyCodec::key),
                    DomainCodec.instant(item, "last_end_seen"),
                    DomainCodec.instant(item, "end_shown_first")));
        }
        return new Journey(
                ConnectionId.of(node.path("connection_id").asText()),
                tracks,
                DomainCodec.optional(node, "newest").map(JourneyCodec::key));
    }

    private ObjectNode state(ChannelJourney state) {
        ObjectNode node = mapper.createObjectNode();
        if (state instanceof ChannelJourney.ListingAccounts) {
            return node.put("kind", "listing_accounts");
        }
        if (state instanceof ChannelJourney.ChallengeAsked asked) {
            node.put("kind", "challenge_asked").set("challenge", parts.pending(asked.challenge()));
            return node;
        }
        if (state instanceof ChannelJourney.AwaitingAccountList awaiting) {
            return node.put("kind", "awaiting_account_list")
                    .put("none_pending", awaiting.nonePending().name());
        }
        if (state instanceof ChannelJourney.AwaitingConsent awaiting) {
            node.put("kind", "awaiting_consent");
            ArrayNode accounts = node.putArray("pending_accounts");
            awaiting.pending().forEach(a -> accounts.add(parts.account(a)));
            return node;
        }
        if (state instanceof ChannelJourney.Synchronizing) {
            return node.put("kind", "synchronizing");
        }
        if (state instanceof ChannelJourney.StoringData storing) {
            node.put("kind", "storing_data").put("failed_attempts", storing.failedAttempts());
            storing.retryNotBefore().ifPresent(t -> node.put("retry_not_before", t.getEpochSecond()));
            return node;
        }
        if (state instanceof ChannelJourney.Synchronized) {
            return node.put("kind", "synchronized");
        }
        ChannelJourney.Blocked blocked = (ChannelJourney.Blocked) state;
        node.put("kind", "blocked")
                .put("mode", blocked.mode().name())
                .put("phase", blocked.phase().name());
        node.set("action", actions.write(blocked.action()));
        return node;
    }

    private ChannelJourney state(JsonNode node, ChannelDefinitionId channel) {
        return switch (node.path("kind").asText("")) {
            case "listing_accounts" -> new ChannelJourney.ListingAccounts();
            case "challenge_asked" -> new ChannelJourney.ChallengeAsked(parts.pending(node.path("challenge")));
            case "awaiting_account_list" ->
                new ChannelJourney.AwaitingAccountList(WireEnums.parse(
                        ChannelJourney.WhenNonePending.class,
                        node.path("none_pending").asText(""),
                        ChannelJourney.WhenNonePending.OXLIN_SYNCHRONIZES));
            case "awaiting_consent" -> awaitingConsent(node.path("pending_accounts"));
            case "synchronizing" -> new ChannelJourney.Synchronizing();
            case "storing_data" ->
                new ChannelJourney.StoringData(
                        Math.max(0, node.path("failed_attempts").asInt(0)),
                        DomainCodec.instant(node, "retry_not_before"));
            case "synchronized" -> new ChannelJourney.Synchronized();
            case "blocked" ->
                new ChannelJourney.Blocked(
                        actions.read(node.path("action"), channel),
                        ChannelMode.fromWire(node.path("mode").asText("")),
                        WireEnums.parse(SyncPhase.class, node.path("phase").asText(""), SyncPhase.SYNC_ALL));
            // a state a later version wrote: re-fetch the account list, the step that reads the server again
            default -> new ChannelJourney.AwaitingAccountList(ChannelJourney.WhenNonePending.KIT_FETCHES_DATA);
        };
    }

    private ChannelJourney awaitingConsent(JsonNode array) {
        List<Account> pending = new ArrayList<>();
        array.forEach(a -> pending.add(parts.account(a)));
        return pending.isEmpty() ? new ChannelJourney.Synchronizing() : new ChannelJourney.AwaitingConsent(pending);
    }

    private ObjectNode key(EventKey key) {
        return mapper.createObjectNode()
                .put("created_at", key.createdAt().getEpochSecond())
                .put("created_at_nanos", key.createdAt().getNano())
                .put("id", key.id().value());
    }

    static EventKey key(JsonNode node) {
        return new EventKey(
                Instant.ofEpochSecond(
                        node.path("created_at").asLong(),
                        node.path("created_at_nanos").asInt()),
                EventId.of(node.path("id").asText()));
    }

    static Optional<EventKey> keyOf(JsonNode node, String field) {
        return DomainCodec.optional(node, field).map(JourneyCodec::key);
    }
}
