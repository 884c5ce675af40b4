package io.oxlinkit.domain.provider;

import io.oxlinkit.domain.wire.WireEnums;

/** Kinds of bank accounts a channel can reach. */
public enum AccountType {
    CHECKINGS,
    SAVINGS,
    LOAN,
    CREDIT_CARD,
    /** A value this version does not know. */
    UNKNOWN;

    /** Tolerant parse of the wire value. */
    public static AccountType fromWire(String raw) {
        return WireEnums.parse(AccountType.class, raw, UNKNOWN);
    }
}
