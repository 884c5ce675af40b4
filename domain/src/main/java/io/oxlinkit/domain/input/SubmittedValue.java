package io.oxlinkit.domain.input;

import io.oxlinkit.domain.id.CredentialId;
import io.oxlinkit.domain.secret.SecretValue;
import java.util.Objects;

/**
 * One checked value ready to be sent: a credential of a form or an answer to a challenge.
 *
 * @param id the credential or challenge id
 * @param value the secret value (redacted in {@code toString})
 * @param mustEncrypt whether OXLIN requires this value PGP-encrypted on the client ({@code encrypt:true})
 */
public record SubmittedValue(CredentialId id, SecretValue value, boolean mustEncrypt) {

    /** Requires an id and a value. */
    public SubmittedValue {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(value, "value must not be null");
    }
}
