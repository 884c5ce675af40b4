package io.oxlinkit.adapter.jdbc.codec;

import io.oxlinkit.domain.account.Account;
import io.oxlinkit.domain.account.AccountClassification;
import io.oxlinkit.domain.account.AccountStatus;
import io.oxlinkit.domain.account.Money;
import io.oxlinkit.domain.account.Transaction;
import io.oxlinkit.domain.account.TransactionStatus;
import io.oxlinkit.domain.account.TransactionType;
import io.oxlinkit.domain.id.AccountId;
import io.oxlinkit.domain.id.ChannelDefinitionId;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.TransactionId;
import io.oxlinkit.domain.provider.AccountType;
import io.oxlinkit.domain.wire.UnknownValues;
import java.time.Instant;
import java.util.Optional;

/**
 * Accounts and transactions rebuilt from stored text: each enum column holds the value as OXLIN sent it
 * (the raw one when this version did not know it), so a value unknown here reads back as UNKNOWN with its
 * raw form kept, and a later version that knows it reads it properly.
 */
public final class WireValues {

    private WireValues() {}

    /** An account from its stored columns or fields. */
    public static Account account(
            AccountId id,
            ConnectionId connectionId,
            Optional<String> name,
            Optional<String> accountNumber,
            Optional<String> iban,
            Optional<Money> balance,
            Optional<Instant> balanceDate,
            String type,
            String status,
            String classification,
            Optional<ChannelDefinitionId> channel) {
        AccountType knownType = AccountType.fromWire(type);
        AccountStatus knownStatus = AccountStatus.fromWire(status);
        AccountClassification knownClassification = AccountClassification.fromWire(classification);
        return new Account(
                id,
                connectionId,
                name,
                accountNumber,
                iban,
                balance,
                balanceDate,
                knownType,
                knownStatus,
                knownClassification,
                channel,
                UnknownValues.none()
                        .with("type", knownType, type)
                        .with("status", knownStatus, status)
                        .with("classification", knownClassification, classification));
    }

    /** A transaction from its stored columns. */
    public static Transaction transaction(
            TransactionId id,
            AccountId accountId,
            Money amount,
            Instant date,
            String label,
            String type,
            String status,
            Optional<Instant> bookingDate,
            Optional<Instant> valueDate,
            Optional<Instant> importDate) {
        TransactionType knownType = TransactionType.fromWire(type);
        TransactionStatus knownStatus = TransactionStatus.fromWire(status);
        return new Transaction(
                id,
                accountId,
                amount,
                date,
                label,
                knownType,
                knownStatus,
                bookingDate,
                valueDate,
                importDate,
                UnknownValues.none().with("type", knownType, type).with("status", knownStatus, status));
    }
}
