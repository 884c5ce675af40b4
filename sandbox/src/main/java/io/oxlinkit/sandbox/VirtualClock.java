package io.oxlinkit.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The sandbox's own time: it starts at the real time and moves only when a test advances it, so a
 * test never sleeps for a challenge timeout, a token expiry or a key expiry.
 */
public final class VirtualClock {

    private final AtomicReference<Instant> now;

    VirtualClock(Instant start) {
        this.now = new AtomicReference<>(start);
    }

    /** The sandbox's current time. */
    public Instant now() {
        return now.get();
    }

    /** Epoch seconds, as the API writes dates. */
    public long epochSecond() {
        return now.get().getEpochSecond();
    }

    /** Moves time forward. */
    public void advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("time only moves forward");
        }
        now.updateAndGet(t -> t.plus(duration));
    }
}
