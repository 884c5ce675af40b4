package io.oxlinkit.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PerformanceReportTest {

    private static final List<String> LINES = List.of(
            "== FullSyncHarness h2 5000 5",
            "full sync of 10000 transactions on h2: kit 30500 items/s, raw sequential pipeline 25000 items/s (medians);"
                    + " median paired ratio 1.22x (min 1.10, max 1.31)",
            "full sync of 1000000 transactions on h2: kit 36000 items/s, raw sequential pipeline 31000 items/s"
                    + " (medians); median paired ratio 1.16x (min 1.12, max 1.19)",
            "full sync of 1000000 transactions on h2: kit 36000 items/s, raw store alone 60000 items/s"
                    + " (medians); median paired ratio 0.61x (min 0.55, max 0.66)",
            "memory h2 10000 transactions: 25% pages=5 retained=20971520 peak=41943040",
            "memory h2 10000 transactions: 100% pages=20 retained=19922944 peak=48234496",
            "memory h2 1000000 transactions: 100% pages=2000 retained=23068672 peak=52428800",
            "pump on h2, 1 thread(s): 100000 events applied (each delivered twice) in 7.0 s: 14255 events/s",
            "an unrelated line");

    @Test
    void theGeneratedSectionHoldsEveryMeasuredNumberAndNothingElse() {
        PerformanceReport.Results results = PerformanceReport.parse(LINES);
        assertThat(results.syncs()).hasSize(2);
        assertThat(results.partials()).hasSize(1);
        String section = PerformanceReport.section(results, "2 cores", "img");
        assertThat(section)
                .contains("| h2 | 10,000 | 30,500 | 25,000 | **1.22x** (min 1.10, max 1.31) |")
                .contains("| h2 | 1,000,000 | 36,000 | 31,000 | **1.16x** (min 1.12, max 1.19) |")
                .contains("| h2 | 1,000,000 | raw store alone | 60,000 | 0.61x (min 0.55, max 0.66) |")
                .contains("| h2 | 10,000 | 20.0 / 19.0 | 46.0 |")
                .contains("| h2 | 1 | 100,000 | 14,255 |")
                .contains("(2 cores)")
                .contains("img/full-sync-throughput.png");
    }

    @Test
    void theSectionBetweenTheMarkersIsReplacedAndTheRestKept() {
        String doc = "# Performance\nbefore\n" + PerformanceReport.BEGIN + "\nold table\n" + PerformanceReport.END
                + "\nafter\n";
        String replaced = PerformanceReport.replaceSection(doc, "new table\n");
        assertThat(replaced)
                .startsWith("# Performance\nbefore\n")
                .contains("new table")
                .doesNotContain("old table")
                .endsWith(PerformanceReport.END + "\nafter\n");
        assertThatThrownBy(() -> PerformanceReport.replaceSection("no markers", "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theReportWritesTheDocumentAndTwoReadablePlots(@TempDir Path dir) throws Exception {
        Path results = Files.write(dir.resolve("harnesses.txt"), LINES);
        Path doc = Files.writeString(
                dir.resolve("performance.md"), "x\n" + PerformanceReport.BEGIN + "\n" + PerformanceReport.END + "\n");
        PerformanceReport.main(new String[] {
            results.toString(), doc.toString(), dir.resolve("img").toString(), "test machine"
        });
        assertThat(Files.readString(doc)).contains("**1.16x**").contains("(img/full-sync-throughput.png)");
        for (String plot : List.of("full-sync-throughput.png", "sync-retained-heap.png")) {
            BufferedImage image = ImageIO.read(dir.resolve("img").resolve(plot).toFile());
            assertThat(image.getWidth()).isEqualTo(720);
            assertThat(image.getRGB(100, 100)).as("a white background").isEqualTo(0xFFFFFFFF);
        }
    }
}
