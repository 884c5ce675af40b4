package io.oxlinkit.adapter.jdbc.codec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.oxlinkit.domain.connection.ChannelStatus;
import io.oxlinkit.domain.id.ChannelDefinitionId;
import io.oxlinkit.domain.lifecycle.RequiredAction;
import java.time.Instant;

/**
 * The storage form of a {@link RequiredAction}: {@code {"kind": ..., "channel": ..., ...}}. A kind this
 * version does not know reads as {@code RetryLater} on its channel (the cautious wait), never as healthy.
 */
final class RequiredActionCodec {

    private final ObjectMapper mapper;

    RequiredActionCodec(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    ObjectNode write(RequiredAction action) {
        ObjectNode node = mapper.createObjectNode();
        if (action instanceof RequiredAction.None) {
            return node.put("kind", "none");
        }
        if (action instanceof RequiredAction.Wait a) {
            return node.put("kind", "wait").put("channel", a.channel().value());
        }
        if (action instanceof RequiredAction.AnswerChallenge a) {
            return node.put("kind", "answer_challenge")
                    .put("channel", a.channel().value());
        }
        if (action instanceof RequiredAction.RestartChallenge a) {
            return node.put("kind", "restart_challenge")
                    .put("channel", a.channel().value())
                    .put("reason", a.reason().name());
        }
        if (action instanceof RequiredAction.UpdateCredentials a) {
            node.put("kind", "update_credentials")
                    .put("channel", a.channel().value())
                    .put("reason", a.reason().name());
            DomainCodec.putMasked(node, a.maskedCredentials());
            return node;
        }
        if (action instanceof RequiredAction.ReauthorizeAtBank a) {
            return node.put("kind", "reauthorize_at_bank")
                    .put("channel", a.channel().value())
                    .put("reason", a.reason().name());
        }
        if (action instanceof RequiredAction.ActOnProviderWebsite a) {
            return node.put("kind", "act_on_provider_website")
                    .put("channel", a.channel().value());
        }
        if (action instanceof RequiredAction.AddChannel a) {
            return node.put("kind", "add_channel").put("channel", a.channel().value());
        }
        if (action instanceof RequiredAction.RenewBeforeExpiry a) {
            return node.put("kind", "renew_before_expiry")
                    .put("channel", a.channel().value())
                    .put("expires", a.expires().getEpochSecond());
        }
        if (action instanceof RequiredAction.RetryLater a) {
            return node.put("kind", "retry_later").put("channel", a.channel().value());
        }
        RequiredAction.CheckUnknownStatus a = (RequiredAction.CheckUnknownStatus) action;
        return node.put("kind", "check_unknown_status")
                .put("channel", a.channel().value())
                .put("reported_status", a.reportedStatus());
    }

    RequiredAction read(JsonNode node, ChannelDefinitionId fallbackChannel) {
        ChannelDefinitionId channel = node.hasNonNull("channel")
                ? ChannelDefinitionId.of(node.path("channel").asText())
                : fallbackChannel;
        ChannelStatus reason = ChannelStatus.fromWire(node.path("reason").asText(""));
        return switch (node.path("kind").asText("")) {
            case "none" -> new RequiredAction.None();
            case "wait" -> new RequiredAction.Wait(channel);
            case "answer_challenge" -> new RequiredAction.AnswerChallenge(channel);
            case "restart_challenge" -> new RequiredAction.RestartChallenge(channel, reason);
            case "update_credentials" ->
                new RequiredAction.UpdateCredentials(channel, DomainCodec.masked(node.path("masked")), reason);
            case "reauthorize_at_bank" -> new RequiredAction.ReauthorizeAtBank(channel, reason);
            case "act_on_provider_website" -> new RequiredAction.ActOnProviderWebsite(channel);
            case "add_channel" -> new RequiredAction.AddChannel(channel);
            case "renew_before_expiry" ->
                new RequiredAction.RenewBeforeExpiry(
                        channel, Instant.ofEpochSecond(node.path("expires").asLong()));
            case "check_unknown_status" ->
                new RequiredAction.CheckUnknownStatus(
                        channel, node.path("reported_status").asText("UNKNOWN"));
            default -> new RequiredAction.RetryLater(channel);
        };
    }
}
