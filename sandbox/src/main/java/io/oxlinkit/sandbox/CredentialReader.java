package io.oxlinkit.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.oxlinkit.sandbox.TestBanks.ChannelDef;
import io.oxlinkit.sandbox.TestBanks.CredentialDef;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * How the sandbox reads the credentials of a channel: known ids only, encrypted ones decrypted, and
 * every field present unless its pattern accepts the empty value (the guide's optional third field).
 * Its banks refuse any password that starts with "wrong".
 */
final class CredentialReader {

    private final Keys keys;

    CredentialReader(Keys keys) {
        this.keys = keys;
    }

    /** The plaintext of every credential sent, by id. */
    Map<String, String> read(String userId, ChannelDef channel, String keyId, ArrayNode credentials) {
        Map<String, String> values = new LinkedHashMap<>();
        for (JsonNode credential : credentials) {
            String id = Json.text(credential, "id");
            String value = Json.text(credential, "value");
            CredentialDef def = channel.credentials().stream()
                    .filter(c -> c.id().equals(id))
                    .findFirst()
                    .orElseThrow(() -> ApiError.badRequest(
                            "invalid_credential", "channel " + channel.id() + " has no credential " + id));
            values.put(id, def.encrypt() ? keys.decrypt(userId, keyId, id, value) : value);
        }
        return values;
    }

    /** Like {@link #read}, and every required field of the channel must be there. */
    Map<String, String> readWhole(String userId, ChannelDef channel, String keyId, ArrayNode credentials) {
        Map<String, String> values = read(userId, channel, keyId, credentials);
        for (CredentialDef def : channel.credentials()) {
            if (!values.containsKey(def.id()) && !optional(def)) {
                throw ApiError.badRequest("missing_credential", "credential " + def.id() + " is required");
            }
        }
        return values;
    }

    static boolean optional(CredentialDef def) {
        try {
            return Pattern.compile(def.regexp()).matcher("").find();
        } catch (PatternSyntaxException unreadable) {
            return false;
        }
    }

    static boolean refused(Map<String, String> values) {
        return values.values().stream().anyMatch(v -> v.toLowerCase(Locale.ROOT).startsWith("wrong"));
    }

    /** Keeps what OXLIN shows back: the last two characters of plain TEXT fields. */
    static void mask(LiveChannel channel, Map<String, String> values) {
        channel.masked.clear();
        for (CredentialDef def : channel.def.credentials()) {
            String value = values.get(def.id());
            if (value != null && !value.isEmpty() && def.type().equals("TEXT") && !def.encrypt()) {
                channel.masked.add(new String[] {def.id(), "**" + value.substring(Math.max(0, value.length() - 2))});
            }
        }
    }
}
