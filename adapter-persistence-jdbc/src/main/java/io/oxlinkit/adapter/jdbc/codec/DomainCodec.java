package io.oxlinkit.adapter.jdbc.codec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.oxlinkit.application.port.StorageException;
import io.oxlinkit.domain.account.Account;
import io.oxlinkit.domain.account.Money;
import io.oxlinkit.domain.challenge.Challenge;
import io.oxlinkit.domain.challenge.ChallengePrompt;
import io.oxlinkit.domain.challenge.ChallengeType;
import io.oxlinkit.domain.connection.Channel;
import io.oxlinkit.domain.connection.ChannelStatus;
import io.oxlinkit.domain.connection.Connection;
import io.oxlinkit.domain.connection.ConnectionStatus;
import io.oxlinkit.domain.connection.MaskedCredential;
import io.oxlinkit.domain.connection.Owner;
import io.oxlinkit.domain.event.Event;
import io.oxlinkit.domain.event.EventHeader;
import io.oxlinkit.domain.event.EventType;
import io.oxlinkit.domain.event.SyncPhase;
import io.oxlinkit.domain.id.AccountId;
import io.oxlinkit.domain.id.ChannelDefinitionId;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.CredentialId;
import io.oxlinkit.domain.id.EventId;
import io.oxlinkit.domain.id.ProviderId;
import io.oxlinkit.domain.journey.Journey;
import io.oxlinkit.domain.journey.NextStep;
import io.oxlinkit.domain.journey.PendingChallenge;
import io.oxlinkit.domain.provider.AccountType;
import io.oxlinkit.domain.provider.ChannelMode;
import io.oxlinkit.domain.wire.UnknownValues;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The storage format of connection snapshots, journeys and events: JSON, versioned by the field
 * {@code "v"}, written and read by hand so the domain stays free of annotations. It never holds a
 * secret: connections carry masked credentials only, and challenges their labels.
 */
public final class DomainCodec {

    /** Format version of snapshots and events; readers accept it and older ones. */
    public static final int VERSION = 1;

    private final ObjectMapper mapper = new ObjectMapper();
    private final JourneyCodec journeys = new JourneyCodec(this, mapper);

    // ------------------------------------------------------------------ public API

    /** The connection's stored JSON form. */
    public String writeConnection(Connection connection) {
        return text(connection(connection));
    }

    /** The connection a stored JSON form holds. */
    public Connection readConnection(String json) {
        return connection(tree(json));
    }

    /** Writes a journey in the current format (v2: one state per channel). */
    public String writeJourney(Journey journey) {
        return text(journeys.write(journey));
    }

    /** Reads a journey written by this version or an older one (v1 rows migrate on read). */
    public Journey readJourney(String json) {
        return journeys.read(tree(json));
    }

    /** The event's stored JSON form. */
    public String writeEvent(Event event) {
        ObjectNode node = mapper.createObjectNode();
        node.put("v", VERSION);
        EventHeader header = event.header();
        node.put("id", header.id().value());
        node.put("connection_id", header.connectionId().value());
        node.put("created_at", header.createdAt().getEpochSecond());
        node.put("created_at_nanos", header.createdAt().getNano());
        header.channelDefinitionId().ifPresent(c -> node.put("channel", c.value()));
        header.snapshot().ifPresent(s -> node.set("snapshot", connection(s)));
        node.put("type", event.type().name());
        if (event instanceof Event.Unrecognized unknown) {
            node.put("raw_type", unknown.rawType());
        }
        if (event instanceof Event.UserInputRequested asked) {
            node.set("prompt", prompt(asked.prompt()));
        }
        return text(node);
    }

    /** The event a stored JSON form holds. */
    public Event readEvent(String json) {
        JsonNode node = tree(json);
        EventHeader header = new EventHeader(
                EventId.of(node.path("id").asText()),
                ConnectionId.of(node.path("connection_id").asText()),
                Instant.ofEpochSecond(
                        node.path("created_at").asLong(),
                        node.path("created_at_nanos").asInt()),
                optional(node, "channel").map(c -> ChannelDefinitionId.of(c.asText())),
                optional(node, "snapshot").map(this::connection));
        EventType type = EventType.fromWire(node.path("type").asText());
        return switch (type) {
            case LIST_ACCOUNTS_USER_INPUT_REQUESTED, SYNC_ALL_USER_INPUT_REQUESTED ->
                new Event.UserInputRequested(header, type, prompt(node.path("prompt")));
            case LIST_ACCOUNTS_SUCCESS, SYNC_ALL_SUCCESS -> new Event.SynchronizationSucceeded(header, type);
            case LIST_ACCOUNTS_FAILURE, SYNC_ALL_FAILURE -> new Event.SynchronizationFailed(header, type);
            default -> new Event.Unrecognized(header, node.path("raw_type").asText(""));
        };
    }

    // ------------------------------------------------------------------ connections

