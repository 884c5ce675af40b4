package io.oxlinkit.application.port;

import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.domain.secret.SecretValue;
import java.util.Optional;

/**
 * The secrets the library keeps per OXLIN user (their OXLIN password for the password grant, refresh
 * tokens). Implementations never store them in clear (a host KMS, or a sealed AES-GCM store) and never
 * log them. Thread-safe.
 */
public interface UserSecretVault {

    /** Kinds of user secrets. */
    enum Kind { PASSWORD, REFRESH_TOKEN }

    /** Stores (replaces) a secret. The value is copied; the caller may wipe its own. */
    void store(UserId user, Kind kind, SecretValue value);

    /** A fresh copy of the secret, which the caller must wipe after use. */
    Optional<SecretValue> find(UserId user, Kind kind);

    /** Erases every secret of the user. */
    void erase(UserId user);
}
