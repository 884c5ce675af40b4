package io.oxlinkit.architecture.spotbugs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build's SpotBugs gate (FindSecBugs, effort max, threshold medium, {@code config/spotbugs-exclude.xml}) run
 * on two fixtures in a child JVM: a class with a predictable token and SQL built from input must be found, the
 * same jobs done right must not. {@code mvn verify} fails on any finding in the main modules, so this shows a
 * new offending class would fail the build, and that the exclusions do not hide these classes of bug.
 */
class SpotBugsGateTest {

    private static final Path FIXTURES =
            Path.of("target", "test-classes", "io", "oxlinkit", "architecture", "spotbugs", "fixture");
    private static final Path EXCLUSIONS = Path.of("..", "config", "spotbugs-exclude.xml");
    private static final Pattern BUG_TYPE = Pattern.compile("<BugInstance[^>]*\\btype=\"([A-Z0-9_]+)\"");

    @TempDir
    static Path work;

    private static String classpath;
    private static String findSecBugs;

    @BeforeAll
    static void splitTheTestClasspath() {
        String testClasspath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> entries = Arrays.asList(testClasspath.split(File.pathSeparator));
        findSecBugs = entries.stream()
                .filter(e -> e.contains("findsecbugs-plugin"))
                .findFirst()
                .orElseThrow();
        // the plugin is given to SpotBugs as a plugin, not on its own classpath
        classpath = entries.stream()
                .filter(e -> !e.contains("findsecbugs-plugin"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    @Test
    void theGateFindsAPredictableTokenAndSqlBuiltFromInput() throws Exception {
        List<String> found = analyse("offending");

        assertThat(found).contains("PREDICTABLE_RANDOM", "SQL_INJECTION_JDBC");
    }

    @Test
    void theGateFindsNothingInTheSameJobsDoneRight() throws Exception {
        assertThat(analyse("clean")).isEmpty();
    }

    private static List<String> analyse(String fixture) throws Exception {
        assertThat(EXCLUSIONS).as("the build's exclusion file").isRegularFile();
        Path report = work.resolve(fixture + ".xml");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(
                java.toString(),
                "-cp",
                classpath,
                "edu.umd.cs.findbugs.FindBugs2",
                "-effort:max",
                "-medium",
                "-pluginList",
                findSecBugs,
                "-exclude",
                EXCLUSIONS.toString(),
                "-xml:withMessages",
                "-output",
                report.toString(),
                FIXTURES.resolve(fixture).toString()));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(work.resolve(fixture + ".log").toFile())
                .start();
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("SpotBugs finished").isTrue();
        assertThat(process.exitValue())
                .as(Files.readString(work.resolve(fixture + ".log")))
                .isZero();
        Matcher types = BUG_TYPE.matcher(Files.readString(report, StandardCharsets.UTF_8));
        List<String> found = new ArrayList<>();
        while (types.find()) {
            found.add(types.group(1));
        }
        return found;
    }
}
