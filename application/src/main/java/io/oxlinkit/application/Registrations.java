package io.oxlinkit.application;

import io.oxlinkit.domain.id.UserId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Where a host reference's registration is kept in the vault: under a key derived from the reference by
 * SHA-256, so the reference itself (a customer number, an address) is not stored.
 */
final class Registrations {

    /** Longest host reference accepted. */
    static final int MAX_REFERENCE_LENGTH = 512;

    private Registrations() {}

    static UserId of(String hostReference) {
        if (hostReference == null || hostReference.isBlank() || hostReference.length() > MAX_REFERENCE_LENGTH) {
            throw new IllegalArgumentException(
                    "a host reference is 1 to " + MAX_REFERENCE_LENGTH + " characters, not blank");
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(hostReference.getBytes(StandardCharsets.UTF_8));
            return UserId.of("registration-" + HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is part of every JDK", impossible);
        }
    }
}
