package io.oxlinkit.domain.connection;

import io.oxlinkit.domain.wire.WireEnums;

/** Status of one channel of a connection: its credentials and its last synchronization. */
public enum ChannelStatus {
    /** Never synchronized yet. */
    NEVER,
    /** Declared by the connection but with no credentials: the channel can be added. */
    EMPTY,
    RUNNING,
    SUCCESS,
    AUTH_FAILED,
    TOO_MANY_ATTEMPTS,
    PASSWORD_CHANGE_REQUIRED,
    CHALLENGE_REQUIRED,
    CHALLENGE_TIMED_OUT,
    CHALLENGE_FAILED,
    CHALLENGE_CANCELLED,
    USER_ACTION_REQUIRED,
    /** A failure OXLIN does not detail. */
    FAILED,
    /** A value this version does not know. */
    UNKNOWN;

    /** Tolerant parse of the wire value. */
    public static ChannelStatus fromWire(String raw) {
        return WireEnums.parse(ChannelStatus.class, raw, UNKNOWN);
    }

    /** Whether the user's credentials were refused and must be entered again. */
    public boolean needsNewCredentials() {
        return this == AUTH_FAILED || this == TOO_MANY_ATTEMPTS || this == PASSWORD_CHANGE_REQUIRED;
    }

    /** Whether a challenge ended without an accepted answer. */
    public boolean challengeEnded() {
        return this == CHALLENGE_TIMED_OUT || this == CHALLENGE_FAILED || this == CHALLENGE_CANCELLED;
    }
}
