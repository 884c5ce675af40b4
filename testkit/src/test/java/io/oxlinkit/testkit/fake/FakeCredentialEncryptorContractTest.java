package io.oxlinkit.testkit.fake;

import io.oxlinkit.application.port.CredentialEncryptor;
import io.oxlinkit.domain.id.KeyId;
import io.oxlinkit.domain.key.EncryptionKey;
import io.oxlinkit.testkit.contract.CredentialEncryptorContract;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** The fake encryptor keeps the encryptor contract, so tests that use it mean what they say. */
class FakeCredentialEncryptorContractTest extends CredentialEncryptorContract {

    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    private static final String ARMORED =
            "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nx\n-----END PGP PUBLIC KEY BLOCK-----\n";

    @Override
    protected CredentialEncryptor createEncryptor() {
        return new FakeCredentialEncryptor(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Override
    protected EncryptionKey usableKey() {
        return new EncryptionKey(KeyId.of("k1"), ARMORED, NOW.plusSeconds(3600));
    }

    @Override
    protected EncryptionKey expiredKey() {
        return new EncryptionKey(KeyId.of("k0"), ARMORED, NOW.minusSeconds(1));
    }

    @Override
    protected String decrypt(String armoredMessage) {
        return FakeCredentialEncryptor.reveal(armoredMessage).orElseThrow().plaintext();
    }
}
