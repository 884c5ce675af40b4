package io.oxlinkit.domain.event;

import io.oxlinkit.domain.challenge.ChallengePrompt;
import java.util.Objects;

/**
 * An event of the {@code connections} topic, by kind. Unknown types are kept as {@link Unrecognized}
 * so that a newer server never breaks a client: the snapshot they carry still counts.
 */
public sealed interface Event
        permits Event.UserInputRequested,
                Event.SynchronizationSucceeded,
                Event.SynchronizationFailed,
                Event.Unrecognized {

    /** Id, connection, time, channel and snapshot. */
    EventHeader header();

    /** The wire type. */
    EventType type();

    /** The synchronization this event belongs to. */
    default SyncPhase phase() {
        return type().phase();
    }

    /** A synchronization asks the user a challenge. */
    record UserInputRequested(EventHeader header, EventType type, ChallengePrompt prompt) implements Event {
        /** Requires a USER_INPUT_REQUESTED type. */
        public UserInputRequested {
            Objects.requireNonNull(header, "header must not be null");
            Objects.requireNonNull(prompt, "prompt must not be null");
            if (type != EventType.LIST_ACCOUNTS_USER_INPUT_REQUESTED
                    && type != EventType.SYNC_ALL_USER_INPUT_REQUESTED) {
                throw new IllegalArgumentException(
                        "type of event " + header.id() + " must be a USER_INPUT_REQUESTED type");
            }
        }
    }

    /** A synchronization ended successfully. */
    record SynchronizationSucceeded(EventHeader header, EventType type) implements Event {
        /** Requires a SUCCESS type. */
        public SynchronizationSucceeded {
            Objects.requireNonNull(header, "header must not be null");
            if (type != EventType.LIST_ACCOUNTS_SUCCESS && type != EventType.SYNC_ALL_SUCCESS) {
                throw new IllegalArgumentException("type of event " + header.id() + " must be a SUCCESS type");
            }
        }
    }

    /** A synchronization failed; the snapshot's channel status says why. */
    record SynchronizationFailed(EventHeader header, EventType type) implements Event {
        /** Requires a FAILURE type. */
        public SynchronizationFailed {
            Objects.requireNonNull(header, "header must not be null");
            if (type != EventType.LIST_ACCOUNTS_FAILURE && type != EventType.SYNC_ALL_FAILURE) {
                throw new IllegalArgumentException("type of event " + header.id() + " must be a FAILURE type");
            }
        }
    }

    /**
     * A type this version does not know, kept with its raw name.
     *
     * @param header the common part
     * @param rawType the type as sent, cut to {@link #MAX_RAW_TYPE} characters
     */
    record Unrecognized(EventHeader header, String rawType) implements Event {

        /** Longest raw type kept (a hostile server cannot grow the inbox or the logs through it). */
        public static final int MAX_RAW_TYPE = 64;

        /** Requires the header. */
        public Unrecognized {
            Objects.requireNonNull(header, "header must not be null");
            rawType = rawType == null
                    ? ""
                    : rawType.length() > MAX_RAW_TYPE ? rawType.substring(0, MAX_RAW_TYPE) : rawType;
        }

        @Override
        public EventType type() {
            return EventType.UNKNOWN;
        }
    }
}
