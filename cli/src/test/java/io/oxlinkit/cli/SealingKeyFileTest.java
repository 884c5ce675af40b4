package io.oxlinkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SealingKeyFileTest {

    @TempDir
    Path home;

    @Test
    void theKeyFileIsCreatedOwnerOnlyInAnOwnerOnlyDirectoryAndReadBackTheSame() throws Exception {
        Path file = home.resolve("fresh").resolve("sealing.key");

        byte[] first = Settings.keyFile(file);

        assertThat(first).hasSize(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
                .isEqualTo("rwx------");
        assertThat(Settings.keyFile(file)).as("read back, not replaced").isEqualTo(first);
    }

    @Test
    void theDefaultKeyFileLivesInTheConfigDirectoryApartFromTheDatabase() {
        Path config = home.resolve("config");

        Path file = Settings.defaultKeyFile(Map.of("XDG_CONFIG_HOME", config.toString()));

        assertThat(file).isEqualTo(config.resolve("oxlinkit").resolve("sealing.key"));
        assertThat(file.startsWith(Path.of(System.getProperty("user.home"), ".oxlinkit")))
                .as("not in the default data directory")
                .isFalse();
    }

    @Test
    void aDamagedKeyFileIsAClearErrorThatNamesNoKeyMaterial() throws Exception {
        Path file = home.resolve("sealing.key");
        Files.writeString(file, "not base64 !!! c2VjcmV0");

        assertThatThrownBy(() -> Settings.keyFile(file))
                .isInstanceOf(CliException.class)
                .hasMessageContaining(file.toString())
                .hasMessageNotContaining("c2VjcmV0");
    }
}
