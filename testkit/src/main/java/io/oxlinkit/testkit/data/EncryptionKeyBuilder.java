package io.oxlinkit.testkit.data;

import io.oxlinkit.domain.id.KeyId;
import io.oxlinkit.domain.key.EncryptionKey;
import java.time.Instant;

/** Builds an {@link EncryptionKey} (a placeholder armored block: use adapter-crypto's test keys for real PGP). */
public final class EncryptionKeyBuilder {

    private String id = "k1";
    private String armored =
            "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nplaceholder\n-----END PGP PUBLIC KEY BLOCK-----\n";
    private Instant expiration = Instant.parse("2030-01-01T00:00:00Z");

    /** Sets the id. */
    public EncryptionKeyBuilder id(String value) {
        this.id = value;
        return this;
    }

    /** Sets the armored public key. */
    public EncryptionKeyBuilder armoredPublicKey(String value) {
        this.armored = value;
        return this;
    }

    /** Sets the expiration. */
    public EncryptionKeyBuilder expiration(Instant value) {
        this.expiration = value;
        return this;
    }

    /** The encryption key with the values set so far. */
    public EncryptionKey build() {
        return new EncryptionKey(KeyId.of(id), armored, expiration);
    }
}
