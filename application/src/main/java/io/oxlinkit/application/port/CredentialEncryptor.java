package io.oxlinkit.application.port;

import io.oxlinkit.domain.key.EncryptionKey;
import io.oxlinkit.domain.secret.SecretValue;

/**
 * Encrypts an {@code encrypt:true} credential to OXLIN's PGP key. Thread-safe. The plaintext is read,
 * not wiped: the caller owns it.
 */
public interface CredentialEncryptor {

    /**
     * Encrypts {@code plaintext} (UTF-8) to {@code key}.
     *
     * @return an ASCII-armored PGP message ({@code -----BEGIN PGP MESSAGE-----})
     * @throws UnusableKeyException when the key cannot be used (malformed, no encryption key, revoked, expired)
     */
    String encrypt(EncryptionKey key, SecretValue plaintext);
}
