package io.oxlinkit.application;

import io.oxlinkit.application.port.OutgoingCredential;
import io.oxlinkit.domain.id.KeyId;
import java.util.List;
import java.util.Optional;

/**
 * Values ready for the wire: {@code encrypt:true} ones as PGP messages, the others as typed. Wipe
 * them with {@link #close()} once sent.
 *
 * @param keyId the key the encrypted values were encrypted to, when any is
 * @param credentials the values in submission order
 */
public record SealedCredentials(Optional<KeyId> keyId, List<OutgoingCredential> credentials) implements AutoCloseable {

    /** Copies the list. */
    public SealedCredentials {
        credentials = List.copyOf(credentials);
    }

    /** Wipes every value. */
    @Override
    public void close() {
        credentials.forEach(c -> c.value().wipe());
    }
}
