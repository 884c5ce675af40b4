package io.oxlinkit.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** Timing of whole runs: warm-up, then alternating measured runs of the candidate and its baseline; medians. */
final class Harness {

    /** Result of one side: items per second of each measured run. */
    record Side(String name, List<Double> rates) {
        double median() {
            List<Double> sorted = new ArrayList<>(rates);
            sorted.sort(Double::compare);
            return sorted.get(sorted.size() / 2);
        }
    }

    private Harness() {}

    /** Runs both sides {@code runs} times, alternating (baseline first on odd runs), each run processing {@code items}. */
    static Side[] compare(
            String candidateName, Callable<Long> candidate, String baselineName, Callable<Long> baseline, int runs)
            throws Exception {
        Side a = new Side(candidateName, new ArrayList<>());
        Side b = new Side(baselineName, new ArrayList<>());
        for (int run = 0; run < runs; run++) {
            if (run % 2 == 0) {
                a.rates().add(rate(candidate));
                b.rates().add(rate(baseline));
            } else {
                b.rates().add(rate(baseline));
                a.rates().add(rate(candidate));
            }
            System.out.printf(
                    "  run %d: %s %.0f/s, %s %.0f/s%n",
                    run + 1, a.name(), a.rates().get(run), b.name(), b.rates().get(run));
        }
        return new Side[] {a, b};
    }

    /** Work to do before a measured run, outside its time (emptying the tables a run fills). */
    @FunctionalInterface
    interface Preparation {
        void run() throws Exception;
    }

    /** As {@link #compare}, each side's preparation run before each of its runs and left out of its time. */
    static Side[] compare(
            String candidateName,
            Preparation prepareCandidate,
            Callable<Long> candidate,
            String baselineName,
            Preparation prepareBaseline,
            Callable<Long> baseline,
            int runs)
            throws Exception {
        Side a = new Side(candidateName, new ArrayList<>());
        Side b = new Side(baselineName, new ArrayList<>());
        for (int run = 0; run < runs; run++) {
            if (run % 2 == 0) {
                prepareCandidate.run();
                a.rates().add(rate(candidate));
                prepareBaseline.run();
                b.rates().add(rate(baseline));
            } else {
                prepareBaseline.run();
                b.rates().add(rate(baseline));
                prepareCandidate.run();
                a.rates().add(rate(candidate));
            }
            System.out.printf(
                    "  run %d: %s %.0f/s, %s %.0f/s%n",
                    run + 1, a.name(), a.rates().get(run), b.name(), b.rates().get(run));
        }
        return new Side[] {a, b};
    }

    /** Prints the medians and the median of the paired ratios (each run's candidate over the baseline run beside it). */
    static double report(String title, Side[] sides) {
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < sides[0].rates().size(); i++) {
            ratios.add(sides[0].rates().get(i) / sides[1].rates().get(i));
        }
        ratios.sort(Double::compare);
        double ratio = ratios.get(ratios.size() / 2);
        System.out.printf(
                "%s: %s %.0f items/s, %s %.0f items/s (medians); median paired ratio %.2fx (min %.2f, max %.2f)%n",
                title,
                sides[0].name(),
                sides[0].median(),
                sides[1].name(),
                sides[1].median(),
                ratio,
                ratios.get(0),
                ratios.get(ratios.size() - 1));
        return ratio;
    }

    private static double rate(Callable<Long> work) throws Exception {
        System.gc();
        long start = System.nanoTime();
        long items = work.call();
        double seconds = (System.nanoTime() - start) / 1e9;
        return items / seconds;
    }
}
