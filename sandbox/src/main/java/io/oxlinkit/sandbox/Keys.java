package io.oxlinkit.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/** The users' PGP keys, and the decryption of the credentials encrypted to them. */
final class Keys {

    private record Key(String id, String userId, PgpKeyPair pair, Instant expiration) {}

    private final VirtualClock clock;
    private final Supplier<String> ids;
    private final Duration validity;
    private final Map<String, Key> keys = new HashMap<>();

    Keys(VirtualClock clock, Supplier<String> ids, Duration validity) {
        this.clock = clock;
        this.ids = ids;
        this.validity = validity;
    }

    /** The most keys one user holds. */
    int mostKeysOfOneUser() {
        Map<String, Integer> perUser = new HashMap<>();
        keys.values().forEach(k -> perUser.merge(k.userId(), 1, Integer::sum));
        return perUser.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    String create(String userId) {
        String id = ids.get();
        keys.put(
                id,
                new Key(
                        id,
                        userId,
                        PgpKeyPair.generate(clock.now()),
                        clock.now().plus(validity)));
        return id;
    }

    ObjectNode json(String userId, String id) {
        Key key = keys.get(id);
        if (key == null || !key.userId().equals(userId)) {
            throw ApiError.notFound("key " + id);
        }
        ObjectNode json = Json.object();
        json.put("id", key.id());
        json.put("public_key", key.pair().armoredPublicKey());
        json.put("type", "PGP");
        json.put("expiration_date", key.expiration().getEpochSecond());
        return json;
    }

    String armoredPublicKey(String id) {
        Key key = keys.get(id);
        if (key == null) {
            throw ApiError.notFound("key " + id);
        }
        return key.pair().armoredPublicKey();
    }

    void removeUser(String userId) {
        keys.values().removeIf(k -> k.userId().equals(userId));
    }

    /** Opens a credential encrypted to the user's key, refusing with the API's typed errors. */
    String decrypt(String userId, String keyId, String credentialId, String value) {
        if (keyId == null) {
            throw ApiError.badRequest(
                    "missing_field", "key_id is required: credential " + credentialId + " must be encrypted");
        }
        Key key = keys.get(keyId);
        if (key == null || !key.userId().equals(userId)) {
            throw ApiError.badRequest("invalid_key", "key " + keyId + " is unknown");
        }
        if (!clock.now().isBefore(key.expiration())) {
            throw ApiError.unprocessable("key_expired", "key " + keyId + " has expired; create a new one");
        }
        try {
            return key.pair().decrypt(value);
        } catch (PgpKeyPair.RefusedValue refused) {
            throw switch (refused.refusal) {
                case NOT_A_PGP_MESSAGE ->
                    ApiError.unprocessable(
                            "credential_not_encrypted",
                            "credential " + credentialId + " must be a PGP message encrypted to key " + keyId);
                case OTHER_KEY ->
                    ApiError.unprocessable(
                            "wrong_key", "credential " + credentialId + " is encrypted to another key than " + keyId);
                case UNSUPPORTED_FORMAT ->
                    ApiError.unprocessable(
                            "unsupported_format",
                            "credential " + credentialId + " uses a PGP format this API cannot read (send SEIPD v1)");
                case INTEGRITY ->
                    ApiError.unprocessable(
                            "integrity_check_failed", "credential " + credentialId + " failed its integrity check");
            };
        }
    }
}
