package io.oxlinkit.testkit.contract.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oxlinkit.application.port.OxlinApiException;
import io.oxlinkit.domain.id.KeyId;
import io.oxlinkit.domain.id.ProviderId;
import io.oxlinkit.domain.key.EncryptionKey;
import io.oxlinkit.domain.provider.ChannelDefinition;
import io.oxlinkit.domain.provider.ChannelMode;
import io.oxlinkit.domain.provider.CredentialField;
import io.oxlinkit.domain.provider.Provider;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Providers with their channel definitions, and the PGP keys of EMBEDDED credentials. */
public abstract class ProvidersAndKeysContract extends ApiContractSupport {

    @Test
    void theProviderListHoldsEveryBankTheContractNeeds() {
        List<ProviderId> listed =
                api.listProviders(user).stream().map(Provider::id).toList();
        assertThat(listed)
                .containsAll(
                        Arrays.stream(BankRole.values()).map(emulator::bank).toList());
    }

    @Test
    void aTwoChannelBankOffersARedirectAndAnEmbeddedChannelOverDifferentAccountTypes() {
        ChannelDefinition redirect = channel(BankRole.TWO_CHANNELS, ChannelMode.REDIRECT);
        ChannelDefinition embedded = channel(BankRole.TWO_CHANNELS, ChannelMode.EMBEDDED);
        assertThat(redirect.accountTypes()).isNotEmpty();
        assertThat(embedded.accountTypes()).isNotEmpty();
        assertThat(Collections.disjoint(redirect.accountTypes(), embedded.accountTypes()))
                .isTrue();
        assertThat(embedded.credentials()).anyMatch(CredentialField::encrypt).anyMatch(f -> !f.encrypt());
    }

    @Test
    void anOptionalCredentialIsOneWhosePatternAcceptsTheEmptyValue() {
        ChannelDefinition embedded = channel(BankRole.OPTIONAL_CREDENTIAL, ChannelMode.EMBEDDED);
        assertThat(embedded.credentials())
                .anyMatch(ApiContractSupport::acceptsEmpty)
                .anyMatch(f -> !acceptsEmpty(f));
    }

    @Test
    void anUnavailableProviderIsMarkedSo() {
        assertThat(provider(BankRole.UNAVAILABLE).unavailable()).isTrue();
        assertThat(provider(BankRole.TWO_CHANNELS).unavailable()).isFalse();
    }

    @Test
    void anUnknownProviderIsNotFound() {
        assertThatThrownBy(() -> api.provider(user, ProviderId.of("987654321")))
                .isInstanceOf(OxlinApiException.NotFound.class);
    }

    @Test
    void aNewKeyHasAnArmoredPublicKeyAndExpiresLater() {
        KeyId id = api.createKey(user);
        EncryptionKey key = api.key(user, id);
        assertThat(key.id()).isEqualTo(id);
        assertThat(key.armoredPublicKey()).startsWith("-----BEGIN PGP PUBLIC KEY BLOCK-----");
        assertThat(key.expiration()).isAfter(emulator.now());
    }

    @Test
    void anUnknownKeyIsNotFound() {
        assertThatThrownBy(() -> api.key(user, KeyId.of("987654321"))).isInstanceOf(OxlinApiException.NotFound.class);
    }

    @Test
    void anotherUsersKeyIsNotFound() {
        KeyId mine = api.createKey(user);
        assertThatThrownBy(() -> api.key(emulator.newUser(), mine)).isInstanceOf(OxlinApiException.NotFound.class);
    }

    @Test
    void anExpiredKeyIsRefusedWithATypedError() {
        EncryptionKey key = key();
        ChannelDefinition embedded = channel(BankRole.TWO_CHANNELS, ChannelMode.EMBEDDED);
        var values = everyField(embedded, emulator.acceptedSecret());
        emulator.advance(Duration.between(emulator.now(), key.expiration()).plusMinutes(1));
        assertThatThrownBy(() -> api.createConnection(
                        user,
                        new io.oxlinkit.application.port.NewConnection(
                                emulator.bank(BankRole.TWO_CHANNELS),
                                embedded.id(),
                                java.util.Optional.of(key.id()),
                                values)))
                .isInstanceOfSatisfying(OxlinApiException.class, e -> {
                    assertThat(e.status()).isBetween(400, 499);
                    assertThat(e.isTransient()).isFalse();
                });
        assertThat(api.connections(user)).isEmpty();
    }
}
