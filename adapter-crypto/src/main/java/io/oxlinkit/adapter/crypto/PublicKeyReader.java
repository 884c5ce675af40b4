package io.oxlinkit.adapter.crypto;

import io.oxlinkit.application.port.UnusableKeyException;
import io.oxlinkit.domain.id.KeyId;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.bcpg.ArmoredInputStream;
import org.bouncycastle.bcpg.sig.KeyFlags;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPObjectFactory;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.bouncycastle.openpgp.PGPSecretKeyRing;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureSubpacketVector;
import org.bouncycastle.openpgp.operator.bc.BcKeyFingerprintCalculator;

/**
 * Reads an armored OpenPGP public key as OXLIN serves it and picks the key to encrypt to: a valid
 * encryption subkey when there is one (newest first), else the primary key. A key without key-flags
 * (the guide's 2018 RSA-1024 sample) counts as encryption-capable when its algorithm can encrypt.
 * Each refusal is its own {@link UnusableKeyException} subtype; messages never quote key material.
 */
final class PublicKeyReader {

    private static final String PUBLIC_HEADER = "-----BEGIN PGP PUBLIC KEY BLOCK-----";
    private static final String PUBLIC_FOOTER = "-----END PGP PUBLIC KEY BLOCK-----";
    private static final String PRIVATE_HEADER = "-----BEGIN PGP PRIVATE KEY BLOCK-----";
    private static final int ENCRYPTION_FLAGS = KeyFlags.ENCRYPT_COMMS | KeyFlags.ENCRYPT_STORAGE;

    private PublicKeyReader() {}

    static RecipientKey read(KeyId id, String armored) {
        if (armored.contains(PRIVATE_HEADER)) {
            throw new UnusableKeyException.PrivateKeyBlock(
                    "key " + id + " is a private key block: OXLIN serves public keys only");
        }
        if (!armored.contains(PUBLIC_HEADER)) {
            throw new UnusableKeyException.Malformed("key " + id + " is not an ASCII-armored OpenPGP public key", null);
        }
        if (!armored.contains(PUBLIC_FOOTER)) {
            throw new UnusableKeyException.TruncatedArmor(
                    "key " + id + " is cut short: its armor has no end line", null);
        }
        PGPPublicKeyRing ring = parse(id, armored);
        PGPPublicKey primary = ring.getPublicKey();
        if (primary.hasRevocation()) {
            throw new UnusableKeyException.Revoked("key " + id + " is revoked");
        }
        Optional<Instant> primaryExpiry = expiry(primary);
        List<PGPPublicKey> candidates = new ArrayList<>();
        boolean sawRevokedSubkey = false;
        for (Iterator<PGPPublicKey> keys = ring.getPublicKeys(); keys.hasNext(); ) {
            PGPPublicKey key = keys.next();
            if (key.isMasterKey()) {
                continue;
            }
            if (key.hasRevocation()) {
                sawRevokedSubkey |= canEncrypt(key, PGPSignature.SUBKEY_BINDING);
                continue;
            }
            if (canEncrypt(key, PGPSignature.SUBKEY_BINDING)) {
                candidates.add(key);
            }
        }
        candidates.sort(Comparator.comparing(PGPPublicKey::getCreationTime).reversed());
        if (canEncryptPrimary(primary)) {
            candidates.add(primary);
        }
        if (candidates.isEmpty()) {
            if (sawRevokedSubkey) {
                throw new UnusableKeyException.Revoked("every encryption subkey of key " + id + " is revoked");
            }
            throw new UnusableKeyException.NoEncryptionKey("key " + id + " has no key able to encrypt (signing-only?)");
        }
        PGPPublicKey chosen = candidates.get(0);
        Optional<Instant> expiresAt = earliest(primaryExpiry, chosen == primary ? Optional.empty() : expiry(chosen));
        return new RecipientKey(chosen, expiresAt);
    }

