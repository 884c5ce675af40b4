package io.oxlinkit.adapter.crypto;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Iterator;
import org.bouncycastle.bcpg.ArmoredOutputStream;
import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.bcpg.PublicKeyPacket;
import org.bouncycastle.bcpg.sig.KeyFlags;
import org.bouncycastle.openpgp.PGPCompressedData;
import org.bouncycastle.openpgp.PGPEncryptedDataList;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPKeyPair;
import org.bouncycastle.openpgp.PGPKeyRingGenerator;
import org.bouncycastle.openpgp.PGPLiteralData;
import org.bouncycastle.openpgp.PGPObjectFactory;
import org.bouncycastle.openpgp.PGPPrivateKey;
import org.bouncycastle.openpgp.PGPPublicKeyEncryptedData;
import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.bouncycastle.openpgp.PGPSecretKey;
import org.bouncycastle.openpgp.PGPSecretKeyRing;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureSubpacketGenerator;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.operator.PGPKeyPairGenerator;
import org.bouncycastle.openpgp.operator.bc.BcKeyFingerprintCalculator;
import org.bouncycastle.openpgp.operator.bc.BcPGPContentSignerBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPGPDigestCalculatorProvider;
import org.bouncycastle.openpgp.operator.bc.BcPGPKeyPairGeneratorProvider;
import org.bouncycastle.openpgp.operator.bc.BcPublicKeyDataDecryptorFactory;

/**
 * Test key material made with Bouncy Castle: key pairs of every kind OXLIN may serve, their armored
 * public part, and decryption with their private part. Shared with the benchmarks through the test jar.
 */
public final class TestKeys {

    /** Kinds of keys. */
    public enum Kind {
        RSA_1024,
        RSA_2048,
        RSA_4096,
        CURVE25519,
        NIST_P256,
        SIGN_ONLY
    }

    /** A generated key: public ring and secret ring (unprotected). */
    public record Pair(PGPPublicKeyRing publicRing, PGPSecretKeyRing secretRing) {

        /** The armored public key block. */
        public String armoredPublicKey() {
            return armor(publicRing::encode);
        }

        /** The armored private key block. */
        public String armoredSecretKey() {
            return armor(secretRing::encode);
        }

        /** Decrypts a message made for this key; verifies its integrity packet. */
        public String decrypt(String armoredMessage) throws IOException, PGPException {
            InputStream in = PGPUtil.getDecoderStream(
                    new ByteArrayInputStream(armoredMessage.getBytes(StandardCharsets.US_ASCII)));
            PGPObjectFactory factory = new PGPObjectFactory(in, new BcKeyFingerprintCalculator());
            Object first = factory.nextObject();
            PGPEncryptedDataList list =
                    first instanceof PGPEncryptedDataList l ? l : (PGPEncryptedDataList) factory.nextObject();
            PGPPublicKeyEncryptedData data = (PGPPublicKeyEncryptedData) list.get(0);
            PGPSecretKey secret =
                    secretRing.getSecretKey(data.getKeyIdentifier().getKeyId());
            PGPPrivateKey key = secret.extractPrivateKey(null);
            if (!data.isIntegrityProtected()) {
                throw new PGPException("message is not integrity-protected");
            }
            InputStream clear = data.getDataStream(new BcPublicKeyDataDecryptorFactory(key));
            Object content = new PGPObjectFactory(clear, new BcKeyFingerprintCalculator()).nextObject();
            if (content instanceof PGPCompressedData compressed) {
                content =
                        new PGPObjectFactory(compressed.getDataStream(), new BcKeyFingerprintCalculator()).nextObject();
            }
            byte[] bytes = ((PGPLiteralData) content).getDataStream().readAllBytes();
            if (!data.verify()) {
                throw new PGPException("integrity check failed");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private interface Encoder {
        void encode(OutputStream out) throws IOException;
    }

    private TestKeys() {}

    /** A key of {@code kind}, created now, without expiry. */
    public static Pair generate(Kind kind) {
        return generate(kind, Instant.now(), null);
    }

    /** A key of {@code kind} created at {@code created}, expiring after {@code validity} (null: never). */
    public static Pair generate(Kind kind, Instant created, Duration validity) {
        try {
            PGPKeyPairGenerator generator =
                    new BcPGPKeyPairGeneratorProvider().get(PublicKeyPacket.VERSION_4, Date.from(created));
            PGPKeyPair primary;
            PGPKeyPair subkey;
            switch (kind) {
                case RSA_1024 -> {
                    primary = generator.generateRsaKeyPair(1024);
                    subkey = generator.generateRsaKeyPair(1024);
                }
                case RSA_2048 -> {
                    primary = generator.generateRsaKeyPair(2048);
                    subkey = generator.generateRsaKeyPair(2048);
                }
                case RSA_4096 -> {
                    primary = generator.generateRsaKeyPair(4096);
                    subkey = generator.generateRsaKeyPair(4096);
                }
                case CURVE25519 -> {
                    primary = generator.generateLegacyEd25519KeyPair();
                    subkey = generator.generateLegacyX25519KeyPair();
                }
                case NIST_P256 -> {
                    primary = generator.generateNistP256ECDSAKeyPair();
                    subkey = generator.generateNistP256ECDHKeyPair();
                }
                default -> {
                    primary = generator.generateLegacyEd25519KeyPair();
                    subkey = null;
                }
            }
            PGPSignatureSubpacketGenerator primaryPackets = new PGPSignatureSubpacketGenerator();
            primaryPackets.setKeyFlags(false, KeyFlags.CERTIFY_OTHER | KeyFlags.SIGN_DATA);
            if (validity != null) {
                primaryPackets.setKeyExpirationTime(false, validity.getSeconds());
            }
            PGPKeyRingGenerator rings = new PGPKeyRingGenerator(
                    PGPSignature.POSITIVE_CERTIFICATION,
                    primary,
                    "Oxlin Kit test <test@oxlinkit.io>",
                    new BcPGPDigestCalculatorProvider().get(HashAlgorithmTags.SHA1),
                    primaryPackets.generate(),
                    null,
                    new BcPGPContentSignerBuilder(primary.getPublicKey().getAlgorithm(), HashAlgorithmTags.SHA256),
                    null);
            if (subkey != null) {
                PGPSignatureSubpacketGenerator subPackets = new PGPSignatureSubpacketGenerator();
                subPackets.setKeyFlags(false, KeyFlags.ENCRYPT_COMMS | KeyFlags.ENCRYPT_STORAGE);
                rings.addSubKey(subkey, subPackets.generate(), null);
            }
            return new Pair(rings.generatePublicKeyRing(), rings.generateSecretKeyRing());
        } catch (PGPException failure) {
            throw new IllegalStateException("could not generate a " + kind + " test key", failure);
        }
    }

    /** The guide's sample public key (RSA-1024, BCPG v1.43, 2018), as a classpath resource. */
    public static String guideSampleKey() {
        try (InputStream in = TestKeys.class.getResourceAsStream("/keys/guide-sample-public-key.asc")) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException failure) {
            throw new IllegalStateException(failure);
        }
    }

    /** Number of keys (primary and subkeys) of a ring. */
    static int count(PGPPublicKeyRing ring) {
        int n = 0;
        for (Iterator<?> keys = ring.getPublicKeys(); keys.hasNext(); keys.next()) {
            n++;
        }
        return n;
    }

    private static String armor(Encoder encoder) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ArmoredOutputStream armored = new ArmoredOutputStream(out)) {
            encoder.encode(armored);
        } catch (IOException failure) {
            throw new IllegalStateException(failure);
        }
        return out.toString(StandardCharsets.US_ASCII);
    }
}
