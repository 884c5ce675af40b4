package io.oxlinkit.domain.account;

import io.oxlinkit.domain.wire.WireEnums;

/** Booking status of a transaction. */
public enum TransactionStatus {
    BOOKED,
    PENDING,
    OTHER,
    EXPIRED,
    REJECTED,
    CANCELLED,
    REFUNDED,
    /** A value this version does not know. */
    UNKNOWN;

    /** Tolerant parse of the wire value. */
    public static TransactionStatus fromWire(String raw) {
        return WireEnums.parse(TransactionStatus.class, raw, UNKNOWN);
    }
}