    private static PGPPublicKeyRing parse(KeyId id, String armored) {
        try (InputStream in =
                new ArmoredInputStream(new ByteArrayInputStream(armored.getBytes(StandardCharsets.US_ASCII)))) {
            PGPObjectFactory factory = new PGPObjectFactory(in, new BcKeyFingerprintCalculator());
            Object first = factory.nextObject();
            if (first instanceof PGPSecretKeyRing) {
                throw new UnusableKeyException.PrivateKeyBlock("key " + id + " holds a private key");
            }
            if (!(first instanceof PGPPublicKeyRing ring)) {
                throw new UnusableKeyException.Malformed("key " + id + " holds no OpenPGP public key", null);
            }
            return ring;
        } catch (EOFException cut) {
            throw new UnusableKeyException.TruncatedArmor("key " + id + " is cut short", cut);
        } catch (IOException unreadable) {
            String reason = String.valueOf(unreadable.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (reason.contains("crc")
                    || reason.contains("checksum")
                    || reason.contains("premature")
                    || reason.contains("eof")) {
                throw new UnusableKeyException.TruncatedArmor(
                        "key " + id + " fails its armor checksum (cut or altered)", unreadable);
            }
            throw new UnusableKeyException.Malformed("key " + id + " cannot be read as OpenPGP data", unreadable);
        } catch (RuntimeException unreadable) {
            if (unreadable instanceof UnusableKeyException typed) {
                throw typed;
            }
            throw new UnusableKeyException.Malformed("key " + id + " cannot be read as OpenPGP data", unreadable);
        }
    }

    private static boolean canEncryptPrimary(PGPPublicKey primary) {
        Optional<Integer> flags = Optional.empty();
        for (Iterator<String> ids = primary.getUserIDs(); ids.hasNext() && flags.isEmpty(); ) {
            flags = flagsOf(primary.getSignaturesForID(ids.next()));
        }
        if (flags.isEmpty()) {
            flags = flagsOf(primary.getSignaturesOfType(PGPSignature.DIRECT_KEY));
        }
        return flags.map(f -> (f & ENCRYPTION_FLAGS) != 0).orElse(primary.isEncryptionKey());
    }

    private static boolean canEncrypt(PGPPublicKey subkey, int signatureType) {
        return flagsOf(subkey.getSignaturesOfType(signatureType))
                        .map(f -> (f & ENCRYPTION_FLAGS) != 0)
                        .orElse(subkey.isEncryptionKey())
                && subkey.isEncryptionKey();
    }

    private static Optional<Integer> flagsOf(Iterator<PGPSignature> signatures) {
        PGPSignature newest = null;
        while (signatures != null && signatures.hasNext()) {
            PGPSignature signature = signatures.next();
            if (newest == null || signature.getCreationTime().after(newest.getCreationTime())) {
                newest = signature;
            }
        }
        if (newest == null || !newest.hasSubpackets()) {
            return Optional.empty();
        }
        PGPSignatureSubpacketVector hashed = newest.getHashedSubPackets();
        if (hashed == null || hashed.getKeyFlags() == 0) {
            return Optional.empty();
        }
        return Optional.of(hashed.getKeyFlags());
    }

    private static Optional<Instant> expiry(PGPPublicKey key) {
        long seconds = key.getValidSeconds();
        if (seconds <= 0) {
            return Optional.empty();
        }
        return Optional.of(key.getCreationTime().toInstant().plusSeconds(seconds));
    }

    private static Optional<Instant> earliest(Optional<Instant> a, Optional<Instant> b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        return Optional.of(a.get().isBefore(b.get()) ? a.get() : b.get());
    }

    /** Test seam: the exception type a PGPException becomes. */
    static UnusableKeyException malformed(KeyId id, PGPException cause) {
        return new UnusableKeyException.Malformed(
                "key " + id + " cannot be used: " + cause.getClass().getSimpleName(), cause);
    }
}
