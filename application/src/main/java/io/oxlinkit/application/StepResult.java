package io.oxlinkit.application;

import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.input.FieldError;
import io.oxlinkit.domain.journey.NextStep;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Outcome of a command on a connection: it went through (and here is what comes next), the user's
 * input was invalid (show the errors by field), or the command cannot apply (say why). A host
 * switches over the three.
 */
public sealed interface StepResult permits StepResult.Proceeded, StepResult.InvalidInput, StepResult.Refused {

    /** The connection the command went on with; empty when the input was invalid or the command refused. */
    default Optional<ConnectionId> connection() {
        return Optional.empty();
    }

    /** The command was carried out. */
    record Proceeded(ConnectionId connectionId, NextStep next) implements StepResult {
        /** Requires both parts. */
        public Proceeded {
            Objects.requireNonNull(connectionId, "connectionId must not be null");
            Objects.requireNonNull(next, "next must not be null");
        }

        @Override
        public Optional<ConnectionId> connection() {
            return Optional.of(connectionId);
        }
    }

    /** The user's input was refused; nothing was sent. */
    record InvalidInput(List<FieldError> errors) implements StepResult {
        /** Copies the errors. */
        public InvalidInput {
            errors = List.copyOf(errors);
        }
    }

    /** The command does not apply; nothing was sent. */
    record Refused(Reason reason, String message) implements StepResult {
        /** Requires both parts. */
        public Refused {
            Objects.requireNonNull(reason, "reason must not be null");
            Objects.requireNonNull(message, "message must not be null");
        }
    }

    /** Why a command was refused. */
    enum Reason {
        PROVIDER_UNAVAILABLE,
        UNKNOWN_PROVIDER,
        UNKNOWN_CHANNEL,
        WRONG_CHANNEL_MODE,
        UNKNOWN_CONNECTION,
        NO_CHALLENGE_PENDING,
        /** The kit had a challenge pending, but the bank no longer waits on it (too late, or answered elsewhere). */
        CHALLENGE_NO_LONGER_PENDING,
        NOT_AWAITING_CONSENT,
        REDIRECT_FAILED,
        /** A redirect target (or OXLIN's authorize URL) that is not https (http only to loopback), or not absolute. */
        UNSAFE_REDIRECT_URI,
        /** A client-handled redirect came back without the state the kit issued for it, or with another one. */
        REDIRECT_STATE_MISMATCH
    }

    /** A refusal. */
    static StepResult refused(Reason reason, String message) {
        return new Refused(reason, message);
    }
}
