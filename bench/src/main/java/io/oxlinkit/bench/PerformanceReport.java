package io.oxlinkit.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/**
 * Turns the lines the harnesses printed ({@code bench/run.sh harnesses} keeps them in
 * {@code bench/target/harnesses.txt}) into docs/performance.md's generated section (between its
 * {@code bench-report} markers) and two PNG plots: full-sync throughput and retained heap against the
 * history size. Only measured numbers are written; a harness that printed nothing leaves its table empty.
 * Usage: {@code PerformanceReport results.txt docs/performance.md docs/img "machine description"}.
 */
public final class PerformanceReport {

    static final String BEGIN = "<!-- bench-report:begin -->";
    static final String END = "<!-- bench-report:end -->";

    private static final Pattern SYNC = Pattern.compile(
            "full sync of (\\d+) transactions on (\\w+): kit (\\d+) items/s, raw sequential pipeline (\\d+) items/s"
                    + " \\(medians\\); median paired ratio ([\\d.]+)x \\(min ([\\d.]+), max ([\\d.]+)\\)");
    private static final Pattern PARTIAL = Pattern.compile(
            "full sync of (\\d+) transactions on (\\w+): kit \\d+ items/s, (raw store alone|raw fetch and parse alone)"
                    + " (\\d+) items/s \\(medians\\); median paired ratio ([\\d.]+)x \\(min ([\\d.]+), max ([\\d.]+)\\)");
    private static final Pattern MEMORY =
            Pattern.compile("memory (\\w+) (\\d+) transactions: (\\d+)% pages=\\d+ retained=(\\d+) peak=(\\d+)");
    private static final Pattern PUMP =
            Pattern.compile("pump on (\\w+), (\\d+) thread\\(s\\): (\\d+) events applied .*: (\\d+) events/s");

    /** One full-sync result. */
    record Sync(String database, long transactions, long kit, long raw, double ratio, double min, double max) {}

    /** The kit against one stage of the raw pipeline alone, in the same run as a {@link Sync}. */
    record Partial(
            String database, long transactions, String baseline, long raw, double ratio, double min, double max) {}

    /** One memory sample of a sync at a quarter of its pages. */
    record Memory(String database, long transactions, int percent, long retained, long peak) {}

    /** One pump result. */
    record Pump(String database, int threads, long events, long perSecond) {}

    /** Everything the harnesses printed that the report uses. */
    record Results(List<Sync> syncs, List<Partial> partials, List<Memory> memory, List<Pump> pumps) {}

    private PerformanceReport() {}

    public static void main(String[] args) throws IOException {
        Results results = parse(Files.readAllLines(Path.of(args[0])));
        Path doc = Path.of(args[1]);
        Path images = Path.of(args[2]);
        String machine = args.length > 3 ? args[3] : "";
        Files.createDirectories(images);
        plot(images.resolve("full-sync-throughput.png"), "Full sync: transactions/s", throughput(results));
        plot(images.resolve("sync-retained-heap.png"), "Retained heap at the end of a sync (MB)", heap(results));
        String relative = doc.toAbsolutePath()
                .getParent()
                .relativize(images.toAbsolutePath())
                .toString();
        Files.writeString(doc, replaceSection(Files.readString(doc), section(results, machine, relative)));
    }

    static Results parse(List<String> lines) {
        List<Sync> syncs = new ArrayList<>();
        List<Partial> partials = new ArrayList<>();
        List<Memory> memory = new ArrayList<>();
        List<Pump> pumps = new ArrayList<>();
        for (String line : lines) {
            Matcher m = SYNC.matcher(line);
            if (m.find()) {
                syncs.add(new Sync(
                        m.group(2),
                        Long.parseLong(m.group(1)),
                        Long.parseLong(m.group(3)),
                        Long.parseLong(m.group(4)),
                        Double.parseDouble(m.group(5)),
                        Double.parseDouble(m.group(6)),
                        Double.parseDouble(m.group(7))));
            }
            m = PARTIAL.matcher(line);
            if (m.find()) {
                partials.add(new Partial(
                        m.group(2),
                        Long.parseLong(m.group(1)),
                        m.group(3),
                        Long.parseLong(m.group(4)),
                        Double.parseDouble(m.group(5)),
                        Double.parseDouble(m.group(6)),
                        Double.parseDouble(m.group(7))));
            }
            m = MEMORY.matcher(line);
            if (m.find()) {
                memory.add(new Memory(
                        m.group(1),
                        Long.parseLong(m.group(2)),
                        Integer.parseInt(m.group(3)),
                        Long.parseLong(m.group(4)),
                        Long.parseLong(m.group(5))));
            }
            m = PUMP.matcher(line);
            if (m.find()) {
                pumps.add(new Pump(
                        m.group(1),
                        Integer.parseInt(m.group(2)),
                        Long.parseLong(m.group(3)),
                        Long.parseLong(m.group(4))));
            }
        }
        return new Results(syncs, partials, memory, pumps);
    }

