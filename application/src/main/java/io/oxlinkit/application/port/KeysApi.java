package io.oxlinkit.application.port;

import io.oxlinkit.domain.id.KeyId;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.domain.key.EncryptionKey;

/** PGP encryption keys for EMBEDDED credentials. Every method may throw {@link OxlinApiException}. */
public interface KeysApi {

    /** Creates a PGP key ({@code POST /keys}); not idempotent. Returns the id from {@code Location}. */
    KeyId createKey(UserId user);

    /** Reads a key with its armored public part and expiration. */
    EncryptionKey key(UserId user, KeyId keyId);
}
