package io.oxlinkit.domain.key;

import io.oxlinkit.domain.id.KeyId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A PGP public key created through {@code POST /keys}; EMBEDDED credentials marked {@code encrypt:true}
 * are encrypted to it. The API's expiration date is the one to honour (the key itself often has none).
 *
 * @param id the key id to send with the credentials
 * @param armoredPublicKey the ASCII-armored public key block
 * @param expiration when OXLIN stops accepting values encrypted to it
 */
public record EncryptionKey(KeyId id, String armoredPublicKey, Instant expiration) {

    /** Longest key text accepted (an RSA-4096 key with many signatures stays far below it). */
    public static final int MAX_ARMORED_LENGTH = 256 * 1024;

    /**
     * Requires every part and a non-blank key text of bounded size. Whether the text is a usable
     * OpenPGP public key is the encryptor's call: it answers with a typed error naming the reason.
     */
    public EncryptionKey {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(armoredPublicKey, "armoredPublicKey must not be null");
        Objects.requireNonNull(expiration, "expiration must not be null");
        if (armoredPublicKey.isBlank()) {
            throw new IllegalArgumentException("armoredPublicKey of key " + id + " must not be blank");
        }
        if (armoredPublicKey.length() > MAX_ARMORED_LENGTH) {
            throw new IllegalArgumentException(
                    "armoredPublicKey of key " + id + " is longer than " + MAX_ARMORED_LENGTH + " characters");
        }
    }

    /**
     * Whether a value encrypted now will still be accepted: the key must outlive {@code now} by
     * {@code margin}, leaving time for the request to reach OXLIN.
     */
    public boolean isUsableAt(Instant now, Duration margin) {
        return now.plus(margin).isBefore(expiration);
    }

    @Override
    public String toString() {
        return "EncryptionKey[id=" + id + ", expiration=" + expiration + "]";
    }
}
