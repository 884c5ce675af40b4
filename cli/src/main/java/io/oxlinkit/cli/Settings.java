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
 * @param sealingKey {@code OXLIN_SEALING_KEY} (base64 of 32 bytes), default a key file created in the data directory
 */
record Settings(URI apiBaseUrl, URI authBaseUrl, URI embedBaseUrl, boolean agreement, String clientId, SecretValue clientSecret, String jdbcUrl, String jdbcUser,
                SecretValue jdbcPassword, byte[] sealingKey) {

    static final String DEFAULT_API = "http://127.0.0.1:8089/v2.1";
    static final String DEFAULT_AUTH = "http://127.0.0.1:8089";

    /** Reads the settings. */
    static Settings from(Map<String, String> env, CommonOptions options) {
        URI api = URI.create(env.getOrDefault("OXLIN_BASE_URL", DEFAULT_API));
        URI auth = URI.create(env.getOrDefault("OXLIN_AUTH_URL", DEFAULT_AUTH));
        URI embed = URI.create(env.getOrDefault("OXLIN_EMBED_URL", DEFAULT_AUTH));
        boolean agreement = !"false".equalsIgnoreCase(env.getOrDefault("OXLIN_AGREEMENT", "true"));
        Path dataDir = options.dataDir.orElse(Path.of(System.getProperty("user.home"), ".oxlinkit"));
        String clientId = env.getOrDefault("OXLIN_CLIENT_ID", SandboxConfig.DEFAULT_CLIENT_ID);
        Optional<String> secret = Optional.ofNullable(env.get("OXLIN_CLIENT_SECRET")).or(() -> options.clientSecretFile.map(Settings::read));
        boolean local = api.getHost() != null && (api.getHost().startsWith("127.") || api.getHost().equals("localhost"));
        if (secret.isEmpty() && !local) {
            throw new CliException("OXLIN_CLIENT_SECRET (or --client-secret-file) is required for " + api);
        }
        String jdbcUrl = options.jdbcUrl.or(() -> Optional.ofNullable(env.get("OXLIN_JDBC_URL")))
                .orElse("jdbc:h2:file:" + dataDir.resolve("oxlin").toAbsolutePath());
        String jdbcUser = options.jdbcUser.or(() -> Optional.ofNullable(env.get("OXLIN_JDBC_USER"))).orElse("sa");
        String jdbcPassword = Optional.ofNullable(env.get("OXLIN_JDBC_PASSWORD")).or(() -> options.jdbcPasswordFile.map(Settings::read)).orElse("");
        byte[] key = Optional.ofNullable(env.get("OXLIN_SEALING_KEY")).map(k -> Base64.getDecoder().decode(k.trim()))
                .orElseGet(() -> keyFile(dataDir));
        return new Settings(api, auth, embed, agreement, clientId, SecretValue.of(secret.orElse(SandboxConfig.DEFAULT_CLIENT_SECRET)), jdbcUrl, jdbcUser,
                SecretValue.of(jdbcPassword), key);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        } catch (IOException failure) {
            throw new CliException("cannot read " + file + ": " + failure.getClass().getSimpleName());
        }
    }

    /** A sealing key kept in the data directory, readable by its owner only; created on first use. */
    static byte[] keyFile(Path dataDir) {
        Path file = dataDir.resolve("sealing.key");
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(dataDir);
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                Files.writeString(file, Base64.getEncoder().encodeToString(key));
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException notPosix) {
                    // Not a POSIX file system: the host protects the directory itself.
                }
            }
            return Base64.getDecoder().decode(Files.readString(file).trim());
        } catch (IOException failure) {
            throw new CliException("cannot create or read the sealing key in " + dataDir + ": " + failure.getClass().getSimpleName());
        }
    }

    @Override
    public String toString() {
        return "Settings[api=" + apiBaseUrl + ", auth=" + authBaseUrl + ", clientId=" + clientId + ", jdbcUrl=" + jdbcUrl + ", secrets=***]";
    }
}
