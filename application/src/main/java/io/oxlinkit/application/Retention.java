package io.oxlinkit.application;

import java.time.Duration;
import java.util.Objects;

/**
 * How long {@link Housekeeping} keeps what the kit no longer needs. Recorded events carry OXLIN's connection
 * snapshots (with the owner's name, address, birth date and phone number), so applied ones are kept only as
 * long as a host needs to trace what happened.
 *
 * <pre>{@code
 * OxlinKit.builder().retention(new Retention(Duration.ofDays(7), Duration.ofDays(90), Duration.ofDays(1)))
 * }</pre>
 *
 * @param appliedEvents how long an applied event stays in the inbox after it was recorded (default 7 days)
 * @param tombstones how long a removed pending transaction stays marked as removed (default 90 days)
 * @param lapsedLeases how long a lapsed work lease stays (default 1 day)
 */
public record Retention(Duration appliedEvents, Duration tombstones, Duration lapsedLeases) {

    /** The defaults: 7 days, 90 days, 1 day. */
    public static final Retention DEFAULT = new Retention(Duration.ofDays(7), Duration.ofDays(90), Duration.ofDays(1));

    /** Requires three durations that are not negative. */
    public Retention {
        for (Duration age : new Duration[] {appliedEvents, tombstones, lapsedLeases}) {
            Objects.requireNonNull(age, "retention ages must not be null");
            if (age.isNegative()) {
                throw new IllegalArgumentException("a retention age must not be negative: " + age);
            }
        }
    }
}
