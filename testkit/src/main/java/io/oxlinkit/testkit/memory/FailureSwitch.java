package io.oxlinkit.testkit.memory;

import io.oxlinkit.application.port.StorageException;
import java.util.concurrent.atomic.AtomicInteger;

/** Test seam of the in-memory stores: makes the next writes fail, to prove nothing is lost when they do. */
public final class FailureSwitch {

    private final AtomicInteger remaining = new AtomicInteger();
    private final AtomicInteger spared = new AtomicInteger();

    /** The next {@code count} writes throw {@link StorageException}. */
    public void failNext(int count) {
        spared.set(0);
        remaining.set(count);
    }

    /** The next {@code writes} writes succeed, then the one after throws (a crash at that step). */
    public void failAfter(int writes) {
        spared.set(writes);
        remaining.set(1);
    }

    void maybeFail(String operation) {
        if (spared.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            return;
        }
        if (remaining.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new StorageException("simulated storage failure on " + operation, null);
        }
    }
}
