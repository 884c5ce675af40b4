package io.oxlinkit.domain.lifecycle;

import java.time.Duration;
import java.util.Objects;

/**
 * How long before a REDIRECT channel's PSD2 authorization expires the user should renew it.
 *
 * @param window the renewal window; default {@link #DEFAULT_WINDOW}
 */
public record RenewalPolicy(Duration window) {

    /** Seven days: a user who is asked a week ahead has time to act before the 90-day PSD2 expiry. */
    public static final Duration DEFAULT_WINDOW = Duration.ofDays(7);

    /** Requires a non-negative window. */
    public RenewalPolicy {
        Objects.requireNonNull(window, "window must not be null");
        if (window.isNegative()) {
            throw new IllegalArgumentException("window must not be negative");
        }
    }

    /** The seven-day default. */
    public static RenewalPolicy defaults() {
        return new RenewalPolicy(DEFAULT_WINDOW);
    }
}
