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

    /** Requires every part and an armored public key block. */
    public EncryptionKey {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(armoredPublicKey, "armoredPublicKey must not be null");
        Objects.requireNonNull(expiration, "expiration must not be null");
        if (!armoredPublicKey.contains("BEGIN PGP PUBLIC KEY BLOCK")) {
            throw new IllegalArgumentException("armoredPublicKey of key " + id + " is not an armored PGP public key block");
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
