package io.oxlinkit.adapter.crypto;

import io.oxlinkit.application.port.CredentialEncryptor;
import io.oxlinkit.domain.id.KeyId;
import io.oxlinkit.domain.key.EncryptionKey;
import io.oxlinkit.testkit.contract.CredentialEncryptorContract;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** The Bouncy Castle adapter keeps the testkit's encryptor contract. */
class BouncyCastlePgpEncryptorContractTest extends CredentialEncryptorContract {

    private static final TestKeys.Pair PAIR = TestKeys.generate(TestKeys.Kind.RSA_2048);

    @Override
    protected CredentialEncryptor createEncryptor() {
        return new BouncyCastlePgpEncryptor(Clock.systemUTC());
    }

    @Override
    protected EncryptionKey usableKey() {
        return new EncryptionKey(
                KeyId.of("contract"), PAIR.armoredPublicKey(), Instant.now().plus(Duration.ofHours(1)));
    }

    @Override
    protected EncryptionKey expiredKey() {
        return new EncryptionKey(
                KeyId.of("contract-old"), PAIR.armoredPublicKey(), Instant.now().minusSeconds(5));
    }

    @Override
    protected String decrypt(String armoredMessage) throws Exception {
        return PAIR.decrypt(armoredMessage);
    }
}
