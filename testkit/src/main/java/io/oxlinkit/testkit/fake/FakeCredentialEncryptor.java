package io.oxlinkit.testkit.fake;

import io.oxlinkit.application.port.CredentialEncryptor;
import io.oxlinkit.application.port.UnusableKeyException;
import io.oxlinkit.domain.key.EncryptionKey;
import io.oxlinkit.domain.secret.SecretValue;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * A stand-in for the OpenPGP encryptor in fast tests: it wraps the value in a PGP-armored envelope,
 * masked with a fresh random pad, that only {@link #reveal(String)} opens. Not encryption: never use it
 * outside tests. It refuses an expired key like the real one.
 */
public final class FakeCredentialEncryptor implements CredentialEncryptor {

    static final String HEADER = "-----BEGIN PGP MESSAGE-----\nComment: oxlinkit-testkit fake\n\n";
    static final String FOOTER = "\n-----END PGP MESSAGE-----\n";

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    /** Uses the given clock for the keys' dates. */
    public FakeCredentialEncryptor(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String encrypt(EncryptionKey key, SecretValue plaintext) {
        if (!clock.instant().isBefore(key.expiration())) {
            throw new UnusableKeyException.Expired("key " + key.id() + " expired at " + key.expiration());
        }
        byte[] bytes = plaintext.utf8Bytes();
        byte[] pad = new byte[bytes.length];
        random.nextBytes(pad);
        byte[] masked = new byte[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            masked[i] = pad[i];
            masked[bytes.length + i] = (byte) (bytes[i] ^ pad[i]);
        }
        Arrays.fill(bytes, (byte) 0);
        String body = key.id().value() + ":" + Base64.getEncoder().encodeToString(masked);
        return HEADER + body + FOOTER;
    }

    /** Opens a value made by any {@code FakeCredentialEncryptor}: the key id and the plaintext. */
    public static Optional<Opened> reveal(String armored) {
        if (!armored.startsWith(HEADER) || !armored.endsWith(FOOTER)) {
            return Optional.empty();
        }
        String body = armored.substring(HEADER.length(), armored.length() - FOOTER.length());
        int colon = body.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        byte[] masked;
        try {
            masked = Base64.getDecoder().decode(body.substring(colon + 1));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        int n = masked.length / 2;
        byte[] plain = new byte[n];
        for (int i = 0; i < n; i++) {
            plain[i] = (byte) (masked[i] ^ masked[n + i]);
        }
        return Optional.of(new Opened(body.substring(0, colon), new String(plain, StandardCharsets.UTF_8)));
    }

    /** What {@link #reveal(String)} found. */
    public record Opened(String keyId, String plaintext) {
        @Override
        public String toString() {
            return "Opened[keyId=" + keyId + ", plaintext=***]";
        }
    }
}
