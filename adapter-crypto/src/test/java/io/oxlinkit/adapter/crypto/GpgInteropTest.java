package io.oxlinkit.adapter.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oxlinkit.application.port.UnusableKeyException;
import io.oxlinkit.domain.id.KeyId;
import io.oxlinkit.domain.key.EncryptionKey;
import io.oxlinkit.domain.secret.SecretValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Interop with GnuPG: keys made by {@code gpg --quick-gen-key} are used by the adapter, and
 * {@code gpg --decrypt} returns exactly the plaintext. Skipped, with a message, only when gpg is absent
 * (and never in CI: {@code .ci/run} makes sure gpg is installed).
 */
class GpgInteropTest {

    private static final String NON_ASCII = "mot de passe é€";
    private static final String THOUSAND = "Aé€-".repeat(250);

    private static Gpg gpg;
    private final BouncyCastlePgpEncryptor encryptor = new BouncyCastlePgpEncryptor(Clock.systemUTC());

    @BeforeAll
    static void startGpg() throws Exception {
        boolean present = Gpg.available();
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("gpg is required in CI for the OpenPGP interop tests");
        }
        Assumptions.assumeTrue(present, "gpg is not installed: OpenPGP interop tests skipped");
        gpg = Gpg.withFreshHome();
    }

    @AfterAll
    static void stopGpg() throws Exception {
        if (gpg != null) {
            gpg.close();
        }
    }

    private static EncryptionKey oxlinKey(String id, String armored) {
        return new EncryptionKey(KeyId.of(id), armored, Instant.now().plus(1, ChronoUnit.HOURS));
    }

    private void roundTrip(EncryptionKey key) throws Exception {
        assertThat(gpg.decrypt(encryptor.encrypt(key, SecretValue.of("password8"))))
                .isEqualTo("password8");
        assertThat(gpg.decrypt(encryptor.encrypt(key, SecretValue.of(NON_ASCII))))
                .isEqualTo(NON_ASCII);
        assertThat(THOUSAND).hasSize(1000);
        assertThat(gpg.decrypt(encryptor.encrypt(key, SecretValue.of(THOUSAND))))
                .isEqualTo(THOUSAND);
    }

    @Test
    void rsaKeyMadeByGpgDecryptsWhatTheAdapterEncrypts() throws Exception {
        gpg.run("--quick-gen-key", "RSA Interop <rsa@oxlinkit.test>", "rsa2048", "sign,cert", "never");
        gpg.run("--quick-add-key", gpg.fingerprint("rsa@oxlinkit.test"), "rsa2048", "encr", "never");
        roundTrip(oxlinKey("rsa", gpg.text("--armor", "--export", "rsa@oxlinkit.test")));
    }

    @Test
    void ed25519Cv25519KeyMadeByGpgDecryptsWhatTheAdapterEncrypts() throws Exception {
        gpg.run("--quick-gen-key", "ECC Interop <ecc@oxlinkit.test>", "ed25519", "sign,cert", "never");
        gpg.run("--quick-add-key", gpg.fingerprint("ecc@oxlinkit.test"), "cv25519", "encr", "never");
        roundTrip(oxlinKey("ecc", gpg.text("--armor", "--export", "ecc@oxlinkit.test")));
    }

    @Test
    void aPrimaryRsaKeyWithEveryUsageIsUsedDirectly() throws Exception {
        gpg.run("--quick-gen-key", "RSA Single <single@oxlinkit.test>", "rsa2048", "sign,cert,encr", "never");
        roundTrip(oxlinKey("single", gpg.text("--armor", "--export", "single@oxlinkit.test")));
    }

    @Test
    void aSigningOnlyKeyMadeByGpgIsRefused() throws Exception {
        gpg.run("--quick-gen-key", "Sign Only <sign@oxlinkit.test>", "rsa2048", "sign,cert", "never");
        EncryptionKey key = oxlinKey("sign", gpg.text("--armor", "--export", "sign@oxlinkit.test"));
        assertThatThrownBy(() -> encryptor.encrypt(key, SecretValue.of("password8")))
                .isInstanceOf(UnusableKeyException.NoEncryptionKey.class);
    }

    @Test
    void aRevokedKeyMadeByGpgIsRefused() throws Exception {
        gpg.run("--quick-gen-key", "Revoked <revoked@oxlinkit.test>", "rsa2048", "sign,cert,encr", "never");
        String fingerprint = gpg.fingerprint("revoked@oxlinkit.test");
        Path certificate = gpg.home().resolve("openpgp-revocs.d").resolve(fingerprint + ".rev");
        String armored = Files.readString(certificate)
                .replace(":-----BEGIN PGP PUBLIC KEY BLOCK-----", "-----BEGIN PGP PUBLIC KEY BLOCK-----");
        Path usable = gpg.home().resolve("revoke.asc");
        Files.writeString(usable, armored.substring(armored.indexOf("-----BEGIN PGP PUBLIC KEY BLOCK-----")));
        gpg.run("--import", usable.toString());
        EncryptionKey key = oxlinKey("revoked", gpg.text("--armor", "--export", "revoked@oxlinkit.test"));
        assertThatThrownBy(() -> encryptor.encrypt(key, SecretValue.of("password8")))
                .isInstanceOf(UnusableKeyException.Revoked.class);
    }

    @Test
    void aPrivateKeyBlockExportedByGpgIsRefused() throws Exception {
        gpg.run("--quick-gen-key", "Secret <secret@oxlinkit.test>", "rsa2048", "sign,cert,encr", "never");
        EncryptionKey key = oxlinKey("secret", gpg.text("--armor", "--export-secret-keys", "secret@oxlinkit.test"));
        assertThatThrownBy(() -> encryptor.encrypt(key, SecretValue.of("password8")))
                .isInstanceOf(UnusableKeyException.PrivateKeyBlock.class);
    }
}
