package io.oxlinkit.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Options shared by the commands that use the API and a database. */
final class CommonOptions {

    @Option(names = "--data-dir", description = "Where the default H2 database lives (default: ~/.oxlinkit).")
    Optional<Path> dataDir = Optional.empty();

    @Option(
            names = "--key-file",
            description =
                    "The sealing key file, created owner-only on first use (default: ~/.config/oxlinkit/sealing.key; or OXLIN_SEALING_KEY).")
    Optional<Path> keyFile = Optional.empty();

    @Option(names = "--jdbc-url", description = "JDBC URL of the database (default: an H2 file in the data directory).")
    Optional<String> jdbcUrl = Optional.empty();

    @Option(names = "--jdbc-user", description = "Database user (default: sa).")
    Optional<String> jdbcUser = Optional.empty();

    @Option(
            names = "--jdbc-password-file",
            description = "File holding the database password (or OXLIN_JDBC_PASSWORD).")
    Optional<Path> jdbcPasswordFile = Optional.empty();

    @Option(
            names = "--client-secret-file",
            description = "File holding the OXLIN client secret (or OXLIN_CLIENT_SECRET).")
    Optional<Path> clientSecretFile = Optional.empty();
}
