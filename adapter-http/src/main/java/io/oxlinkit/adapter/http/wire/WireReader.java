package io.oxlinkit.adapter.http.wire;

import com.fasterxml.jackson.databind.JsonNode;
import io.oxlinkit.domain.account.Account;
import io.oxlinkit.domain.account.AccountClassification;
import io.oxlinkit.domain.account.AccountStatus;
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
import io.oxlinkit.domain.id.AccountId;
import io.oxlinkit.domain.id.ChannelDefinitionId;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.CredentialId;
import io.oxlinkit.domain.id.EventId;
import io.oxlinkit.domain.id.KeyId;
import io.oxlinkit.domain.id.ProviderId;
import io.oxlinkit.domain.key.EncryptionKey;
import io.oxlinkit.domain.provider.AccountType;
import io.oxlinkit.domain.provider.ChannelDefinition;
import io.oxlinkit.domain.provider.ChannelMode;
import io.oxlinkit.domain.provider.CredentialField;
import io.oxlinkit.domain.provider.Provider;
import io.oxlinkit.domain.wire.UnknownValues;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Maps OXLIN's JSON to domain objects, tolerantly: unknown fields are ignored, unknown enum values
 * become {@code UNKNOWN}, the guide's two spellings of a channel's id ({@code channel_definition_id} in
 * connections, {@code id} in events) are both read, and dates are epoch seconds.
 */
public final class WireReader {

    private WireReader() {}

    /**
     * The items of a list: OXLIN answers some lists as a bare array and others wrapped as
     * {@code {"<field>": [...]}}; both are read, and a missing field reads as no items.
     */
    public static JsonNode items(JsonNode body, String field) {
        return body.isArray() ? body : body.path(field);
    }

    /** A provider ({@code GET /providers/{id}}). */
    public static Provider provider(JsonNode node) {
        try {
            return providerRead(node);
        } catch (IllegalArgumentException
                | java.time.DateTimeException
                | ArithmeticException
                | NullPointerException invalid) {
            // what the domain's constructors refuse (an id too long, a value out of its range) is an answer the kit
            // cannot read
            throw WireFormatException.refused("provider", invalid);
        }
    }

    private static Provider providerRead(JsonNode node) {
        List<ChannelDefinition> channels = new ArrayList<>();
        for (JsonNode channel : node.path("channel_definitions")) {
            List<CredentialField> fields = new ArrayList<>();
            for (JsonNode field : channel.path("credentials")) {
                fields.add(CredentialField.of(
                        Fields.required(field, "id"),
                        Fields.text(field, "label"),
                        Fields.optional(field, "regexp").orElse(null),
                        Fields.text(field, "type"),
                        Fields.bool(field, "encrypt")));
            }
            boolean interactive =
                    channel.has("interactive") ? Fields.bool(channel, "interactive") : Fields.bool(node, "interactive");
            channels.add(new ChannelDefinition(
                    ChannelDefinitionId.of(Fields.required(channel, "id")),
                    ChannelMode.fromWire(Fields.text(channel, "mode")),
                    accountTypes(channel.path("account_types")),
                    interactive,
                    fields));
        }
        return new Provider(
                ProviderId.of(Fields.required(node, "id")),
                Fields.text(node, "name"),
                Fields.text(node, "country_code"),
                Fields.text(node, "logo_url"),
                channels,
                Fields.bool(node, "unavailable"),
                Fields.bool(node, "interactive"));
    }

    /** A connection ({@code GET /connections/{id}}, or the {@code resource} of an event). */
    public static Connection connection(JsonNode node) {
        try {
            return connectionRead(node);
        } catch (IllegalArgumentException
                | java.time.DateTimeException
                | ArithmeticException
                | NullPointerException invalid) {
            // what the domain's constructors refuse (an id too long, a value out of its range) is an answer the kit
            // cannot read
            throw WireFormatException.refused("connection", invalid);
        }
    }

