package io.oxlinkit.application;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer of every call that sends the user's browser somewhere (a bank's authorize page, a renewal or
 * repair at the bank, the widget): the address, or why not. A host switches over the two, or reads
 * {@link #url()}.
 */
public sealed interface RedirectResult permits RedirectResult.SendUser, RedirectResult.Refused {

    /** Where to send the user's browser; empty when the redirect cannot start. */
    default Optional<URI> url() {
        return Optional.empty();
    }

    /** Send the user's browser to {@code location}. */
    record SendUser(URI location) implements RedirectResult {
        /** Requires the address. */
        public SendUser {
            Objects.requireNonNull(location, "location must not be null");
        }

        @Override
        public Optional<URI> url() {
            return Optional.of(location);
        }
    }

    /** The redirect cannot start; nothing was sent. */
    record Refused(StepResult.Reason reason, String message) implements RedirectResult {
        /** Requires both parts. */
        public Refused {
            Objects.requireNonNull(reason, "reason must not be null");
            Objects.requireNonNull(message, "message must not be null");
        }
    }
}
