package io.oxlinkit.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A credential encrypted with gpg to the sandbox's exported public key is accepted. */
class GpgCredentialTest {

    private Sandbox sandbox;
    private SandboxHttp http;
    private Path home;

    @BeforeEach
    void start() throws Exception {
        boolean present = new ProcessBuilder("gpg", "--version").start().waitFor() == 0;
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("gpg is required in CI");
        }
        Assumptions.assumeTrue(present, "gpg is not installed: gpg interop skipped");
        sandbox = Sandbox.start();
        http = new SandboxHttp(sandbox);
        home = Files.createTempDirectory(
                "sandbox-gpg", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    }

    @AfterEach
    void stop() throws IOException {
        if (sandbox != null) {
            sandbox.close();
        }
        if (home != null) {
            try (var files = Files.walk(home)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
    }

    private String gpg(String input, String... args) throws Exception {
        java.util.List<String> command =
                new java.util.ArrayList<>(java.util.List.of("gpg", "--homedir", home.toString(), "--batch", "--yes"));
        command.addAll(java.util.List.of(args));
        Process process = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (input != null) {
            process.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
        }
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        return out;
    }

    @Test
    void aCredentialEncryptedWithGpgIsAcceptedAndAPlaintextRefused() throws Exception {
        String token = http.newUser("ivy@example.test")[1];
        String[] key = http.newKey(token);
        Path publicKey = home.resolve("oxlin.asc");
        Files.writeString(publicKey, key[1]);
        gpg(null, "--import", publicKey.toString());
        String message =
                gpg("mot de passe é€", "--armor", "--trust-model", "always", "--encrypt", "-r", "OXLIN SANDBOX");
        assertThat(message).startsWith("-----BEGIN PGP MESSAGE-----");

        String body = "{\"provider_id\":\"87\",\"key_id\":\"" + key[0]
                + "\",\"credentials\":[{\"id\":\"300\",\"value\":\"ivy\"}," + "{\"id\":\"301\",\"value\":"
                + SandboxHttp.quote(message) + "}]}";
        assertThat(http.api("POST", "/connections", token, body).statusCode()).isEqualTo(201);
        String plain = "{\"provider_id\":\"87\",\"key_id\":\"" + key[0]
                + "\",\"credentials\":[{\"id\":\"300\",\"value\":\"ivy\"},"
                + "{\"id\":\"301\",\"value\":\"mot de passe\"}]}";
        assertThat(http.api("POST", "/connections", token, plain).statusCode()).isEqualTo(422);
    }
}
