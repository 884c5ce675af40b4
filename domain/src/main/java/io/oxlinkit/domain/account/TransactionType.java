package io.oxlinkit.domain.account;

import io.oxlinkit.domain.wire.WireEnums;

/** Kind of a transaction as the bank classifies it. */
public enum TransactionType {
    CREDIT,
    DEBIT,
    INTEREST,
    DIVIDEND,
    BANK_FEE,
    DEPOSIT,
    ATM,
    POINT_OF_SALE,
    CREDIT_CARD_PAYMENT,
    INTERNAL_TRANSFER,
    POTENTIAL_TRANSFER,
    CHECK,
    ELECTRONIC_PAYMENT,
    CASH,
    DIRECT_DEPOSIT,
    DIRECT_DEBIT,
    REPEATING_PAYMENT,
    OTHER,
    /** A value this version does not know. */
    UNKNOWN;

    /** Tolerant parse of the wire value. */
    public static TransactionType fromWire(String raw) {
        return WireEnums.parse(TransactionType.class, raw, UNKNOWN);
    }
}