    private ObjectNode connection(Connection c) {
        ObjectNode node = mapper.createObjectNode();
        node.put("v", VERSION);
        node.put("id", c.id().value());
        node.put("provider_id", c.providerId().value());
        node.put("name", c.name());
        node.put("status", c.rawStatus());
        node.put("auto_sync", c.autoSync());
        c.creationDate().ifPresent(d -> node.put("creation_date", d.getEpochSecond()));
        ArrayNode channels = node.putArray("channels");
        for (Channel channel : c.channels()) {
            ObjectNode ch = channels.addObject();
            ch.put("id", channel.definitionId().value());
            ch.put("mode", channel.rawMode());
            ch.put("status", channel.rawStatus());
            channel.expires().ifPresent(t -> ch.put("expires", t.getEpochSecond()));
            channel.lastSuccess().ifPresent(t -> ch.put("last_success", t.getEpochSecond()));
            channel.lastEnd().ifPresent(t -> ch.put("last_end", t.getEpochSecond()));
            putMasked(ch, channel.maskedCredentials());
            ArrayNode types = ch.putArray("account_types");
            channel.accountTypes().stream().map(Enum::name).sorted().forEach(types::add);
        }
        ObjectNode owner = node.putObject("owner");
        c.owner().name().ifPresent(v -> owner.put("name", v));
        c.owner().address().ifPresent(v -> owner.put("address", v));
        c.owner().birthDate().ifPresent(v -> owner.put("birth_date", v.getEpochSecond()));
        c.owner().birthPlace().ifPresent(v -> owner.put("birth_place", v));
        c.owner().phoneNumber().ifPresent(v -> owner.put("phone_number", v));
        return node;
    }

    Connection connection(JsonNode node) {
        List<Channel> channels = new ArrayList<>();
        for (JsonNode ch : node.path("channels")) {
            List<MaskedCredential> masked = masked(ch.path("masked"));
            String rawMode = ch.path("mode").asText();
            String rawStatus = ch.path("status").asText();
            ChannelMode mode = ChannelMode.fromWire(rawMode);
            ChannelStatus status = ChannelStatus.fromWire(rawStatus);
            channels.add(new Channel(
                    ChannelDefinitionId.of(ch.path("id").asText()),
                    mode,
                    status,
                    instant(ch, "expires"),
                    instant(ch, "last_success"),
                    instant(ch, "last_end"),
                    masked,
                    types(ch.path("account_types")),
                    UnknownValues.none().with("mode", mode, rawMode).with("status", status, rawStatus)));
        }
        JsonNode owner = node.path("owner");
        String rawStatus = node.path("status").asText();
        ConnectionStatus status = ConnectionStatus.fromWire(rawStatus);
        return new Connection(
                ConnectionId.of(node.path("id").asText()),
                ProviderId.of(node.path("provider_id").asText()),
                node.path("name").asText(""),
                status,
                node.path("auto_sync").asBoolean(true),
                channels,
                new Owner(
                        string(owner, "name"),
                        string(owner, "address"),
                        instant(owner, "birth_date"),
                        string(owner, "birth_place"),
                        string(owner, "phone_number")),
                instant(node, "creation_date"),
                UnknownValues.none().with("status", status, rawStatus));
    }

    // ------------------------------------------------------------------ accounts

    ObjectNode account(Account a) {
        ObjectNode node = mapper.createObjectNode();
        node.put("id", a.id().value());
        node.put("connection_id", a.connectionId().value());
        a.name().ifPresent(v -> node.put("name", v));
        a.accountNumber().ifPresent(v -> node.put("account_number", v));
        a.iban().ifPresent(v -> node.put("iban", v));
        a.balance()
                .ifPresent(m -> node.put("balance", m.amount().toPlainString())
                        .put("currency", m.currency().getCurrencyCode()));
        a.balanceDate().ifPresent(v -> node.put("balance_date", v.getEpochSecond()));
        node.put("type", a.rawType());
        node.put("status", a.rawStatus());
        node.put("classification", a.rawClassification());
        a.channelDefinitionId().ifPresent(v -> node.put("channel", v.value()));
        return node;
    }

    Account account(JsonNode node) {
        Optional<Money> balance = string(node, "balance")
                .map(b -> new Money(
                        new BigDecimal(b),
                        Currency.getInstance(node.path("currency").asText())));
        return WireValues.account(
                AccountId.of(node.path("id").asText()),
                ConnectionId.of(node.path("connection_id").asText()),
                string(node, "name"),
                string(node, "account_number"),
                string(node, "iban"),
                balance,
                instant(node, "balance_date"),
                node.path("type").asText(),
                node.path("status").asText(),
                node.path("classification").asText(),
                string(node, "channel").map(ChannelDefinitionId::of));
    }

    // ------------------------------------------------------------------ challenges and steps

    ObjectNode pending(PendingChallenge c) {
        ObjectNode node = mapper.createObjectNode();
        node.put("event_id", c.eventId().value());
        node.put("channel", c.channel().value());
        node.put("phase", c.phase().name());
        node.set("prompt", prompt(c.prompt()));
        node.put("answered", c.answered());
        return node;
    }

