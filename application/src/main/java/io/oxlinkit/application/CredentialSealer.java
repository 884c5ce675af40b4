package io.oxlinkit.application;

import io.oxlinkit.application.port.CredentialEncryptor;
import io.oxlinkit.application.port.OutgoingCredential;
import io.oxlinkit.application.port.OxlinApiException;
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
import java.util.function.Function;

/**
 * Turns a checked submission into wire values: encrypts exactly the {@code encrypt:true} values to the
 * user's valid key, copies the others, and wipes the submission's plaintext in every case.
 */
public final class CredentialSealer {

    private final EncryptionKeys keys;
    private final CredentialEncryptor encryptor;

    CredentialSealer(EncryptionKeys keys, CredentialEncryptor encryptor) {
        this.keys = Objects.requireNonNull(keys, "keys must not be null");
        this.encryptor = Objects.requireNonNull(encryptor, "encryptor must not be null");
    }

    /**
     * Seals the submission and hands it to {@code send}; when OXLIN refuses the key it was sealed to (a 400 or
     * 422 whose error code names the key, such as {@code key_expired}: the server's clock or its revocation
     * disagrees with the key's dates), the key is set aside, the submission is sealed again to a new key and
     * sent once more. The plaintext and every sealed copy are wiped when this returns or throws.
     */
    public <T> T sealAndSend(UserId user, Submission submission, Function<SealedCredentials, T> send) {
        try {
            Optional<KeyId> refusedKey;
            try (SealedCredentials sealed = sealOnce(user, submission)) {
                try {
                    return send.apply(sealed);
                } catch (OxlinApiException refused) {
                    if (!refusesTheKey(refused) || sealed.keyId().isEmpty()) {
                        throw refused;
                    }
                    refusedKey = sealed.keyId();
                }
            }
            keys.setAside(user, refusedKey.orElseThrow());
            try (SealedCredentials again = sealOnce(user, submission)) {
                return send.apply(again);
            }
        } finally {
            submission.wipe();
        }
    }

    /** {@link #sealAndSend} for a call whose answer the caller does not need. */
    public void sealAndDeliver(
            UserId user, Submission submission, java.util.function.Consumer<SealedCredentials> deliver) {
        sealAndSend(user, submission, envelope -> {
            deliver.accept(envelope);
            return Boolean.TRUE;
        });
    }

    /** Whether OXLIN's answer refuses the key the values were sealed to. */
    static boolean refusesTheKey(OxlinApiException refused) {
        boolean clientError =
                refused instanceof OxlinApiException.Unprocessable || refused instanceof OxlinApiException.BadRequest;
        return clientError
                && refused.errorCode().toLowerCase(java.util.Locale.ROOT).contains("key");
    }

    private SealedCredentials sealOnce(UserId user, Submission submission) {
        List<OutgoingCredential> out = new ArrayList<>();
        try {
            Optional<EncryptionKey> key =
                    submission.idsToEncrypt().isEmpty() ? Optional.empty() : Optional.of(keys.validKey(user));
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
        }
    }
}
