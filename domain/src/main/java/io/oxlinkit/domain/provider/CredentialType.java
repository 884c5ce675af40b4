package io.oxlinkit.domain.provider;

import io.oxlinkit.domain.wire.WireEnums;

/** Input types of a credential field; redirect channels carry the OAuth kinds. */
public enum CredentialType {
    TEXT,
    PWD,
    NUMERIC,
    NUMERIC_PWD,
    DATE,
    URL,
    AUTHORIZATION_CODE,
    ACCESS_TOKEN,
    REFRESH_TOKEN,
    /** A value this version does not know; treated as text. */
    UNKNOWN;

    /** Tolerant parse of the wire value. */
    public static CredentialType fromWire(String raw) {
        return WireEnums.parse(CredentialType.class, raw, UNKNOWN);
    }

    /** Whether a UI should mask this input. */
    public boolean isMasked() {
        return this == PWD
                || this == NUMERIC_PWD
                || this == ACCESS_TOKEN
                || this == REFRESH_TOKEN
                || this == AUTHORIZATION_CODE;
    }
}