    private static Connection connectionRead(JsonNode node) {
        List<Channel> channels = new ArrayList<>();
        for (JsonNode channel : node.path("channels")) {
            String id = Fields.optional(channel, "channel_definition_id")
                    .or(() -> Fields.optional(channel, "id"))
                    .orElseThrow(
                            () -> new WireFormatException("a channel has neither 'channel_definition_id' nor 'id'"));
            List<MaskedCredential> masked = new ArrayList<>();
            for (JsonNode credential : channel.path("credentials")) {
                Fields.optional(credential, "id")
                        .ifPresent(cid -> masked.add(
                                new MaskedCredential(CredentialId.of(cid), Fields.text(credential, "masked_value"))));
            }
            String rawMode = Fields.text(channel, "mode");
            String rawStatus = Fields.text(channel, "status");
            ChannelMode mode = ChannelMode.fromWire(rawMode);
            ChannelStatus status = ChannelStatus.fromWire(rawStatus);
            channels.add(new Channel(
                    ChannelDefinitionId.of(id),
                    mode,
                    status,
                    Fields.epoch(channel, "expires"),
                    Fields.epoch(channel, "last_success_date"),
                    Fields.epoch(channel, "last_end_date"),
                    masked,
                    accountTypes(channel.path("account_types")),
                    UnknownValues.none().with("mode", mode, rawMode).with("status", status, rawStatus)));
        }
        JsonNode owner = node.path("owner");
        String rawStatus = Fields.text(node, "status");
        ConnectionStatus status = ConnectionStatus.fromWire(rawStatus);
        return new Connection(
                ConnectionId.of(Fields.required(node, "id")),
                ProviderId.of(Fields.required(node, "provider_id")),
                Fields.text(node, "name"),
                status,
                !node.has("auto_sync") || Fields.bool(node, "auto_sync"),
                channels,
                new Owner(
                        Fields.optional(owner, "name"),
                        Fields.optional(owner, "address"),
                        Fields.epoch(owner, "birth_date"),
                        Fields.optional(owner, "birth_place"),
                        Fields.optional(owner, "phone_number")),
                Fields.epoch(node, "creation_date").filter(t -> t.getEpochSecond() > 0),
                UnknownValues.none().with("status", status, rawStatus));
    }

    /** An account ({@code GET /accounts}). */
    public static Account account(JsonNode node) {
        try {
            return accountRead(node);
        } catch (IllegalArgumentException
                | java.time.DateTimeException
                | ArithmeticException
                | NullPointerException invalid) {
            // what the domain's constructors refuse (an id too long, a value out of its range) is an answer the kit
            // cannot read
            throw WireFormatException.refused("account", invalid);
        }
    }

    private static Account accountRead(JsonNode node) {
        Optional<Money> balance =
                Fields.decimal(node, "balance").flatMap(amount -> currency(node).map(c -> new Money(amount, c)));
        String rawType = Fields.text(node, "type");
        String rawStatus = Fields.text(node, "status");
        String rawClassification = Fields.text(node, "classification");
        AccountType type = AccountType.fromWire(rawType);
        AccountStatus status = AccountStatus.fromWire(rawStatus);
        AccountClassification classification = AccountClassification.fromWire(rawClassification);
        return new Account(
                AccountId.of(Fields.required(node, "id")),
                ConnectionId.of(Fields.required(node, "connection_id")),
                Fields.optional(node, "name"),
                Fields.optional(node, "account_number"),
                Fields.optional(node, "iban"),
                balance,
                Fields.epoch(node, "balance_date"),
                type,
                status,
                classification,
                Fields.optional(node, "last_channel_definition_id").map(ChannelDefinitionId::of),
                UnknownValues.none()
                        .with("type", type, rawType)
                        .with("status", status, rawStatus)
                        .with("classification", classification, rawClassification));
    }

    /** A key ({@code GET /keys/{id}}). */
    public static EncryptionKey key(JsonNode node) {
        try {
            return keyRead(node);
        } catch (IllegalArgumentException
                | java.time.DateTimeException
                | ArithmeticException
                | NullPointerException invalid) {
            // what the domain's constructors refuse (an id too long, a value out of its range) is an answer the kit
            // cannot read
            throw WireFormatException.refused("key", invalid);
        }
    }

    private static EncryptionKey keyRead(JsonNode node) {
        Instant expiration = Fields.epoch(node, "expiration_date")
                .orElseThrow(() -> new WireFormatException("field 'expiration_date' is missing"));
        return new EncryptionKey(
                KeyId.of(Fields.required(node, "id")), Fields.required(node, "public_key"), expiration);
    }

