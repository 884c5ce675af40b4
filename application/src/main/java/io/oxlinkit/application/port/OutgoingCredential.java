package io.oxlinkit.application.port;

import io.oxlinkit.domain.id.CredentialId;
import io.oxlinkit.domain.secret.SecretValue;
import java.util.Objects;

/**
 * A credential or challenge answer as it goes on the wire: the plaintext of an {@code encrypt:false}
 * value, or the armored PGP message of an {@code encrypt:true} one (never its plaintext).
 *
 * @param id the credential or challenge id
 * @param value what to send in {@code value}
 * @param encrypted whether {@code value} is a PGP message
 */
public record OutgoingCredential(CredentialId id, SecretValue value, boolean encrypted) {

    /** Requires both parts. */
    public OutgoingCredential {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(value, "value must not be null");
    }
}
