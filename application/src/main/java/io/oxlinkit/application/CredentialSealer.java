package io.oxlinkit.application;

import io.oxlinkit.application.port.CredentialEncryptor;
import io.oxlinkit.application.port.OutgoingCredential;
import io.oxlinkit.domain.id.KeyId;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.domain.input.Submission;
import io.oxlinkit.domain.input.SubmittedValue;
import io.oxlinkit.domain.key.EncryptionKey;
import io.oxlinkit.domain.secret.SecretValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns a checked submission into wire values: encrypts exactly the {@code encrypt:true} values to the
 * user's valid key, copies the others, and wipes the submission's plaintext in every case.
 */
public final class CredentialSealer {

    private final EncryptionKeys keys;
    private final CredentialEncryptor encryptor;

    public CredentialSealer(EncryptionKeys keys, CredentialEncryptor encryptor) {
        this.keys = Objects.requireNonNull(keys, "keys must not be null");
        this.encryptor = Objects.requireNonNull(encryptor, "encryptor must not be null");
    }

    /** Seals the submission; its plaintext is wiped when this returns or throws. */
    public SealedCredentials seal(UserId user, Submission submission) {
        List<OutgoingCredential> out = new ArrayList<>();
        try {
            Optional<EncryptionKey> key = submission.idsToEncrypt().isEmpty()
                    ? Optional.empty() : Optional.of(keys.validKey(user));
            for (SubmittedValue value : submission.values()) {
                if (value.mustEncrypt()) {
                    String armored = encryptor.encrypt(key.orElseThrow(), value.value());
                    out.add(new OutgoingCredential(value.id(), SecretValue.of(armored), true));
                } else {
                    char[] chars = value.value().copyChars();
                    try {
                        out.add(new OutgoingCredential(value.id(), SecretValue.of(chars), false));
                    } finally {
                        java.util.Arrays.fill(chars, '\0');
                    }
                }
            }
            Optional<KeyId> keyId = key.map(EncryptionKey::id);
            return new SealedCredentials(keyId, out);
        } catch (RuntimeException failure) {
            out.forEach(c -> c.value().wipe());
            throw failure;
        } finally {
            submission.wipe();
        }
    }
}
