package io.oxlinkit.testkit.fake;

import io.oxlinkit.application.port.OxlinApiException;
import io.oxlinkit.domain.id.KeyId;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.domain.key.EncryptionKey;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** The fake's users and their PGP keys. */
final class FakeDirectory {

    private record OwnedKey(UserId owner, EncryptionKey key) {}

    private final Clock clock;
    private final Supplier<String> ids;
    private final Map<UserId, String> users = new HashMap<>();
    private final Map<UserId, String> passwords = new HashMap<>();
    private final Map<KeyId, OwnedKey> keys = new HashMap<>();
    private final java.util.Set<KeyId> revoked = new java.util.HashSet<>();
    private Duration keyValidity = Duration.ofHours(1);

    FakeDirectory(Clock clock, Supplier<String> ids) {
        this.clock = clock;
        this.ids = ids;
    }

    UserId createUser(String email, String password) {
        if (users.containsValue(email)) {
            throw new OxlinApiException.Conflict("user_exists", "a user with this email exists", "");
        }
        UserId id = UserId.of(ids.get());
        users.put(id, email);
        passwords.put(id, password);
        return id;
    }

    /** The user this login belongs to, as {@code GET /users/me} with a token for it would say. */
    UserId identify(String email, String password) {
        return users.entrySet().stream()
                .filter(e ->
                        e.getValue().equals(email) && passwords.get(e.getKey()).equals(password))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow(() ->
                        new OxlinApiException.Unauthorized("invalid_grant", "the login or the password is wrong", ""));
    }

    boolean deleteUser(UserId user) {
        keys.values().removeIf(k -> k.owner().equals(user));
        passwords.remove(user);
        return users.remove(user) != null;
    }

    void requireUser(UserId user) {
        if (!users.containsKey(user)) {
            throw new OxlinApiException.Unauthorized("invalid_token", "unknown user", "");
        }
    }

    void keyValidity(Duration validity) {
        this.keyValidity = validity;
    }

    KeyId createKey(UserId user) {
        KeyId id = KeyId.of(ids.get());
        keys.put(
                id,
                new OwnedKey(
                        user,
                        new EncryptionKey(
                                id,
                                "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nfake-" + id
                                        + "\n-----END PGP PUBLIC KEY BLOCK-----\n",
                                clock.instant().plus(keyValidity))));
        return id;
    }

    EncryptionKey key(UserId user, KeyId id) {
        return Optional.ofNullable(keys.get(id))
                .filter(k -> k.owner().equals(user))
                .map(OwnedKey::key)
                .orElseThrow(() -> new OxlinApiException.NotFound("not_found", "key " + id + " not found", ""));
    }

    /** OXLIN revokes every key of the user now: each is refused from now on, whatever its dates say. */
    void revokeKeys(UserId user) {
        keys.forEach((id, owned) -> {
            if (owned.owner().equals(user)) {
                revoked.add(id);
            }
        });
    }

    /** The user's key, refused when unknown, revoked or expired. */
    EncryptionKey usableKey(UserId user, Optional<KeyId> id) {
        if (id.isEmpty()) {
            throw new OxlinApiException.BadRequest("invalid_key", "encrypted values need a key_id", "");
        }
        EncryptionKey key = Optional.ofNullable(keys.get(id.get()))
                .filter(k -> k.owner().equals(user))
                .map(OwnedKey::key)
                .orElseThrow(
                        () -> new OxlinApiException.BadRequest("invalid_key", "key " + id.get() + " is unknown", ""));
        if (revoked.contains(key.id())) {
            throw new OxlinApiException.Unprocessable(
                    "key_revoked", "key " + key.id() + " was revoked; create a new one", "");
        }
        if (!clock.instant().isBefore(key.expiration())) {
            throw new OxlinApiException.Unprocessable("key_expired", "key " + key.id() + " has expired", "");
        }
        return key;
    }
}
