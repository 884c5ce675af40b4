package io.oxlinkit.adapter.crypto;

import io.oxlinkit.application.port.CredentialEncryptor;
import io.oxlinkit.application.port.UnusableKeyException;
import io.oxlinkit.domain.id.KeyId;
import io.oxlinkit.domain.key.EncryptionKey;
import io.oxlinkit.domain.secret.SecretValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.bcpg.ArmoredOutputStream;
import org.bouncycastle.bcpg.SymmetricKeyAlgorithmTags;
import org.bouncycastle.openpgp.PGPEncryptedDataGenerator;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPLiteralData;
import org.bouncycastle.openpgp.PGPLiteralDataGenerator;
import org.bouncycastle.openpgp.operator.bc.BcPGPDataEncryptorBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPublicKeyKeyEncryptionMethodGenerator;

/**
 * Encrypts {@code encrypt:true} credentials to OXLIN's PGP key with Bouncy Castle.
 *
 * <ul>
 *   <li>Output: an ASCII-armored message, AES-256, integrity-protected (SEIPD v1 with MDC, the newest
 *       format OXLIN's 2012-era reader opens), a fresh session key per value, UTF-8 literal data.</li>
 *   <li>No compression: a credential is a few bytes, so compression saves nothing, and compressing
 *       secrets before encryption lets their length leak information about their content.</li>
 *   <li>Keys: RSA (1024 to 4096, with or without key flags), ECDH on Curve25519 and NIST P-256. The
 *       key is read once per key id and text, then cached; refusals are typed
 *       ({@link UnusableKeyException} subtypes).</li>
 *   <li>Bouncy Castle's lightweight API is used, not its JCA provider: nothing is registered in the
 *       JVM, so a host's own security set-up is untouched.</li>
 *   <li>Thread-safe. The plaintext's bytes are wiped after use; no secret reaches a log or a message.</li>
 * </ul>
 */
public final class BouncyCastlePgpEncryptor implements CredentialEncryptor {

    /** Keys kept parsed; beyond it the cache starts afresh (a host has one live key per user). */
    static final int MAX_CACHED_KEYS = 10_000;

    private record Parsed(String armored, RecipientKey recipient) {}

    private final Clock clock;
    private final SecureRandom random;
    private final Map<KeyId, Parsed> cache = new ConcurrentHashMap<>();

    /** An encryptor checking expirations against {@code clock}, with a new {@link SecureRandom}. */
    public BouncyCastlePgpEncryptor(Clock clock) {
        this(clock, new SecureRandom());
    }

    /** An encryptor with an explicit source of session keys. */
    public BouncyCastlePgpEncryptor(Clock clock, SecureRandom random) {
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
        this.random = Objects.requireNonNull(random, "random must not be null");
    }

    @Override
    public String encrypt(EncryptionKey key, SecretValue plaintext) {
        Instant now = clock.instant();
        if (!now.isBefore(key.expiration())) {
            throw new UnusableKeyException.Expired(
                    "key " + key.id() + " expired at " + key.expiration() + " (OXLIN's date)");
        }
        RecipientKey recipient = recipient(key);
        if (recipient.expiresAt().isPresent()
                && !now.isBefore(recipient.expiresAt().get())) {
            throw new UnusableKeyException.Expired(
                    "key " + key.id() + " expired at " + recipient.expiresAt().get());
        }
        byte[] bytes = plaintext.utf8Bytes();
        try {
            return armor(recipient, bytes);
        } catch (IOException | PGPException failure) {
            throw PublicKeyReader.malformed(
                    key.id(), failure instanceof PGPException p ? p : new PGPException("i/o", failure));
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /** Parses once per key id and text; a changed text under the same id is parsed again. */
    RecipientKey recipient(EncryptionKey key) {
        Parsed cached = cache.get(key.id());
        if (cached != null && cached.armored().equals(key.armoredPublicKey())) {
            return cached.recipient();
        }
        RecipientKey recipient = PublicKeyReader.read(key.id(), key.armoredPublicKey());
        if (cache.size() >= MAX_CACHED_KEYS) {
            cache.clear();
        }
        cache.put(key.id(), new Parsed(key.armoredPublicKey(), recipient));
        return recipient;
    }

    /** How many keys are parsed and cached (test seam). */
    int cachedKeys() {
        return cache.size();
    }

    private String armor(RecipientKey recipient, byte[] plaintext) throws IOException, PGPException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(1024 + plaintext.length * 2);
        PGPEncryptedDataGenerator generator =
                new PGPEncryptedDataGenerator(new BcPGPDataEncryptorBuilder(SymmetricKeyAlgorithmTags.AES_256)
                        .setWithIntegrityPacket(true)
                        .setSecureRandom(random));
        generator.addMethod(new BcPublicKeyKeyEncryptionMethodGenerator(recipient.key()).setSecureRandom(random));
        ArmoredOutputStream armored =
                ArmoredOutputStream.builder().clearHeaders().build(buffer);
        try (OutputStream encrypted = generator.open(armored, new byte[1 << 12]);
                OutputStream literal = new PGPLiteralDataGenerator()
                        .open(encrypted, PGPLiteralData.UTF8, "", plaintext.length, new Date(0))) {
            literal.write(plaintext);
        }
        armored.close();
        return buffer.toString(StandardCharsets.US_ASCII);
    }
}
