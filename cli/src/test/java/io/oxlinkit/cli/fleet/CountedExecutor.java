package io.oxlinkit.cli.fleet;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** A sync pool that knows how many of its tasks are not finished, so a test waits for idleness, not for a time. */
final class CountedExecutor implements Executor {

    private final ExecutorService pool = Executors.newFixedThreadPool(4);
    private int unfinished;

    @Override
    public void execute(Runnable task) {
        synchronized (this) {
            unfinished++;
        }
        pool.execute(() -> {
            try {
                task.run();
            } finally {
                synchronized (this) {
                    unfinished--;
                    notifyAll();
                }
            }
        });
    }

    /** Waits until every task asked so far has finished (at most two minutes, then fails). */
    synchronized void awaitIdle() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (unfinished > 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError(unfinished + " sync(s) did not finish within two minutes");
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    void shutdownNow() {
        pool.shutdownNow();
    }
}
