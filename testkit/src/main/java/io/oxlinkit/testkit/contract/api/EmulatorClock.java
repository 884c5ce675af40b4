package io.oxlinkit.testkit.contract.api;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.function.Supplier;

/** A UTC {@link Clock} that reads an emulator's time, so the code under test sees the server's clock. */
public final class EmulatorClock extends Clock {

    private final Supplier<Instant> now;

    /** A clock reading {@code now} at each call. */
    public EmulatorClock(Supplier<Instant> now) {
        this.now = Objects.requireNonNull(now, "now must not be null");
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now.get();
    }
}
