package io.oxlinkit.application.port;

import io.oxlinkit.domain.id.ChannelDefinitionId;
import io.oxlinkit.domain.id.KeyId;
import io.oxlinkit.domain.id.ProviderId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The body of {@code POST /connections}.
 *
 * @param providerId the provider
 * @param channel the channel definition used
 * @param keyId the key the encrypted values were encrypted to (absent when none is)
 * @param credentials the values, encrypted where required
 */
public record NewConnection(
        ProviderId providerId,
        ChannelDefinitionId channel,
        Optional<KeyId> keyId,
        List<OutgoingCredential> credentials) {

    /** Requires every part; an encrypted value needs a key id. */
    public NewConnection {
        Objects.requireNonNull(providerId, "providerId must not be null");
        Objects.requireNonNull(channel, "channel must not be null");
        Objects.requireNonNull(keyId, "keyId must not be null");
        credentials = List.copyOf(credentials);
        if (keyId.isEmpty() && credentials.stream().anyMatch(OutgoingCredential::encrypted)) {
            throw new IllegalArgumentException("encrypted credentials need the key_id they were encrypted to");
        }
    }
}