    /** A widget session ({@code {session_id, _links: {add_connection}}}). */
    public static io.oxlinkit.domain.widget.WidgetSession widgetSession(JsonNode node) {
        try {
            return widgetSessionRead(node);
        } catch (IllegalArgumentException
                | java.time.DateTimeException
                | ArithmeticException
                | NullPointerException invalid) {
            // what the domain's constructors refuse (an id too long, a value out of its range) is an answer the kit
            // cannot read
            throw WireFormatException.refused("widgetSession", invalid);
        }
    }

    private static io.oxlinkit.domain.widget.WidgetSession widgetSessionRead(JsonNode node) {
        String url = Fields.optional(node.path("_links"), "add_connection")
                .orElseThrow(() -> new WireFormatException("the widget session has no _links.add_connection"));
        return new io.oxlinkit.domain.widget.WidgetSession(
                Fields.required(node, "session_id"), java.net.URI.create(url));
    }

    /** An event of the queue; an unknown type is kept as {@link Event.Unrecognized}. */
    public static Event event(JsonNode node) {
        try {
            return eventRead(node);
        } catch (IllegalArgumentException
                | java.time.DateTimeException
                | ArithmeticException
                | NullPointerException invalid) {
            // what the domain's constructors refuse (an id too long, a value out of its range) is an answer the kit
            // cannot read
            throw WireFormatException.refused("event", invalid);
        }
    }

    private static Event eventRead(JsonNode node) {
        JsonNode resource = node.path("resource");
        Optional<Connection> snapshot = resource.isObject() ? Optional.of(connection(resource)) : Optional.empty();
        ConnectionId connectionId = snapshot.map(Connection::id)
                .or(() -> Fields.optional(node, "resource_id").map(ConnectionId::of))
                .orElseThrow(
                        () -> new WireFormatException("event " + Fields.text(node, "id") + " names no connection"));
        EventHeader header = new EventHeader(
                EventId.of(Fields.required(node, "id")),
                connectionId,
                Fields.epoch(node, "creation_date").orElse(Instant.EPOCH),
                Fields.optional(node, "channel_definition_id").map(ChannelDefinitionId::of),
                snapshot);
        String rawType = Fields.optional(node, "event_type")
                .or(() -> Fields.optional(node, "event_status"))
                .orElse("");
        EventType type = EventType.fromWire(rawType);
        switch (type) {
            case LIST_ACCOUNTS_USER_INPUT_REQUESTED, SYNC_ALL_USER_INPUT_REQUESTED -> {
                JsonNode payload = node.path(type.payloadProperty());
                JsonNode items = items(payload, "challenge");
                List<Challenge> challenges = new ArrayList<>();
                for (JsonNode item : items) {
                    challenges.add(challenge(item));
                }
                if (challenges.isEmpty()) {
                    return new Event.Unrecognized(header, rawType);
                }
                return new Event.UserInputRequested(header, type, new ChallengePrompt(challenges));
            }
            case LIST_ACCOUNTS_SUCCESS, SYNC_ALL_SUCCESS -> {
                return new Event.SynchronizationSucceeded(header, type);
            }
            case LIST_ACCOUNTS_FAILURE, SYNC_ALL_FAILURE -> {
                return new Event.SynchronizationFailed(header, type);
            }
            default -> {
                return new Event.Unrecognized(header, rawType);
            }
        }
    }

    private static Challenge challenge(JsonNode item) {
        Map<String, String> params = new LinkedHashMap<>();
        item.path("params")
                .fields()
                .forEachRemaining(e -> params.put(e.getKey(), e.getValue().asText()));
        return Challenge.of(
                CredentialId.of(Fields.required(item, "id")),
                Fields.text(item, "label"),
                Fields.optional(item, "regexp").orElse(null),
                ChallengeType.fromWire(Fields.text(item, "type")),
                Fields.bool(item, "encrypt"),
                params);
    }

    private static Set<AccountType> accountTypes(JsonNode types) {
        Set<AccountType> set = EnumSet.noneOf(AccountType.class);
        types.forEach(t -> set.add(AccountType.fromWire(t.asText())));
        return set;
    }

    static Optional<Currency> currency(JsonNode node) {
        return Fields.optional(node, "currency").flatMap(code -> {
            try {
                return Optional.of(Currency.getInstance(code.trim().toUpperCase(java.util.Locale.ROOT)));
            } catch (IllegalArgumentException unknown) {
                return Optional.empty();
            }
        });
    }
}
