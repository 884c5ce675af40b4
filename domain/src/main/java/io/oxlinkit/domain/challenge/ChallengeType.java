package io.oxlinkit.domain.challenge;

import io.oxlinkit.domain.wire.WireEnums;

/** Kinds of challenge items a synchronization can ask: three messages, one confirmation, five inputs. */
public enum ChallengeType {
    /** An informative message. */
    INFO_MSG,
    /** How long the user has left to answer; its params carry the duration. */
    TIMEOUT_MSG,
    /** A previous answer was wrong. */
    ERROR_MSG,
    /** The user answers OK ({@code true}) or CANCEL ({@code false}). */
    OK_CANCEL,
    NUMERIC,
    TEXT,
    PWD,
    NUMERIC_PWD,
    DATE,
    /** A value this version does not know: shown as a message, never answered. */
    UNKNOWN;

    /** Tolerant parse of the wire value. */
    public static ChallengeType fromWire(String raw) {
        return WireEnums.parse(ChallengeType.class, raw, UNKNOWN);
    }

    /** Whether this item is a message to display rather than something to answer. */
    public boolean isMessage() {
        return this == INFO_MSG || this == TIMEOUT_MSG || this == ERROR_MSG || this == UNKNOWN;
    }

    /** Whether this item asks the user to type a value. */
    public boolean isInput() {
        return this == NUMERIC || this == TEXT || this == PWD || this == NUMERIC_PWD || this == DATE;
    }

    /** Whether a UI should mask what the user types. */
    public boolean isMasked() {
        return this == PWD || this == NUMERIC_PWD;
    }
}
