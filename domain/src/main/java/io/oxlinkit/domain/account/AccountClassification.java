package io.oxlinkit.domain.account;

import io.oxlinkit.domain.wire.WireEnums;
import java.util.Map;

/** Whether an account is personal or professional. OXLIN spells the first both PERSONNAL and PERSONAL. */
public enum AccountClassification {
    PERSONAL,
    PROFESSIONAL,
    /** A value this version does not know, or none. */
    UNKNOWN;

    private static final Map<String, AccountClassification> ALIASES = Map.of("PERSONNAL", PERSONAL);

    /** Tolerant parse of the wire value. */
    public static AccountClassification fromWire(String raw) {
        return WireEnums.parse(AccountClassification.class, raw, UNKNOWN, ALIASES);
    }
}
