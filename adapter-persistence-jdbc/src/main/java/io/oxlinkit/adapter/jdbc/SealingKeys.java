package io.oxlinkit.adapter.jdbc;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The AES-256 keys that seal user secrets at rest, supplied by the host (from its KMS or secret
 * manager), each under a name. New secrets are sealed with the current key; older keys stay only to
 * open what they sealed until {@link JdbcUserSecretVault#rotate()} re-seals it.
 */
public final class SealingKeys {

    private final String currentId;
    private final Map<String, SecretKey> keys;

    private SealingKeys(String currentId, Map<String, SecretKey> keys) {
        this.currentId = currentId;
        this.keys = keys;
    }

    /**
     * Keys with {@code id} as the current one.
     *
     * @param key 32 random bytes; copied, so the caller may wipe its array
     */
    public static SealingKeys current(String id, byte[] key) {
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        keys.put(checkId(id), aes(key));
        return new SealingKeys(id, keys);
    }

    /** The same keys plus an older one, kept to open what it sealed. */
    public SealingKeys withRetired(String id, byte[] key) {
        Map<String, SecretKey> more = new LinkedHashMap<>(keys);
        if (more.containsKey(checkId(id))) {
            throw new IllegalArgumentException("sealing key id " + id + " is given twice");
        }
        more.put(id, aes(key));
        return new SealingKeys(currentId, more);
    }

    String currentId() {
        return currentId;
    }

    SecretKey currentKey() {
        return keys.get(currentId);
    }

    Optional<SecretKey> key(String id) {
        return Optional.ofNullable(keys.get(id));
    }

    private static SecretKey aes(byte[] key) {
        Objects.requireNonNull(key, "key must not be null");
        if (key.length != 32) {
            throw new IllegalArgumentException("a sealing key must be 32 bytes (AES-256)");
        }
        byte[] copy = key.clone();
        SecretKey secret = new SecretKeySpec(copy, "AES");
        Arrays.fill(copy, (byte) 0);
        return secret;
    }

    private static String checkId(String id) {
        if (id == null || !id.matches("[A-Za-z0-9._-]{1,64}")) {
            throw new IllegalArgumentException("a sealing key id is 1 to 64 letters, digits, '.', '_' or '-'");
        }
        return id;
    }

    @Override
    public String toString() {
        return "SealingKeys[current=" + currentId + ", ids=" + keys.keySet() + "]";
    }
}
