package io.oxlinkit.domain.account;

import io.oxlinkit.domain.wire.WireEnums;
import java.util.Map;

/** Status of a bank account; {@code PENDING_CONSENT} waits for the user's decision. */
public enum AccountStatus {
    MANUAL,
    ACTIVE,
    ERROR,
    NOT_FOUND,
    CLOSED,
    SUSPENDED,
    /** Listed by LIST_ACCOUNTS and waiting for a consent decision; the guide also writes CONSENT_PENDING. */
    PENDING_CONSENT,
    /** A value this version does not know. */
    UNKNOWN;

    private static final Map<String, AccountStatus> ALIASES = Map.of("CONSENT_PENDING", PENDING_CONSENT);

    /** Tolerant parse of the wire value. */
    public static AccountStatus fromWire(String raw) {
        return WireEnums.parse(AccountStatus.class, raw, UNKNOWN, ALIASES);
    }
}
