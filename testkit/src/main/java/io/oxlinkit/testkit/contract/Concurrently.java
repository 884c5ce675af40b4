package io.oxlinkit.testkit.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Runs tasks at once from several threads and collects each outcome (value or exception). */
public final class Concurrently {

    private Concurrently() {}

    /** Each task's result, or the exception it threw, in task order. */
    public static <T> List<Object> run(List<Callable<T>> tasks) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<T> future : futures) {
                try {
                    outcomes.add(future.get(60, TimeUnit.SECONDS));
                } catch (java.util.concurrent.ExecutionException failed) {
                    outcomes.add(failed.getCause());
                } catch (java.util.concurrent.TimeoutException slow) {
                    throw new AssertionError("a concurrent task did not finish within 60 s", slow);
                }
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}
