package io.oxlinkit.domain.connection;

import io.oxlinkit.domain.id.CredentialId;
import java.util.Objects;

/**
 * A stored credential as OXLIN shows it back: masked (for example {@code **mo}), never the secret.
 *
 * @param id the credential id
 * @param maskedValue the masked form, safe to display
 */
public record MaskedCredential(CredentialId id, String maskedValue) {

    /** Requires an id; a missing mask becomes empty. */
    public MaskedCredential {
        Objects.requireNonNull(id, "id must not be null");
        maskedValue = maskedValue == null ? "" : maskedValue;
    }
}