    static String section(Results results, String machine, String images) {
        StringBuilder md = new StringBuilder();
        md.append("Generated by `bench/run.sh harnesses` from the numbers it measured");
        md.append(machine.isBlank() ? "" : " (" + machine + ")").append(".\n\n");
        md.append("| database | transactions | kit (tx/s) | raw sequential pipeline (tx/s) | median paired ratio |\n");
        md.append("|---|---|---|---|---|\n");
        for (Sync s : results.syncs()) {
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %,d | %,d | %,d | **%.2fx** (min %.2f, max %.2f) |%n",
                    s.database(),
                    s.transactions(),
                    s.kit(),
                    s.raw(),
                    s.ratio(),
                    s.min(),
                    s.max()));
        }
        if (!results.partials().isEmpty()) {
            md.append(
                    "\n| database | transactions | raw stage alone | its tx/s | kit over it, median paired ratio |\n");
            md.append("|---|---|---|---|---|\n");
            for (Partial s : results.partials()) {
                md.append(String.format(
                        Locale.ROOT,
                        "| %s | %,d | %s | %,d | %.2fx (min %.2f, max %.2f) |%n",
                        s.database(),
                        s.transactions(),
                        s.baseline(),
                        s.raw(),
                        s.ratio(),
                        s.min(),
                        s.max()));
            }
        }
        md.append("\n| database | transactions | retained at 25 / 50 / 75 / 100 % (MB) | sum of pool peaks (MB) |\n");
        md.append("|---|---|---|---|\n");
        Map<String, List<Memory>> runs = new TreeMap<>();
        results.memory()
                .forEach(m -> runs.computeIfAbsent(m.database() + " " + m.transactions(), k -> new ArrayList<>())
                        .add(m));
        runs.values().forEach(samples -> {
            Memory first = samples.get(0);
            StringBuilder quarters = new StringBuilder();
            for (Memory m : samples) {
                quarters.append(quarters.length() == 0 ? "" : " / ").append(mb(m.retained()));
            }
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %,d | %s | %s |%n",
                    first.database(),
                    first.transactions(),
                    quarters,
                    mb(samples.get(samples.size() - 1).peak())));
        });
        md.append("\n| database | threads | events applied | events/s |\n|---|---|---|---|\n");
        for (Pump p : results.pumps()) {
            md.append(String.format(
                    Locale.ROOT, "| %s | %d | %,d | %,d |%n", p.database(), p.threads(), p.events(), p.perSecond()));
        }
        md.append("\n![full-sync throughput against history size](")
                .append(images)
                .append("/full-sync-throughput.png)\n");
        md.append("![retained heap against history size](").append(images).append("/sync-retained-heap.png)\n");
        return md.toString();
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / 1_048_576.0);
    }

    static String replaceSection(String document, String section) {
        int begin = document.indexOf(BEGIN);
        int end = document.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("the document has no " + BEGIN + " ... " + END + " section");
        }
        return document.substring(0, begin + BEGIN.length()) + "\n" + section + document.substring(end);
    }

    /** Series name to points (history size, value). */
    private static Map<String, TreeMap<Long, Double>> throughput(Results results) {
        Map<String, TreeMap<Long, Double>> series = new TreeMap<>();
        for (Sync s : results.syncs()) {
            series.computeIfAbsent("kit, " + s.database(), k -> new TreeMap<>())
                    .put(s.transactions(), (double) s.kit());
            series.computeIfAbsent("raw, " + s.database(), k -> new TreeMap<>())
                    .put(s.transactions(), (double) s.raw());
        }
        return series;
    }

    private static Map<String, TreeMap<Long, Double>> heap(Results results) {
        Map<String, TreeMap<Long, Double>> series = new TreeMap<>();
        for (Memory m : results.memory()) {
            if (m.percent() == 100) {
                series.computeIfAbsent(m.database(), k -> new TreeMap<>())
                        .put(m.transactions(), m.retained() / 1_048_576.0);
            }
        }
        return series;
    }

    /** A line plot, history size on a log scale, value from zero; one colour a series. */
    static void plot(Path file, String title, Map<String, TreeMap<Long, Double>> series) throws IOException {
        int width = 720;
        int height = 420;
        int left = 80;
        int right = 200;
        int top = 40;
        int bottom = 60;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        g.drawString(title, left, 24);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        double maxValue = series.values().stream()
                .flatMap(s -> s.values().stream())
                .mapToDouble(v -> v)
                .max()
                .orElse(1);
        long minX = series.values().stream()
                .flatMap(s -> s.keySet().stream())
                .mapToLong(v -> v)
                .min()
                .orElse(1);
        long maxX = series.values().stream()
                .flatMap(s -> s.keySet().stream())
                .mapToLong(v -> v)
                .max()
                .orElse(10);
        double logMin = Math.log10(minX);
        double logSpan = Math.max(1e-9, Math.log10(maxX) - logMin);
        int plotWidth = width - left - right;
        int plotHeight = height - top - bottom;
        g.drawLine(left, top + plotHeight, left + plotWidth, top + plotHeight);
        g.drawLine(left, top, left, top + plotHeight);
        for (int i = 0; i <= 4; i++) {
            double value = maxValue * 1.1 * i / 4;
            int y = top + plotHeight - (int) (plotHeight * i / 4.0);
            g.drawString(String.format(Locale.ROOT, "%,.0f", value), 8, y + 4);
        }
        g.drawString("history size (transactions, log scale)", left + plotWidth / 2 - 100, height - 15);
        Color[] colours = {new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c), new Color(0xd62728)};
        int index = 0;
        for (Map.Entry<String, TreeMap<Long, Double>> line : series.entrySet()) {
            g.setColor(colours[index % colours.length]);
            g.setStroke(new BasicStroke(2f));
            int[] previous = null;
            for (Map.Entry<Long, Double> point : line.getValue().entrySet()) {
                int x = left + (int) (plotWidth * (Math.log10(point.getKey()) - logMin) / logSpan);
                int y = top + plotHeight - (int) (plotHeight * point.getValue() / (maxValue * 1.1));
                g.fillOval(x - 4, y - 4, 8, 8);
                g.drawString(String.format(Locale.ROOT, "%,d", point.getKey()), x - 20, top + plotHeight + 16);
                if (previous != null) {
                    g.drawLine(previous[0], previous[1], x, y);
                }
                previous = new int[] {x, y};
            }
            g.drawString(line.getKey(), left + plotWidth + 20, top + 20 + 18 * index);
            index++;
        }
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
    }
}
