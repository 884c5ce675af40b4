package io.oxlinkit.domain.redirect;

import java.util.Objects;

/**
 * The host's own value carried through a client-handled redirect and returned as {@code state}.
 * OXLIN reserves the pipe character {@code |} as a separator, so it is refused here.
 *
 * @param value the state, at most {@link #MAX_LENGTH} characters, without {@code |}
 */
public record RedirectState(String value) {

    /** Longest state accepted. */
    public static final int MAX_LENGTH = 512;

    /** Checks the value. */
    public RedirectState {
        Objects.requireNonNull(value, "redirect state must not be null");
        if (value.indexOf('|') >= 0) {
            throw new IllegalArgumentException("redirect state must not contain '|': OXLIN reserves it as a separator");
        }
        if (value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("redirect state must be at most " + MAX_LENGTH + " characters");
        }
    }
}
