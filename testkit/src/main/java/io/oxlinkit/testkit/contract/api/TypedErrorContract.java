package io.oxlinkit.testkit.contract.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oxlinkit.application.port.OxlinApiException;
import io.oxlinkit.domain.id.ConnectionId;
import org.junit.jupiter.api.Test;

/** Failures cross the port as the typed errors of {@link OxlinApiException}, with the server's error code. */
public abstract class TypedErrorContract extends ApiContractSupport {

    @Test
    void anUnknownConnectionIsNotFoundWithTheServersErrorCode() {
        assertThatThrownBy(() -> api.connection(user, ConnectionId.of("987654321")))
                .isInstanceOfSatisfying(OxlinApiException.NotFound.class, e -> {
                    assertThat(e.status()).isEqualTo(404);
                    assertThat(e.errorCode()).isNotBlank();
                    assertThat(e.isTransient()).isFalse();
                });
    }

    @Test
    void aBrokenServerIsATransientServerErrorAndTheNextCallsWorkOnceItRecovers() {
        api.listProviders(user);
        emulator.breakServer(503);
        assertThatThrownBy(() -> api.connections(user))
                .isInstanceOfSatisfying(OxlinApiException.ServerError.class, e -> {
                    assertThat(e.status()).isEqualTo(503);
                    assertThat(e.isTransient()).isTrue();
                });
        emulator.recover();
        assertThat(api.connections(user)).isEmpty();
    }

    @Test
    void aDeletedConnectionIsGoneWithItsAccountsAndDeletingItAgainIsNoError() {
        ConnectionId connection = listedEmbedded(BankRole.TWO_CHANNELS);
        var account = accounts(connection).get(0).id();
        api.deleteConnection(user, connection);
        assertThatThrownBy(() -> api.connection(user, connection)).isInstanceOf(OxlinApiException.NotFound.class);
        assertThatThrownBy(() -> api.transactions(user, account, 1, 10)).isInstanceOf(OxlinApiException.NotFound.class);
        assertThat(api.connections(user)).isEmpty();
        assertThatCode(() -> api.deleteConnection(user, connection)).doesNotThrowAnyException();
    }
}
