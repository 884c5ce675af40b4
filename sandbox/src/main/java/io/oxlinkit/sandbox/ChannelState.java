package io.oxlinkit.sandbox;

import java.util.Locale;

/** The statuses of a channel as the guide lists them; the JSON carries their names. */
enum ChannelState {
    NEVER,
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
    USER_ACTION_REQUIRED;

    /** The channel has been given credentials (or an authorization) at least once. */
    boolean holdsCredentials() {
        return this != NEVER && this != EMPTY;
    }

    /** OXLIN will not try again before the user gives new credentials. */
    boolean waitsForNewCredentials() {
        return this == AUTH_FAILED || this == TOO_MANY_ATTEMPTS || this == PASSWORD_CHANGE_REQUIRED;
    }

    /** A job is under way (working, or waiting on the user). */
    boolean busy() {
        return this == RUNNING || this == CHALLENGE_REQUIRED;
    }

    /** Reads a failing status named by an admin call. */
    static ChannelState failure(String raw) {
        try {
            ChannelState state = valueOf(raw == null ? "" : raw.trim().toUpperCase(Locale.ROOT));
            if (state == SUCCESS || state == RUNNING || !state.holdsCredentials()) {
                throw ApiError.badRequest("invalid_status", raw + " is not a failing channel status");
            }
            return state;
        } catch (IllegalArgumentException unknown) {
            throw ApiError.badRequest("invalid_status", "unknown channel status");
        }
    }
}
