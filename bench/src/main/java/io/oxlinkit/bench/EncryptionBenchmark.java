package io.oxlinkit.bench;

import io.oxlinkit.adapter.crypto.BouncyCastlePgpEncryptor;
import io.oxlinkit.adapter.crypto.TestKeys;
import io.oxlinkit.domain.id.KeyId;
import io.oxlinkit.domain.key.EncryptionKey;
import io.oxlinkit.domain.secret.SecretValue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.bcpg.ArmoredInputStream;
import org.bouncycastle.bcpg.ArmoredOutputStream;
import org.bouncycastle.bcpg.SymmetricKeyAlgorithmTags;
import org.bouncycastle.openpgp.PGPEncryptedDataGenerator;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPLiteralData;
import org.bouncycastle.openpgp.PGPLiteralDataGenerator;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.bouncycastle.openpgp.operator.bc.BcKeyFingerprintCalculator;
import org.bouncycastle.openpgp.operator.bc.BcPGPDataEncryptorBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPublicKeyKeyEncryptionMethodGenerator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Encryptions per second of a 16-byte credential, per key type: through the adapter
 * ({@link BouncyCastlePgpEncryptor}, key cached) and through Bouncy Castle called directly with the
 * same choices (AES-256, SEIPD v1, armored, literal data, key parsed once). The ratio of the two is
 * the adapter's overhead.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EncryptionBenchmark {

    private static final String CREDENTIAL = "0123456789abcdef";

    @Param({"GUIDE_RSA_1024", "RSA_2048", "RSA_4096", "CURVE25519", "NIST_P256"})
    public String keyType;

    private BouncyCastlePgpEncryptor adapter;
    private EncryptionKey key;
    private SecretValue secret;
    private PGPPublicKey rawKey;
    private SecureRandom random;

    @Setup
    public void setUp() throws IOException {
        String armored = keyType.equals("GUIDE_RSA_1024")
                ? TestKeys.guideSampleKey()
                : TestKeys.generate(TestKeys.Kind.valueOf(keyType)).armoredPublicKey();
        key = new EncryptionKey(KeyId.of(keyType), armored, Instant.now().plus(Duration.ofDays(1)));
        adapter = new BouncyCastlePgpEncryptor(Clock.systemUTC());
        secret = SecretValue.of(CREDENTIAL);
        random = new SecureRandom();
        rawKey = encryptionKeyOf(armored);
    }

    @Benchmark
    public String adapter() {
        return adapter.encrypt(key, secret);
    }

    @Benchmark
    public String rawBouncyCastle() throws IOException, PGPException {
        byte[] plaintext = CREDENTIAL.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(1024);
        PGPEncryptedDataGenerator generator =
                new PGPEncryptedDataGenerator(new BcPGPDataEncryptorBuilder(SymmetricKeyAlgorithmTags.AES_256)
                        .setWithIntegrityPacket(true)
                        .setSecureRandom(random));
        generator.addMethod(new BcPublicKeyKeyEncryptionMethodGenerator(rawKey).setSecureRandom(random));
        ArmoredOutputStream armored = new ArmoredOutputStream(buffer);
        try (OutputStream encrypted = generator.open(armored, new byte[1 << 12]);
                OutputStream literal = new PGPLiteralDataGenerator()
                        .open(encrypted, PGPLiteralData.UTF8, "", plaintext.length, new Date(0))) {
            literal.write(plaintext);
        }
        armored.close();
        return buffer.toString(StandardCharsets.US_ASCII);
    }

    private static PGPPublicKey encryptionKeyOf(String armored) throws IOException {
        try (InputStream in =
                new ArmoredInputStream(new ByteArrayInputStream(armored.getBytes(StandardCharsets.US_ASCII)))) {
            PGPPublicKeyRing ring = new PGPPublicKeyRing(in, new BcKeyFingerprintCalculator());
            PGPPublicKey chosen = ring.getPublicKey();
            for (Iterator<PGPPublicKey> keys = ring.getPublicKeys(); keys.hasNext(); ) {
                PGPPublicKey candidate = keys.next();
                if (!candidate.isMasterKey() && candidate.isEncryptionKey()) {
                    chosen = candidate;
                }
            }
            return chosen;
        }
    }
}
