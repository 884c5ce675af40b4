package io.oxlinkit.adapter.crypto;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** The {@code gpg} command line in a throw-away home directory, for interop tests. */
final class Gpg implements AutoCloseable {

    private final Path home;

    private Gpg(Path home) {
        this.home = home;
    }

    /** Whether gpg can be run here. */
    static boolean available() {
        try {
            Process process = new ProcessBuilder("gpg", "--version")
                    .redirectErrorStream(true)
                    .start();
            process.getInputStream().readAllBytes();
            return process.waitFor(20, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException | InterruptedException absent) {
            return false;
        }
    }

    /** A gpg with an empty keyring of its own. */
    static Gpg withFreshHome() throws IOException {
        Path home = Files.createTempDirectory(
                "oxlinkit-gpg", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        return new Gpg(home);
    }

    Path home() {
        return home;
    }

    /** Runs gpg with the given arguments (batch, loopback pinentry, empty passphrase); returns stdout. */
    byte[] run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                "gpg",
                "--homedir",
                home.toString(),
                "--batch",
                "--yes",
                "--pinentry-mode",
                "loopback",
                "--passphrase",
                ""));
        command.addAll(List.of(args));
        Path err = Files.createTempFile(home, "err", ".txt");
        Process process =
                new ProcessBuilder(command).redirectError(err.toFile()).start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("gpg " + String.join(" ", args) + " failed: " + Files.readString(err));
        }
        return out;
    }

    String text(String... args) throws IOException, InterruptedException {
        return new String(run(args), StandardCharsets.UTF_8);
    }

    /** The fingerprint of the only key of {@code uid}. */
    String fingerprint(String uid) throws IOException, InterruptedException {
        for (String line : text("--with-colons", "--list-keys", uid).split("\n")) {
            if (line.startsWith("fpr:")) {
                return line.split(":")[9];
            }
        }
        throw new IOException("no key for " + uid);
    }

    /** Decrypts an armored message with the keyring's private keys. */
    String decrypt(String armoredMessage) throws IOException, InterruptedException {
        Path message = Files.createTempFile(home, "msg", ".asc");
        Files.writeString(message, armoredMessage, StandardCharsets.US_ASCII);
        return new String(run("--decrypt", message.toString()), StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
