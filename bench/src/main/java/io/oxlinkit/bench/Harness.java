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

    /** A baseline of {@link #compareAll}: its name, what to do before each run (outside its time), the run. */
    record Baseline(String name, Preparation prepare, Callable<Long> work) {}

    /**
     * The candidate against several baselines in one run: each round runs the candidate and every baseline once,
     * in an order rotated from round to round, each after its preparation (outside its time). Answers one pair of
     * sides per baseline, the candidate's side shared, for {@link #report}.
     */
    static List<Side[]> compareAll(
            String candidateName,
            Preparation prepareCandidate,
            Callable<Long> candidate,
            List<Baseline> baselines,
            int runs)
            throws Exception {
        Side a = new Side(candidateName, new ArrayList<>());
        List<Side> others = new ArrayList<>();
        baselines.forEach(b -> others.add(new Side(b.name(), new ArrayList<>())));
        int sides = baselines.size() + 1;
        for (int run = 0; run < runs; run++) {
            StringBuilder line = new StringBuilder("  run " + (run + 1) + ":");
            for (int k = 0; k < sides; k++) {
                int side = (k + run) % sides;
                if (side == 0) {
                    prepareCandidate.run();
                    a.rates().add(rate(candidate));
                } else {
                    Baseline baseline = baselines.get(side - 1);
                    baseline.prepare().run();
                    others.get(side - 1).rates().add(rate(baseline.work()));
                }
            }
            line.append(String.format(" %s %.0f/s", a.name(), a.rates().get(run)));
            for (Side other : others) {
                line.append(
                        String.format(", %s %.0f/s", other.name(), other.rates().get(run)));
            }
            System.out.println(line);
        }
        List<Side[]> pairs = new ArrayList<>();
        others.forEach(other -> pairs.add(new Side[] {a, other}));
        return pairs;
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
