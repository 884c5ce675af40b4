package io.oxlinkit.sandbox;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.bcpg.ArmoredOutputStream;
import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.bcpg.PublicKeyPacket;
import org.bouncycastle.bcpg.sig.KeyFlags;
import org.bouncycastle.openpgp.PGPCompressedData;
import org.bouncycastle.openpgp.PGPEncryptedData;
import org.bouncycastle.openpgp.PGPEncryptedDataList;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPKeyPair;
import org.bouncycastle.openpgp.PGPKeyRingGenerator;
import org.bouncycastle.openpgp.PGPLiteralData;
import org.bouncycastle.openpgp.PGPObjectFactory;
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
 * One key of {@code POST /keys}: an RSA-2048 OpenPGP key pair whose public part is served armored, and
 * whose private part opens the {@code encrypt:true} credentials sent to it. Like OXLIN's old reader, it
 * opens integrity-protected SEIPD v1 messages and legacy tag-9 ones, and refuses AEAD (v2) messages,
 * plaintext, and messages encrypted to another key.
 */
final class PgpKeyPair {

    /** Why a value could not be opened. */
    enum Refusal {
        NOT_A_PGP_MESSAGE,
        OTHER_KEY,
        UNSUPPORTED_FORMAT,
        INTEGRITY
    }

    /** Thrown with the reason a value was refused. */
    static final class RefusedValue extends Exception {
        final Refusal refusal;

        RefusedValue(Refusal refusal) {
            super(refusal.name(), null, false, false);
            this.refusal = refusal;
        }
    }

    private final PGPPublicKeyRing publicRing;
    private final PGPSecretKeyRing secretRing;

    private PgpKeyPair(PGPPublicKeyRing publicRing, PGPSecretKeyRing secretRing) {
        this.publicRing = publicRing;
        this.secretRing = secretRing;
    }

    static PgpKeyPair generate(Instant created) {
        try {
            PGPKeyPairGenerator generator =
                    new BcPGPKeyPairGeneratorProvider().get(PublicKeyPacket.VERSION_4, Date.from(created));
            PGPKeyPair primary = generator.generateRsaKeyPair(2048);
            PGPSignatureSubpacketGenerator packets = new PGPSignatureSubpacketGenerator();
            packets.setKeyFlags(false, KeyFlags.CERTIFY_OTHER | KeyFlags.ENCRYPT_COMMS | KeyFlags.ENCRYPT_STORAGE);
            PGPKeyRingGenerator rings = new PGPKeyRingGenerator(
                    PGPSignature.POSITIVE_CERTIFICATION,
                    primary,
                    "OXLIN SANDBOX",
                    new BcPGPDigestCalculatorProvider().get(HashAlgorithmTags.SHA1),
                    packets.generate(),
                    null,
                    new BcPGPContentSignerBuilder(primary.getPublicKey().getAlgorithm(), HashAlgorithmTags.SHA256),
                    null);
            return new PgpKeyPair(rings.generatePublicKeyRing(), rings.generateSecretKeyRing());
        } catch (PGPException failure) {
            throw new IllegalStateException("could not generate a sandbox key", failure);
        }
    }

    String armoredPublicKey() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ArmoredOutputStream armored =
                ArmoredOutputStream.builder().setVersion("BCPG v1.43").build(out)) {
            publicRing.encode(armored);
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
        return out.toString(StandardCharsets.US_ASCII);
    }

    /** Opens an armored message sent to this key. */
    String decrypt(String armoredMessage) throws RefusedValue {
        if (armoredMessage == null || !armoredMessage.trim().startsWith("-----BEGIN PGP MESSAGE-----")) {
            throw new RefusedValue(Refusal.NOT_A_PGP_MESSAGE);
        }
        try {
            InputStream in = PGPUtil.getDecoderStream(
                    new ByteArrayInputStream(armoredMessage.getBytes(StandardCharsets.US_ASCII)));
            PGPObjectFactory factory = new PGPObjectFactory(in, new BcKeyFingerprintCalculator());
            Object first = factory.nextObject();
            if (!(first instanceof PGPEncryptedDataList)) {
                first = factory.nextObject();
            }
            if (!(first instanceof PGPEncryptedDataList list)) {
                throw new RefusedValue(Refusal.NOT_A_PGP_MESSAGE);
            }
            for (PGPEncryptedData data : list) {
                if (!(data instanceof PGPPublicKeyEncryptedData encrypted)) {
                    continue;
                }
                PGPSecretKey secret =
                        secretRing.getSecretKey(encrypted.getKeyIdentifier().getKeyId());
                if (secret == null) {
                    continue;
                }
                if (encrypted.isAEAD() || encrypted.getVersion() > 3) {
                    throw new RefusedValue(Refusal.UNSUPPORTED_FORMAT);
                }
                InputStream clear =
                        encrypted.getDataStream(new BcPublicKeyDataDecryptorFactory(secret.extractPrivateKey(null)));
                Object content = new PGPObjectFactory(clear, new BcKeyFingerprintCalculator()).nextObject();
                if (content instanceof PGPCompressedData compressed) {
                    content = new PGPObjectFactory(compressed.getDataStream(), new BcKeyFingerprintCalculator())
                            .nextObject();
                }
                if (!(content instanceof PGPLiteralData literal)) {
                    throw new RefusedValue(Refusal.NOT_A_PGP_MESSAGE);
                }
                byte[] bytes = literal.getDataStream().readAllBytes();
                if (encrypted.isIntegrityProtected() && !encrypted.verify()) {
                    throw new RefusedValue(Refusal.INTEGRITY);
                }
                return new String(bytes, StandardCharsets.UTF_8);
            }
            throw new RefusedValue(Refusal.OTHER_KEY);
        } catch (IOException | PGPException | RuntimeException unreadable) {
            throw new RefusedValue(Refusal.NOT_A_PGP_MESSAGE);
        }
    }
}
