package io.oxlinkit.cli;

import io.oxlinkit.domain.secret.SecretValue;
import io.oxlinkit.sandbox.SandboxConfig;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the command line connects and stores, from flags and environment variables. Secrets come only
 * from the environment or from files, never from flags (which show in {@code ps}).
 *
 * @param apiBaseUrl {@code OXLIN_BASE_URL}, default the local sandbox {@code http://127.0.0.1:8089/v2.1}
 * @param authBaseUrl {@code OXLIN_AUTH_URL}, default {@code http://127.0.0.1:8089}
 * @param embedBaseUrl {@code OXLIN_EMBED_URL} (widget sessions), default {@code http://127.0.0.1:8089}
 * @param agreement {@code OXLIN_AGREEMENT}: whether the host holds its own PSD2 agreement (default true);
 *     without one, full-API commands refuse and banks are connected through {@code oxlin widget}
 * @param clientId {@code OXLIN_CLIENT_ID}, default the sandbox's
 * @param clientSecret {@code OXLIN_CLIENT_SECRET} or {@code --client-secret-file}; the sandbox's by default on loopback
 * @param jdbcUrl {@code --jdbc-url} or {@code OXLIN_JDBC_URL}, default an H2 file in the data directory
 * @param jdbcUser {@code --jdbc-user} or {@code OXLIN_JDBC_USER}, default {@code sa}
 * @param jdbcPassword {@code OXLIN_JDBC_PASSWORD} or {@code --jdbc-password-file}, default empty
 * @param sealingKey {@code OXLIN_SEALING_KEY} (base64 of 32 bytes), or the file {@code --key-file}, default
 *     {@code ~/.config/oxlinkit/sealing.key}: apart from the database, created owner-only on first use
 */
record Settings(
        URI apiBaseUrl,
        URI authBaseUrl,
        URI embedBaseUrl,
        boolean agreement,
        String clientId,
        SecretValue clientSecret,
        String jdbcUrl,
        String jdbcUser,
        SecretValue jdbcPassword,
        byte[] sealingKey) {

    static final String DEFAULT_API = "http://127.0.0.1:8089/v2.1";
    static final String DEFAULT_AUTH = "http://127.0.0.1:8089";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Reads the settings. */
    static Settings from(Map<String, String> env, CommonOptions options) {
        URI api = URI.create(env.getOrDefault("OXLIN_BASE_URL", DEFAULT_API));
        URI auth = URI.create(env.getOrDefault("OXLIN_AUTH_URL", DEFAULT_AUTH));
        URI embed = URI.create(env.getOrDefault("OXLIN_EMBED_URL", DEFAULT_AUTH));
        boolean agreement = !"false".equalsIgnoreCase(env.getOrDefault("OXLIN_AGREEMENT", "true"));
        Path dataDir = options.dataDir.orElse(Path.of(System.getProperty("user.home"), ".oxlinkit"));
        String clientId = env.getOrDefault("OXLIN_CLIENT_ID", SandboxConfig.DEFAULT_CLIENT_ID);
        Optional<String> secret = Optional.ofNullable(env.get("OXLIN_CLIENT_SECRET"))
                .or(() -> options.clientSecretFile.map(Settings::read));
        boolean local = api.getHost() != null
                && (api.getHost().startsWith("127.") || api.getHost().equals("localhost"));
        if (secret.isEmpty() && !local) {
            throw new CliException("OXLIN_CLIENT_SECRET (or --client-secret-file) is required for " + api);
        }
        String jdbcUrl = options.jdbcUrl
                .or(() -> Optional.ofNullable(env.get("OXLIN_JDBC_URL")))
                .orElse("jdbc:h2:file:" + dataDir.resolve("oxlin").toAbsolutePath());
        String jdbcUser = options.jdbcUser
                .or(() -> Optional.ofNullable(env.get("OXLIN_JDBC_USER")))
                .orElse("sa");
        String jdbcPassword = Optional.ofNullable(env.get("OXLIN_JDBC_PASSWORD"))
                .or(() -> options.jdbcPasswordFile.map(Settings::read))
                .orElse("");
        byte[] key = Optional.ofNullable(env.get("OXLIN_SEALING_KEY"))
                .map(k -> Base64.getDecoder().decode(k.trim()))
                .orElseGet(() -> keyFile(options.keyFile.orElseGet(() -> defaultKeyFile(env))));
        return new Settings(
                api,
                auth,
                embed,
                agreement,
                clientId,
                SecretValue.of(secret.orElse(SandboxConfig.DEFAULT_CLIENT_SECRET)),
                jdbcUrl,
                jdbcUser,
                SecretValue.of(jdbcPassword),
                key);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        } catch (IOException failure) {
            throw new CliException(
                    "cannot read " + file + ": " + failure.getClass().getSimpleName());
        }
    }

    /**
     * The sealing key in {@code file}, created on first use with owner-only permissions from its first byte (the
     * file is created {@code rw-------} before the key is written, in a directory created {@code rwx------}).
     */
    static byte[] keyFile(Path file) {
        try {
            if (!Files.exists(file)) {
                createOwnerOnly(file);
                byte[] key = new byte[32];
                RANDOM.nextBytes(key);
                Files.writeString(file, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
                java.util.Arrays.fill(key, (byte) 0);
            }
            return Base64.getDecoder()
                    .decode(Files.readString(file, StandardCharsets.US_ASCII).trim());
        } catch (IOException | IllegalArgumentException failure) {
            throw new CliException("cannot create or read the sealing key " + file + ": "
                    + failure.getClass().getSimpleName());
        }
    }

    /** The default key file: {@code $XDG_CONFIG_HOME/oxlinkit/sealing.key} (or {@code ~/.config/...}), apart from the database. */
    static Path defaultKeyFile(Map<String, String> env) {
        Path config = Optional.ofNullable(env.get("XDG_CONFIG_HOME"))
                .filter(v -> !v.isBlank())
                .map(Path::of)
                .orElse(Path.of(System.getProperty("user.home"), ".config"));
        return config.resolve("oxlinkit").resolve("sealing.key");
    }

    private static void createOwnerOnly(Path file) throws IOException {
        Path dir = Objects.requireNonNull(file.toAbsolutePath().getParent(), "a key file has a directory");
        boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
        if (!posix) {
            // Not a POSIX file system: the host protects the directory itself (docs/security.md).
            Files.createDirectories(dir);
            Files.createFile(file);
            return;
        }
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(
                    dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    }

    @Override
    public String toString() {
        return "Settings[api=" + apiBaseUrl + ", auth=" + authBaseUrl + ", clientId=" + clientId + ", jdbcUrl="
                + jdbcUrl + ", secrets=***]";
    }
}
