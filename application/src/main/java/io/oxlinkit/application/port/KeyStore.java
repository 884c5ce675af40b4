package io.oxlinkit.application.port;

import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.domain.key.EncryptionKey;
import java.util.Optional;

/** The current PGP key of each user. Thread-safe; failures throw {@link StorageException}. */
public interface KeyStore {

    /** The user's newest key, if any (it may be expired: the caller checks). */
    Optional<EncryptionKey> current(UserId user);

    /** Saves a key as the user's newest. */
    void save(UserId user, EncryptionKey key);

    /** Erases the user's key; absent is not an error. */
    void erase(UserId user);
}
