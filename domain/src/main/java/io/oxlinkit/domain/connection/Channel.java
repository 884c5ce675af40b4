package io.oxlinkit.domain.connection;

import io.oxlinkit.domain.id.ChannelDefinitionId;
import io.oxlinkit.domain.provider.AccountType;
import io.oxlinkit.domain.provider.ChannelMode;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One channel of a connection, as last seen.
 *
 * @param definitionId the channel definition it was built from
 * @param mode REDIRECT or EMBEDDED ({@code UNKNOWN} when a snapshot omits it)
 * @param status its current status
 * @param expires when its PSD2 authorization ends (REDIRECT channels)
 * @param lastSuccess the end of the last successful synchronization
 * @param lastEnd the end of the last synchronization, successful or not
 * @param maskedCredentials the stored credentials, masked
 * @param accountTypes the account types it reaches
 */
public record Channel(ChannelDefinitionId definitionId, ChannelMode mode, ChannelStatus status,
                      Optional<Instant> expires, Optional<Instant> lastSuccess, Optional<Instant> lastEnd,
                      List<MaskedCredential> maskedCredentials, Set<AccountType> accountTypes) {

    /** Requires the id, mode and status; copies collections. */
    public Channel {
        Objects.requireNonNull(definitionId, "definitionId must not be null");
        Objects.requireNonNull(mode, "mode must not be null");
        Objects.requireNonNull(status, "status must not be null");
        Objects.requireNonNull(expires, "expires must not be null");
        Objects.requireNonNull(lastSuccess, "lastSuccess must not be null");
        Objects.requireNonNull(lastEnd, "lastEnd must not be null");
        maskedCredentials = List.copyOf(maskedCredentials);
        accountTypes = Set.copyOf(accountTypes);
    }

    /** A copy with another status. */
    public Channel withStatus(ChannelStatus newStatus) {
        return new Channel(definitionId, mode, newStatus, expires, lastSuccess, lastEnd, maskedCredentials, accountTypes);
    }
}
