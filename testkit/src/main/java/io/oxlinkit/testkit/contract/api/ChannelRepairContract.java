package io.oxlinkit.testkit.contract.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oxlinkit.application.port.OutgoingCredential;
import io.oxlinkit.application.port.OxlinApiException;
import io.oxlinkit.domain.connection.ChannelStatus;
import io.oxlinkit.domain.connection.ConnectionStatus;
import io.oxlinkit.domain.event.EventType;
import io.oxlinkit.domain.id.ChannelDefinitionId;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.provider.ChannelDefinition;
import io.oxlinkit.domain.provider.ChannelMode;
import io.oxlinkit.domain.provider.CredentialField;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Failing channel statuses and their repair: a whole channel updated, or a single credential. */
public abstract class ChannelRepairContract extends ApiContractSupport {

    private ChannelDefinition embedded() {
        return channel(BankRole.TWO_CHANNELS, ChannelMode.EMBEDDED);
    }

    private ConnectionId synchronizedEmbedded() {
        ConnectionId connection = listedEmbedded(BankRole.TWO_CHANNELS);
        grantAll(connection);
        awaitEvent(connection, EventType.SYNC_ALL_SUCCESS, embedded().id());
        return connection;
    }

    private ConnectionId failedWith(ChannelStatus status) {
        ConnectionId connection = synchronizedEmbedded();
        emulator.failNextJob(connection, embedded().id(), status);
        emulator.runScheduledSync(connection);
        awaitEvent(connection, EventType.SYNC_ALL_FAILURE, embedded().id());
        return connection;
    }

    private OutgoingCredential encryptedField(String secret) {
        CredentialField field = embedded().credentials().stream()
                .filter(CredentialField::encrypt)
                .findFirst()
                .orElseThrow();
        return outgoing(field.id(), secret, true);
    }

    @ParameterizedTest
    @EnumSource(
            value = ChannelStatus.class,
            names = {"AUTH_FAILED", "TOO_MANY_ATTEMPTS", "PASSWORD_CHANGE_REQUIRED", "USER_ACTION_REQUIRED"})
    void aFailingStatusIsReportedOnItsChannelAndRepairedByUpdatingTheChannel(ChannelStatus failure) {
        ConnectionId connection = failedWith(failure);
        assertThat(status(connection, embedded().id())).isEqualTo(failure);
        assertThat(snapshot(connection).status()).isEqualTo(ConnectionStatus.FAILED);
        List<OutgoingCredential> values = everyField(embedded(), emulator.acceptedSecret());
        api.updateChannel(user, connection, embedded().id(), keyId(values), values);
        awaitEvent(connection, EventType.SYNC_ALL_SUCCESS, embedded().id());
        assertThat(status(connection, embedded().id())).isEqualTo(ChannelStatus.SUCCESS);
        assertThat(snapshot(connection).status()).isEqualTo(ConnectionStatus.SUCCESS);
    }

    @Test
    void updatingOneCredentialRestartsTheSyncOfItsChannel() {
        ConnectionId connection = failedWith(ChannelStatus.AUTH_FAILED);
        api.updateCredential(user, connection, Optional.of(key().id()), encryptedField(emulator.acceptedSecret()));
        awaitEvent(connection, EventType.SYNC_ALL_SUCCESS, embedded().id());
        assertThat(status(connection, embedded().id())).isEqualTo(ChannelStatus.SUCCESS);
    }

    @Test
    void updatingOneCredentialWithARefusedSecretEndsInAuthFailed() {
        ConnectionId connection = synchronizedEmbedded();
        api.updateCredential(user, connection, Optional.of(key().id()), encryptedField(emulator.refusedSecret()));
        awaitEvent(connection, EventType.SYNC_ALL_FAILURE, embedded().id());
        assertThat(status(connection, embedded().id())).isEqualTo(ChannelStatus.AUTH_FAILED);
    }

    @Test
    void updatingAChannelWithARefusedSecretEndsInAuthFailed() {
        ConnectionId connection = synchronizedEmbedded();
        List<OutgoingCredential> values = everyField(embedded(), emulator.refusedSecret());
        api.updateChannel(user, connection, embedded().id(), keyId(values), values);
        awaitEvent(connection, EventType.SYNC_ALL_FAILURE, embedded().id());
        assertThat(status(connection, embedded().id())).isEqualTo(ChannelStatus.AUTH_FAILED);
        assertThat(accounts(connection)).isNotEmpty();
    }

    @Test
    void updatingAChannelTheConnectionDoesNotHaveIsNotFound() {
        ConnectionId connection = synchronizedEmbedded();
        List<OutgoingCredential> values = everyField(embedded(), emulator.acceptedSecret());
        assertThatThrownBy(() -> api.updateChannel(
                        user, connection, ChannelDefinitionId.of("no-such-channel"), keyId(values), values))
                .isInstanceOf(OxlinApiException.NotFound.class);
    }
}
