package io.oxlinkit.domain.connection;

import io.oxlinkit.domain.id.ChannelDefinitionId;
import io.oxlinkit.domain.provider.AccountType;
import io.oxlinkit.domain.provider.ChannelMode;
import io.oxlinkit.domain.wire.UnknownValues;
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
 * @param unknown the raw {@code mode} and {@code status} when this version does not know them
 */
public record Channel(
        ChannelDefinitionId definitionId,
        ChannelMode mode,
        ChannelStatus status,
        Optional<Instant> expires,
        Optional<Instant> lastSuccess,
        Optional<Instant> lastEnd,
        List<MaskedCredential> maskedCredentials,
        Set<AccountType> accountTypes,
        UnknownValues unknown) {

    /** Requires the id, mode and status; copies collections. */
    public Channel {
        Objects.requireNonNull(definitionId, "definitionId must not be null");
        Objects.requireNonNull(mode, "mode must not be null");
        Objects.requireNonNull(status, "status must not be null");
        Objects.requireNonNull(expires, "expires must not be null");
        Objects.requireNonNull(lastSuccess, "lastSuccess must not be null");
        Objects.requireNonNull(lastEnd, "lastEnd must not be null");
        Objects.requireNonNull(unknown, "unknown must not be null");
        maskedCredentials = List.copyOf(maskedCredentials);
        accountTypes = Set.copyOf(accountTypes);
    }

    /** A channel whose mode and status this version knows. */
    public Channel(
            ChannelDefinitionId definitionId,
            ChannelMode mode,
            ChannelStatus status,
            Optional<Instant> expires,
            Optional<Instant> lastSuccess,
            Optional<Instant> lastEnd,
            List<MaskedCredential> maskedCredentials,
            Set<AccountType> accountTypes) {
        this(
                definitionId,
                mode,
                status,
                expires,
                lastSuccess,
                lastEnd,
                maskedCredentials,
                accountTypes,
                UnknownValues.none());
    }

    /** The status as OXLIN sent it (the raw value when this version does not know it). */
    public String rawStatus() {
        return unknown.raw("status", status);
    }

    /** The mode as OXLIN sent it. */
    public String rawMode() {
        return unknown.raw("mode", mode);
    }

    /** A copy with another status. */
    public Channel withStatus(ChannelStatus newStatus) {
        UnknownValues kept = newStatus == status ? unknown : new UnknownValues(withoutField(unknown, "status"));
        return new Channel(
                definitionId, mode, newStatus, expires, lastSuccess, lastEnd, maskedCredentials, accountTypes, kept);
    }

    private static java.util.Map<String, String> withoutField(UnknownValues values, String field) {
        java.util.Map<String, String> copy = new java.util.HashMap<>(values.byField());
        copy.remove(field);
        return copy;
    }
}
