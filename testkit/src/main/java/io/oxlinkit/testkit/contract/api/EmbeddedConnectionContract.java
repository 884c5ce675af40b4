package io.oxlinkit.testkit.contract.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oxlinkit.application.port.NewConnection;
import io.oxlinkit.application.port.OutgoingCredential;
import io.oxlinkit.application.port.OxlinApiException;
import io.oxlinkit.domain.account.Account;
import io.oxlinkit.domain.connection.Channel;
import io.oxlinkit.domain.connection.ChannelStatus;
import io.oxlinkit.domain.connection.Connection;
import io.oxlinkit.domain.connection.ConnectionStatus;
import io.oxlinkit.domain.event.EventType;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.CredentialId;
import io.oxlinkit.domain.provider.ChannelDefinition;
import io.oxlinkit.domain.provider.ChannelMode;
import io.oxlinkit.domain.provider.CredentialField;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** EMBEDDED connections: the form, its encrypted fields, optional fields, refusals, and the first LIST_ACCOUNTS. */
public abstract class EmbeddedConnectionContract extends ApiContractSupport {

    @Test
    void creatingAnEmbeddedConnectionRunsListAccountsOnThatChannelOnly() {
        ChannelDefinition embedded = channel(BankRole.TWO_CHANNELS, ChannelMode.EMBEDDED);
        ChannelDefinition redirect = channel(BankRole.TWO_CHANNELS, ChannelMode.REDIRECT);
        ConnectionId connection = createEmbedded(BankRole.TWO_CHANNELS, emulator.acceptedSecret());
        awaitEvent(connection, EventType.LIST_ACCOUNTS_SUCCESS, embedded.id());
        Connection snapshot = snapshot(connection);
        assertThat(snapshot.status()).isEqualTo(ConnectionStatus.SUCCESS);
        assertThat(snapshot.channel(embedded.id()).map(Channel::status)).contains(ChannelStatus.SUCCESS);
        assertThat(snapshot.channel(redirect.id()).map(Channel::status).orElse(ChannelStatus.EMPTY))
                .isIn(ChannelStatus.EMPTY, ChannelStatus.NEVER);
    }

    @Test
    void theListedAccountsWaitForConsentAndComeFromTheChannelsAccountTypes() {
        ChannelDefinition embedded = channel(BankRole.TWO_CHANNELS, ChannelMode.EMBEDDED);
        ConnectionId connection = listedEmbedded(BankRole.TWO_CHANNELS);
        List<Account> accounts = accounts(connection);
        assertThat(accounts)
                .isNotEmpty()
                .allMatch(Account::isPendingConsent)
                .allMatch(a -> a.connectionId().equals(connection))
                .allMatch(a -> embedded.accountTypes().contains(a.type()))
                .allMatch(a -> a.channelDefinitionId().equals(Optional.of(embedded.id())));
    }

    @Test
    void aRefusedPasswordEndsTheChannelInAuthFailed() {
        ChannelDefinition embedded = channel(BankRole.TWO_CHANNELS, ChannelMode.EMBEDDED);
        ConnectionId connection = createEmbedded(BankRole.TWO_CHANNELS, emulator.refusedSecret());
        awaitEvent(connection, EventType.LIST_ACCOUNTS_FAILURE, embedded.id());
        assertThat(status(connection, embedded.id())).isEqualTo(ChannelStatus.AUTH_FAILED);
        assertThat(snapshot(connection).status()).isEqualTo(ConnectionStatus.FAILED);
        assertThat(accounts(connection)).isEmpty();
    }

    @Test
    void aPlaintextInAnEncryptedFieldIsRefusedAndCreatesNothing() {
        ChannelDefinition embedded = channel(BankRole.TWO_CHANNELS, ChannelMode.EMBEDDED);
        List<OutgoingCredential> values = new ArrayList<>();
        for (CredentialField field : embedded.credentials()) {
            values.add(
                    field.encrypt()
                            ? outgoing(field.id(), emulator.acceptedSecret(), false)
                            : everyField(embedded, emulator.acceptedSecret()).stream()
                                    .filter(v -> v.id().equals(field.id()))
                                    .findFirst()
                                    .orElseThrow());
        }
        assertThatThrownBy(() -> api.createConnection(
                        user,
                        new NewConnection(
                                emulator.bank(BankRole.TWO_CHANNELS), embedded.id(), Optional.of(key().id()), values)))
                .isInstanceOfSatisfying(
                        OxlinApiException.class, e -> assertThat(e.status()).isBetween(400, 499));
        assertThat(api.connections(user)).isEmpty();
    }