    PendingChallenge pending(JsonNode node) {
        return new PendingChallenge(
                EventId.of(node.path("event_id").asText()),
                ChannelDefinitionId.of(node.path("channel").asText()),
                SyncPhase.valueOf(node.path("phase").asText()),
                prompt(node.path("prompt")),
                node.path("answered").asBoolean());
    }

    private ArrayNode prompt(ChallengePrompt prompt) {
        ArrayNode items = mapper.createArrayNode();
        for (Challenge challenge : prompt.challenges()) {
            ObjectNode item = items.addObject();
            item.put("id", challenge.id().value());
            item.put("type", challenge.type().name());
            item.put("label", challenge.label());
            if (challenge instanceof Challenge.Input input) {
                item.put("regexp", input.rule().rawPattern());
                item.put("encrypt", input.encrypt());
            }
            ObjectNode params = item.putObject("params");
            new java.util.TreeMap<>(challenge.params()).forEach(params::put);
        }
        return items;
    }

    private ChallengePrompt prompt(JsonNode items) {
        List<Challenge> challenges = new ArrayList<>();
        for (JsonNode item : items) {
            Map<String, String> params = new LinkedHashMap<>();
            item.path("params")
                    .fields()
                    .forEachRemaining(e -> params.put(e.getKey(), e.getValue().asText()));
            challenges.add(Challenge.of(
                    CredentialId.of(item.path("id").asText()),
                    item.path("label").asText(),
                    string(item, "regexp").orElse(null),
                    ChallengeType.fromWire(item.path("type").asText()),
                    item.path("encrypt").asBoolean(),
                    params));
        }
        return new ChallengePrompt(challenges);
    }

    /** Reads a v1 journey's stored blocker (a next step), for {@link JourneyV1Migration}. */
    NextStep step(JsonNode node) {
        Function<String, String> text = f -> node.path(f).asText();
        return switch (text.apply("kind")) {
            case "fix_credentials" -> {
                List<MaskedCredential> masked = masked(node.path("masked"));
                yield new NextStep.FixCredentials(
                        ConnectionId.of(text.apply("connection_id")),
                        ChannelDefinitionId.of(text.apply("channel")),
                        ChannelMode.fromWire(text.apply("mode")),
                        masked,
                        ChannelStatus.fromWire(text.apply("reason")));
            }
            case "act_on_provider_website" ->
                new NextStep.ActOnProviderWebsite(
                        ConnectionId.of(text.apply("connection_id")), ChannelDefinitionId.of(text.apply("channel")));
            case "add_channel" ->
                new NextStep.AddChannel(
                        ConnectionId.of(text.apply("connection_id")),
                        ChannelDefinitionId.of(text.apply("channel")),
                        ChannelMode.fromWire(text.apply("mode")));
            case "renew_before_expiry" ->
                new NextStep.RenewBeforeExpiry(
                        ConnectionId.of(text.apply("connection_id")),
                        ChannelDefinitionId.of(text.apply("channel")),
                        Instant.ofEpochSecond(node.path("expires").asLong()));
            case "restart_synchronization" ->
                new NextStep.RestartSynchronization(
                        ConnectionId.of(text.apply("connection_id")),
                        ChannelDefinitionId.of(text.apply("channel")),
                        ChannelStatus.fromWire(text.apply("reason")));
            case "check_unknown_status" ->
                new NextStep.CheckUnknownStatus(
                        ConnectionId.of(text.apply("connection_id")),
                        ChannelDefinitionId.of(text.apply("channel")),
                        node.path("reported_status").asText("UNKNOWN"));
            default ->
                new NextStep.Wait(StoredWaitReason.read(node.path("reason").asText("")));
        };
    }

    // ------------------------------------------------------------------ plumbing

    /** Masked credentials as {@code [{"id": ..., "masked": ...}]} under {@code "masked"}. */
    static void putMasked(ObjectNode node, List<MaskedCredential> credentials) {
        ArrayNode masked = node.putArray("masked");
        credentials.forEach(m -> masked.addObject().put("id", m.id().value()).put("masked", m.maskedValue()));
    }

    static List<MaskedCredential> masked(JsonNode array) {
        List<MaskedCredential> masked = new ArrayList<>();
        array.forEach(m -> masked.add(new MaskedCredential(
                CredentialId.of(m.path("id").asText()), m.path("masked").asText())));
        return masked;
    }

    private static Set<AccountType> types(JsonNode array) {
        Set<AccountType> types = EnumSet.noneOf(AccountType.class);
        array.forEach(t -> types.add(AccountType.fromWire(t.asText())));
        return types;
    }

    static Optional<JsonNode> optional(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
    }

    static Optional<String> string(JsonNode node, String field) {
        return optional(node, field).map(JsonNode::asText);
    }

    static Optional<Instant> instant(JsonNode node, String field) {
        return optional(node, field).map(v -> Instant.ofEpochSecond(v.asLong()));
    }

    private String text(JsonNode node) {
        try {
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException impossible) {
            throw new StorageException("could not write JSON", impossible);
        }
    }

    private JsonNode tree(String json) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException corrupt) {
            throw new StorageException("a stored document is not valid JSON", corrupt);
        }
    }
}
