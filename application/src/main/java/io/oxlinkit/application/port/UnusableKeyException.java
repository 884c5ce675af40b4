package io.oxlinkit.application.port;

/**
 * A PGP key that cannot receive a credential. One subclass per reason, so a host can tell them apart;
 * messages name the key id, never key material or a secret.
 */
public abstract class UnusableKeyException extends RuntimeException {

    protected UnusableKeyException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The text is no OpenPGP data at all. */
    public static final class Malformed extends UnusableKeyException {
        /** The armored text is not an OpenPGP key. */
        public Malformed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The ASCII armor is cut short or its checksum fails. */
    public static final class TruncatedArmor extends UnusableKeyException {
        /** The armor ends before the key does. */
        public TruncatedArmor(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** A private (secret) key block was given where a public key was expected. */
    public static final class PrivateKeyBlock extends UnusableKeyException {
        /** A private key was given where a public one was expected. */
        public PrivateKeyBlock(String message) {
            super(message, null);
        }
    }

    /** The key has no key able to encrypt (for example a signing-only key). */
    public static final class NoEncryptionKey extends UnusableKeyException {
        /** The key has no subkey that may encrypt. */
        public NoEncryptionKey(String message) {
            super(message, null);
        }
    }

    /** The key is revoked. */
    public static final class Revoked extends UnusableKeyException {
        /** The key is revoked. */
        public Revoked(String message) {
            super(message, null);
        }
    }

    /** The key, or OXLIN's expiration date for it, has passed. */
    public static final class Expired extends UnusableKeyException {
        /** The key has expired. */
        public Expired(String message) {
            super(message, null);
        }
    }
}