    @Test
    void anUnknownCredentialIsRefused() {
        ChannelDefinition embedded = channel(BankRole.TWO_CHANNELS, ChannelMode.EMBEDDED);
        List<OutgoingCredential> values = new ArrayList<>(everyField(embedded, emulator.acceptedSecret()));
        values.add(answer("no-such-field", "x"));
        assertThatThrownBy(() -> api.createConnection(
                        user,
                        new NewConnection(emulator.bank(BankRole.TWO_CHANNELS), embedded.id(), keyId(values), values)))
                .isInstanceOf(OxlinApiException.BadRequest.class);
        assertThat(api.connections(user)).isEmpty();
    }

    @Test
    void aMissingRequiredCredentialIsRefused() {
        ChannelDefinition embedded = channel(BankRole.OPTIONAL_CREDENTIAL, ChannelMode.EMBEDDED);
        CredentialId required = embedded.credentials().stream()
                .filter(f -> !acceptsEmpty(f))
                .findFirst()
                .orElseThrow()
                .id();
        List<OutgoingCredential> values = everyField(embedded, emulator.acceptedSecret()).stream()
                .filter(v -> !v.id().equals(required))
                .toList();
        assertThatThrownBy(() -> api.createConnection(
                        user,
                        new NewConnection(
                                emulator.bank(BankRole.OPTIONAL_CREDENTIAL), embedded.id(), keyId(values), values)))
                .isInstanceOf(OxlinApiException.BadRequest.class);
        assertThat(api.connections(user)).isEmpty();
    }

    @Test
    void anOptionalCredentialMayBeLeftOut() {
        ChannelDefinition embedded = channel(BankRole.OPTIONAL_CREDENTIAL, ChannelMode.EMBEDDED);
        List<OutgoingCredential> values = requiredFields(embedded, emulator.acceptedSecret());
        assertThat(values).hasSizeLessThan(embedded.credentials().size());
        ConnectionId connection = api.createConnection(
                user,
                new NewConnection(emulator.bank(BankRole.OPTIONAL_CREDENTIAL), embedded.id(), keyId(values), values));
        awaitEvent(connection, EventType.LIST_ACCOUNTS_SUCCESS, embedded.id());
        assertThat(status(connection, embedded.id())).isEqualTo(ChannelStatus.SUCCESS);
    }

    @Test
    void anOptionalCredentialMayBeGivenToo() {
        ChannelDefinition embedded = channel(BankRole.OPTIONAL_CREDENTIAL, ChannelMode.EMBEDDED);
        ConnectionId connection = createEmbedded(BankRole.OPTIONAL_CREDENTIAL, emulator.acceptedSecret());
        awaitEvent(connection, EventType.LIST_ACCOUNTS_SUCCESS, embedded.id());
        assertThat(accounts(connection)).isNotEmpty();
    }

    @Test
    void anUnavailableProviderRefusesNewConnections() {
        ChannelDefinition embedded = channel(BankRole.UNAVAILABLE, ChannelMode.EMBEDDED);
        List<OutgoingCredential> values = everyField(embedded, emulator.acceptedSecret());
        assertThatThrownBy(() -> api.createConnection(
                        user,
                        new NewConnection(emulator.bank(BankRole.UNAVAILABLE), embedded.id(), keyId(values), values)))
                .isInstanceOf(OxlinApiException.Conflict.class);
        assertThat(api.connections(user)).isEmpty();
    }

    @Test
    void theSnapshotMasksTheLoginAndNeverShowsASecret() {
        ChannelDefinition embedded = channel(BankRole.TWO_CHANNELS, ChannelMode.EMBEDDED);
        ConnectionId connection = listedEmbedded(BankRole.TWO_CHANNELS);
        Channel channel = snapshot(connection).channel(embedded.id()).orElseThrow();
        assertThat(channel.maskedCredentials())
                .isNotEmpty()
                .allSatisfy(m -> assertThat(m.maskedValue())
                        .doesNotContain(emulator.acceptedSecret())
                        .isNotEqualTo(LOGIN)
                        .endsWith(LOGIN.substring(LOGIN.length() - 2)));
    }
}
