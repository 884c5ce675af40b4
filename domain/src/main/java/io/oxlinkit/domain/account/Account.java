package io.oxlinkit.domain.account;

import io.oxlinkit.domain.id.AccountId;
import io.oxlinkit.domain.id.ChannelDefinitionId;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.provider.AccountType;
import io.oxlinkit.domain.wire.UnknownValues;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A bank account collected through a connection.
 *
 * @param id the account id
 * @param connectionId the connection it came through
 * @param name the bank's name for it, when given
 * @param accountNumber the account number, when given
 * @param iban the IBAN, when given
 * @param balance the balance, when known
 * @param balanceDate when the balance was read
 * @param type its type
 * @param status its status
 * @param classification personal or professional
 * @param channelDefinitionId the channel that last saw it
 * @param unknown the raw {@code type}, {@code status} and {@code classification} this version does not know
 */
public record Account(
        AccountId id,
        ConnectionId connectionId,
        Optional<String> name,
        Optional<String> accountNumber,
        Optional<String> iban,
        Optional<Money> balance,
        Optional<Instant> balanceDate,
        AccountType type,
        AccountStatus status,
        AccountClassification classification,
        Optional<ChannelDefinitionId> channelDefinitionId,
        UnknownValues unknown) {

    /** Requires the ids, type, status and classification. */
    public Account {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(connectionId, "connectionId must not be null");
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(accountNumber, "accountNumber must not be null");
        Objects.requireNonNull(iban, "iban must not be null");
        Objects.requireNonNull(balance, "balance must not be null");
        Objects.requireNonNull(balanceDate, "balanceDate must not be null");
        Objects.requireNonNull(type, "type must not be null");
        Objects.requireNonNull(status, "status must not be null");
        Objects.requireNonNull(classification, "classification must not be null");
        Objects.requireNonNull(channelDefinitionId, "channelDefinitionId must not be null");
        Objects.requireNonNull(unknown, "unknown must not be null");
    }

    /** An account whose type, status and classification this version knows. */
    public Account(
            AccountId id,
            ConnectionId connectionId,
            Optional<String> name,
            Optional<String> accountNumber,
            Optional<String> iban,
            Optional<Money> balance,
            Optional<Instant> balanceDate,
            AccountType type,
            AccountStatus status,
            AccountClassification classification,
            Optional<ChannelDefinitionId> channelDefinitionId) {
        this(
                id,
                connectionId,
                name,
                accountNumber,
                iban,
                balance,
                balanceDate,
                type,
                status,
                classification,
                channelDefinitionId,
                UnknownValues.none());
    }

    /** The type as OXLIN sent it. */
    public String rawType() {
        return unknown.raw("type", type);
    }

    /** The status as OXLIN sent it. */
    public String rawStatus() {
        return unknown.raw("status", status);
    }

    /** The classification as OXLIN sent it. */
    public String rawClassification() {
        return unknown.raw("classification", classification);
    }

    /** What to show the user: the name, else the account number, else the id. */
    public String displayName() {
        return name.filter(n -> !n.isBlank()).or(() -> accountNumber).orElse(id.value());
    }

    /** Whether the account waits for the user's consent decision. */
    public boolean isPendingConsent() {
        return status == AccountStatus.PENDING_CONSENT;
    }

    /** A copy with another status. */
    public Account withStatus(AccountStatus newStatus) {
        return new Account(
                id,
                connectionId,
                name,
                accountNumber,
                iban,
                balance,
                balanceDate,
                type,
                newStatus,
                classification,
                channelDefinitionId,
                unknown);
    }
}
