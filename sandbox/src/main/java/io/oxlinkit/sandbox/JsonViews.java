package io.oxlinkit.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;

/** The JSON the API shows of a connection (in a response, or as an event's snapshot) and of an account. */
final class JsonViews {

    private JsonViews() {}

    /** A connection; events write each channel's id as {@code id}, responses as {@code channel_definition_id} (as the guide does). */
    static ObjectNode connection(LiveConnection connection, boolean asInEvents) {
        ObjectNode json = Json.object();
        json.put("id", connection.id);
        json.put("user_id", connection.userId);
        json.put("provider_id", connection.bank.id());
        json.put("name", connection.bank.name());
        json.put("status", connection.status().name());
        json.put("creation_date", connection.created);
        json.put("auto_sync", true);
        json.put("consent_per_account", true);
        json.put(
                "logo_url", "https://static.oxlin.io/common/pictures/providers_logos/" + connection.bank.id() + ".png");
        ArrayNode channels = json.putArray("channels");
        for (LiveChannel channel : connection.channels()) {
            ObjectNode c = channels.addObject();
            c.put(asInEvents ? "id" : "channel_definition_id", channel.def.id());
            c.put("mode", channel.def.mode());
            c.put("status", channel.state.name());
            if (channel.expires != null) {
                c.put("expires", channel.expires);
            }
            if (channel.lastSuccess != null) {
                c.put("last_success_date", channel.lastSuccess);
            }
            if (channel.lastEnd != null) {
                c.put("last_end_date", channel.lastEnd);
            }
            ArrayNode credentials = c.putArray("credentials");
            for (String[] masked : channel.masked) {
                credentials.addObject().put("id", masked[0]).put("masked_value", masked[1]);
            }
            ArrayNode types = c.putArray("account_types");
            channel.def.accountTypes().forEach(types::add);
        }
        json.putObject("owner");
        return json;
    }

    static ObjectNode account(Ledger.Account account, long now) {
        ObjectNode json = Json.object();
        json.put("id", account.id);
        json.put("connection_id", account.connectionId);
        json.put("name", account.def.name());
        json.put("account_number", "0000" + account.id);
        json.put("iban", "FR7630001007941234567890" + account.id.substring(Math.max(0, account.id.length() - 3)));
        json.put("balance", BigDecimal.valueOf(account.balanceCentsAt(now), 2));
        json.put("currency", "EUR");
        json.put("balance_date", now);
        json.put("type", account.def.type());
        json.put("status", account.statusAt(now));
        json.put("classification", "PERSONNAL");
        json.put("creation_date", account.anchor);
        json.put("last_channel_definition_id", account.channelId);
        return json;
    }
}
