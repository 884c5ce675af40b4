package io.oxlinkit.bench;

import com.zaxxer.hikari.HikariDataSource;
import io.oxlinkit.adapter.crypto.BouncyCastlePgpEncryptor;
import io.oxlinkit.adapter.http.FeignOxlinApi;
import io.oxlinkit.adapter.http.config.OxlinHttpConfig;
import io.oxlinkit.adapter.jdbc.JdbcStorage;
import io.oxlinkit.adapter.jdbc.SealingKeys;
import io.oxlinkit.application.OxlinKit;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.domain.secret.SecretValue;
import io.oxlinkit.sandbox.SandboxConfig;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The heap of a full sync as it goes: for each history size, a child JVM with {@code -Xmx64m} (H2's page cache
 * bounded to 8 MB) syncs one sandbox connection (two accounts) and, at 25, 50, 75 and 100 % of the pages,
 * collects the garbage and records the heap still in use (retained) and the peak of the heap pools so far.
 * Prints one line per size and the ratio of the retained heap at 100 % between the largest and the smallest.
 * Usage: {@code SyncMemoryHarness h2|postgres [transactions per account, ...]} (default 5000 500000).
 */
public final class SyncMemoryHarness {

    private SyncMemoryHarness() {}

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--child")) {
            child(args[1], Integer.parseInt(args[2]));
            return;
        }
        String database = args.length > 0 ? args[0] : "h2";
        List<Integer> sizes = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            sizes.add(Integer.parseInt(args[i]));
        }
        if (sizes.isEmpty()) {
            sizes = List.of(5_000, 500_000);
        }
        List<Long> retainedAtEnd = new ArrayList<>();
        for (int perAccount : sizes) {
            Process child = new ProcessBuilder(
                            java(),
                            "-Xmx64m",
                            "-cp",
                            System.getProperty("java.class.path"),
                            SyncMemoryHarness.class.getName(),
                            "--child",
                            database,
                            Integer.toString(perAccount))
                    .redirectErrorStream(true)
                    .start();
            String last = "";
            try (java.io.BufferedReader out = new java.io.BufferedReader(
                    new java.io.InputStreamReader(child.getInputStream(), java.nio.charset.StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.startsWith("memory ")) {
                        System.out.println(line);
                        last = line;
                    }
                }
            }
            if (child.waitFor() != 0) {
                throw new IllegalStateException(
                        "the child JVM for " + perAccount + " failed (exit " + child.exitValue() + ")");
            }
            retainedAtEnd.add(Long.parseLong(last.replaceAll(".*retained=(\\d+).*", "$1")));
        }
        System.out.printf(
                "retained heap at the end, largest over smallest history: %.2fx%n",
                (double) retainedAtEnd.get(retainedAtEnd.size() - 1) / retainedAtEnd.get(0));
    }

    private static String java() {
        return java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java")
                .toString();
    }

    private static void child(String database, int perAccount) throws Exception {
        try (FetchHarness.ServerHandle sandbox = FetchHarness.ServerHandle.external(perAccount);
                HikariDataSource dataSource = FullSyncHarness.dataSource(database, ";CACHE_SIZE=8192")) {
            JdbcStorage storage = JdbcStorage.open(dataSource, SealingKeys.current("bench", new byte[32]));
            FeignOxlinApi api = new FeignOxlinApi(
                    OxlinHttpConfig.builder()
                            .apiBaseUrl(sandbox.apiBaseUrl())
                            .authBaseUrl(sandbox.authBaseUrl())
                            .clientId(SandboxConfig.DEFAULT_CLIENT_ID)
                            .clientSecret(SecretValue.of(SandboxConfig.DEFAULT_CLIENT_SECRET))
                            .build(),
                    storage.vault(),
                    Clock.systemUTC());
            long totalPages = 2L * (perAccount / FetchHarness.PAGE + 1);
            int[] nextQuarter = {1};
            long[] peak = {0};
            OxlinKit kit = storage.plugInto(OxlinKit.builder())
                    .api(api)
                    .encryptor(new BouncyCastlePgpEncryptor(Clock.systemUTC()))
                    .synchronizeAfterSyncAll(false)
                    .syncListener(progress -> {
                        peak[0] = Math.max(peak[0], peakOfHeapPools());
                        while (nextQuarter[0] <= 4
                                && (progress.finished()
                                        || progress.pagesFetched() * 4L >= totalPages * nextQuarter[0])) {
                            System.gc();
                            long retained = ManagementFactory.getMemoryMXBean()
                                    .getHeapMemoryUsage()
                                    .getUsed();
                            System.out.printf(
                                    "memory %s %d transactions: %d%% pages=%d retained=%d peak=%d%n",
                                    database,
                                    2L * perAccount,
                                    nextQuarter[0] * 25,
                                    progress.pagesFetched(),
                                    retained,
                                    peak[0]);
                            nextQuarter[0]++;
                        }
                    })
                    .build();
            UserId user = kit.createUser("memory-" + System.nanoTime() + "@host.example");
            ConnectionId connection = FetchHarness.connect(kit, user);
            resetPeaks();
            kit.synchronize(connection);
            api.close();
        }
    }

    private static long peakOfHeapPools() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }
}
