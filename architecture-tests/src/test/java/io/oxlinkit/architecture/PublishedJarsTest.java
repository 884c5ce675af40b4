package io.oxlinkit.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every published jar names its module ({@code Automatic-Module-Name}, stable for hosts on the module path) and its
 * version ({@code Implementation-Version}). Reads the jars the reactor built before this module; run alone without
 * them, it is skipped, except with {@code CI=true}, where it fails.
 */
class PublishedJarsTest {

    private static final Map<String, String> MODULES = Map.of(
            "domain", "io.oxlinkit.domain",
            "application", "io.oxlinkit.application",
            "testkit", "io.oxlinkit.testkit",
            "adapter-crypto", "io.oxlinkit.adapter.crypto",
            "adapter-http", "io.oxlinkit.adapter.http",
            "adapter-persistence-jdbc", "io.oxlinkit.adapter.jdbc",
            "adapter-micrometer", "io.oxlinkit.adapter.micrometer",
            "spring-boot-starter", "io.oxlinkit.spring.boot",
            "sandbox", "io.oxlinkit.sandbox");

    static Stream<String> modules() {
        return MODULES.keySet().stream().sorted();
    }

    @ParameterizedTest
    @MethodSource("modules")
    void namesItsModuleAndVersion(String module) throws IOException {
        Path jar = builtJar(module);
        try (JarFile file = new JarFile(jar.toFile())) {
            Attributes manifest = file.getManifest().getMainAttributes();
            assertThat(manifest.getValue("Automatic-Module-Name")).isEqualTo(MODULES.get(module));
            assertThat(manifest.getValue("Implementation-Version")).isNotBlank();
        }
    }

    private static Path builtJar(String module) throws IOException {
        Path target = Path.of("..", module, "target");
        try (Stream<Path> files = Files.exists(target) ? Files.list(target) : Stream.empty()) {
            return files.filter(file -> file.getFileName()
                            .toString()
                            .matches("oxlin-kit-[a-z-]+-[0-9][^/]*(?<!-sources|-javadoc|-tests)\\.jar"))
                    .findFirst()
                    .orElseGet(() -> {
                        if ("true".equals(System.getenv("CI"))) {
                            throw new AssertionError(module + "'s jar was not built before the architecture tests");
                        }
                        Assumptions.abort(module + "'s jar is not built: run mvn verify from the root");
                        return null;
                    });
        }
    }
}
