package io.oxlinkit.adapter.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oxlinkit.application.port.UnusableKeyException;
import io.oxlinkit.domain.id.KeyId;
import io.oxlinkit.domain.key.EncryptionKey;
import io.oxlinkit.domain.secret.SecretValue;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.Provider;
import java.security.Security;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.bouncycastle.bcpg.ArmoredInputStream;
import org.bouncycastle.bcpg.BCPGInputStream;
import org.bouncycastle.bcpg.Packet;
import org.bouncycastle.bcpg.PublicKeyEncSessionPacket;
import org.bouncycastle.bcpg.SymmetricEncIntegrityPacket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The adapter against keys of every kind, the guide's sample key, and each way a key can be unusable. */
class BouncyCastlePgpEncryptorTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    private final BouncyCastlePgpEncryptor encryptor = new BouncyCastlePgpEncryptor(Clock.fixed(NOW, ZoneOffset.UTC));

    private static EncryptionKey key(String id, String armored) {
        return new EncryptionKey(KeyId.of(id), armored, NOW.plus(Duration.ofHours(1)));
    }

    @ParameterizedTest
    @EnumSource(
            value = TestKeys.Kind.class,
            names = {"RSA_1024", "RSA_2048", "CURVE25519", "NIST_P256"})
    void everyKeyKindRoundTrips(TestKeys.Kind kind) throws Exception {
        TestKeys.Pair pair = TestKeys.generate(kind, NOW.minusSeconds(60), null);
        String message =
                encryptor.encrypt(key(kind.name(), pair.armoredPublicKey()), SecretValue.of("mot de passe é€"));
        assertThat(pair.decrypt(message)).isEqualTo("mot de passe é€");
    }

    @Test
    void theGuidesSampleKeyParsesAndReceivesAnIntegrityProtectedAes256Message() throws Exception {
        EncryptionKey guide =
                new EncryptionKey(KeyId.of("87"), TestKeys.guideSampleKey(), NOW.plus(Duration.ofHours(1)));
        String message = encryptor.encrypt(guide, SecretValue.of("password8"));
        assertThat(message)
                .startsWith("-----BEGIN PGP MESSAGE-----")
                .doesNotContain("password8")
                .doesNotContain("Version");

        BCPGInputStream packets = new BCPGInputStream(
                new ArmoredInputStream(new ByteArrayInputStream(message.getBytes(StandardCharsets.US_ASCII))));
        Packet first = packets.readPacket();
        Packet second = packets.readPacket();
        assertThat(first).isInstanceOfSatisfying(PublicKeyEncSessionPacket.class, p -> {
            assertThat(p.getVersion()).isEqualTo(3);
            assertThat(Long.toHexString(p.getKeyID())).isEqualToIgnoringCase("ba95bde39b83e778");
        });
        assertThat(second)
                .isInstanceOfSatisfying(
                        SymmetricEncIntegrityPacket.class,
                        p -> assertThat(p.getVersion()).isEqualTo(SymmetricEncIntegrityPacket.VERSION_1));
    }

    @Test
    void noJcaProviderIsRegistered() {
        encryptor.encrypt(
                key("rsa", TestKeys.generate(TestKeys.Kind.RSA_1024).armoredPublicKey()), SecretValue.of("x"));
        assertThat(Arrays.stream(Security.getProviders()).map(Provider::getName))
                .doesNotContain("BC");
    }

    @Test
    void aKeyIsParsedOncePerIdAndText() {
        String armored = TestKeys.generate(TestKeys.Kind.RSA_1024).armoredPublicKey();
        EncryptionKey key = key("cache", armored);
        RecipientKey first = encryptor.recipient(key);
        assertThat(encryptor.recipient(key)).isSameAs(first);
        EncryptionKey replaced =
                key("cache", TestKeys.generate(TestKeys.Kind.RSA_1024).armoredPublicKey());
        assertThat(encryptor.recipient(replaced)).isNotSameAs(first);
        assertThat(encryptor.cachedKeys()).isEqualTo(1);
    }

    @Test
    void garbageIsMalformed() {
        assertThatThrownBy(() -> encryptor.encrypt(key("g", "hello, I am not a key"), SecretValue.of("password8")))
                .isInstanceOf(UnusableKeyException.Malformed.class)
                .hasMessageContaining("g")
                .hasMessageNotContaining("password8");
        String armoredGarbage =
                "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nbm90IGEga2V5IGF0IGFsbA==\n=AAAA\n-----END PGP PUBLIC KEY BLOCK-----\n";
        assertThatThrownBy(() -> encryptor.encrypt(key("g2", armoredGarbage), SecretValue.of("password8")))
                .isInstanceOfAny(UnusableKeyException.Malformed.class, UnusableKeyException.TruncatedArmor.class);
    }

    @Test
    void aTruncatedArmorIsReportedAsSuch() {
        String armored = TestKeys.guideSampleKey();
        String cut = armored.substring(0, armored.length() / 2);
        assertThatThrownBy(() -> encryptor.encrypt(key("t", cut), SecretValue.of("password8")))
                .isInstanceOf(UnusableKeyException.TruncatedArmor.class);
        String[] lines = armored.split("\n");
        StringBuilder missingLine = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (i != 4) {
                missingLine.append(lines[i]).append('\n');
            }
        }
        assertThatThrownBy(() -> encryptor.encrypt(key("t2", missingLine.toString()), SecretValue.of("password8")))
                .isInstanceOf(UnusableKeyException.TruncatedArmor.class);
    }

    @Test
    void aPrivateKeyBlockIsRefused() {
        String secret = TestKeys.generate(TestKeys.Kind.RSA_1024).armoredSecretKey();
        assertThatThrownBy(() -> encryptor.encrypt(key("p", secret), SecretValue.of("password8")))
                .isInstanceOf(UnusableKeyException.PrivateKeyBlock.class);
    }

    @Test
    void aSigningOnlyKeyIsRefused() {
        String signOnly = TestKeys.generate(TestKeys.Kind.SIGN_ONLY).armoredPublicKey();
        assertThatThrownBy(() -> encryptor.encrypt(key("s", signOnly), SecretValue.of("password8")))
                .isInstanceOf(UnusableKeyException.NoEncryptionKey.class);
    }

    @Test
    void aKeyPastOxlinsExpirationDateIsRefused() {
        EncryptionKey expired = new EncryptionKey(KeyId.of("e"), TestKeys.guideSampleKey(), NOW.minusSeconds(1));
        assertThatThrownBy(() -> encryptor.encrypt(expired, SecretValue.of("password8")))
                .isInstanceOf(UnusableKeyException.Expired.class)
                .hasMessageContaining("OXLIN");
    }

    @Test
    void aKeyPastItsOwnExpirationIsRefused() {
        TestKeys.Pair old =
                TestKeys.generate(TestKeys.Kind.RSA_1024, NOW.minus(Duration.ofDays(10)), Duration.ofDays(1));
        assertThatThrownBy(() -> encryptor.encrypt(key("own", old.armoredPublicKey()), SecretValue.of("password8")))
                .isInstanceOf(UnusableKeyException.Expired.class);
    }

    @Test
    void theCallersPlaintextIsNotWipedAndEachMessageIsFresh() {
        SecretValue value = SecretValue.of("password8");
        EncryptionKey guide = key("87", TestKeys.guideSampleKey());
        assertThat(encryptor.encrypt(guide, value)).isNotEqualTo(encryptor.encrypt(guide, value));
        assertThat(value.isWiped()).isFalse();
    }
}
