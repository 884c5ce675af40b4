package io.oxlinkit.testkit.memory;

import io.oxlinkit.application.port.StorageException;
import java.util.concurrent.atomic.AtomicInteger;

/** Test seam of the in-memory stores: makes the next writes fail, to prove nothing is lost when they do. */
public final class FailureSwitch {

    private final AtomicInteger remaining = new AtomicInteger();

    /** The next {@code count} writes throw {@link StorageException}. */
    public void failNext(int count) {
        remaining.set(count);
    }

    void maybeFail(String operation) {
        if (remaining.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new StorageException("simulated storage failure on " + operation, null);
        }
    }
}
