package io.oxlinkit.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oxlinkit.application.port.CredentialEncryptor;
import io.oxlinkit.application.port.UnusableKeyException;
import io.oxlinkit.domain.key.EncryptionKey;
import io.oxlinkit.domain.secret.SecretValue;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of every {@link CredentialEncryptor}: an armored message per value, a fresh one each
 * time, readable by the key's owner, never holding the plaintext, safe from many threads, and an
 * expired key refused.
 */
public abstract class CredentialEncryptorContract {

    private CredentialEncryptor encryptor;

    /** The encryptor under test. */
    protected abstract CredentialEncryptor createEncryptor();

    /** A key the encryptor accepts, whose private part {@link #decrypt(String)} holds. */
    protected abstract EncryptionKey usableKey();

    /** A key past its expiration date. */
    protected abstract EncryptionKey expiredKey();

    /** Decrypts a message made by the encryptor to {@link #usableKey()}. */
    protected abstract String decrypt(String armoredMessage) throws Exception;

    @BeforeEach
    void setUpEncryptor() {
        encryptor = createEncryptor();
    }

    @Test
    void aValueBecomesAnArmoredMessageThatDecryptsToIt() throws Exception {
        String armored = encryptor.encrypt(usableKey(), SecretValue.of("password8"));
        assertThat(armored).startsWith("-----BEGIN PGP MESSAGE-----").contains("-----END PGP MESSAGE-----");
        assertThat(decrypt(armored)).isEqualTo("password8");
    }

    @Test
    void nonAsciiAndLongValuesSurviveTheRoundTrip() throws Exception {
        assertThat(decrypt(encryptor.encrypt(usableKey(), SecretValue.of("mot de passe é€"))))
                .isEqualTo("mot de passe é€");
        String thousand = "x".repeat(999) + "é";
        assertThat(decrypt(encryptor.encrypt(usableKey(), SecretValue.of(thousand))))
                .isEqualTo(thousand);
    }

    @Test
    void theMessageNeverHoldsThePlaintextAndIsFreshEachTime() {
        SecretValue value = SecretValue.of("hunter2-password");
        String first = encryptor.encrypt(usableKey(), value);
        String second = encryptor.encrypt(usableKey(), value);
        assertThat(first).doesNotContain("hunter2");
        assertThat(first).isNotEqualTo(second);
        assertThat(value.isWiped()).as("the caller owns the plaintext").isFalse();
    }

    @Test
    void anExpiredKeyIsRefused() {
        assertThatThrownBy(() -> encryptor.encrypt(expiredKey(), SecretValue.of("password8")))
                .isInstanceOf(UnusableKeyException.Expired.class)
                .hasMessageNotContaining("password8");
    }

    @Test
    void manyThreadsCanEncryptAtOnce() throws Exception {
        List<Callable<String>> tasks = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String plaintext = "value-" + i;
            tasks.add(() -> decrypt(encryptor.encrypt(usableKey(), SecretValue.of(plaintext))));
        }
        List<Object> outcomes = Concurrently.run(tasks);
        for (int i = 0; i < 8; i++) {
            assertThat(outcomes.get(i)).isEqualTo("value-" + i);
        }
    }
}
