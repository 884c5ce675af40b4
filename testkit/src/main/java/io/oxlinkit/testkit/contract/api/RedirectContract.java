package io.oxlinkit.testkit.contract.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oxlinkit.application.port.NewConnection;
import io.oxlinkit.application.port.OutgoingCredential;
import io.oxlinkit.application.port.OxlinApiException;
import io.oxlinkit.domain.connection.Channel;
import io.oxlinkit.domain.connection.ChannelStatus;
import io.oxlinkit.domain.event.EventType;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.CredentialId;
import io.oxlinkit.domain.provider.ChannelDefinition;
import io.oxlinkit.domain.provider.ChannelMode;
import io.oxlinkit.domain.provider.CredentialType;
import io.oxlinkit.domain.redirect.RedirectRequest;
import io.oxlinkit.domain.redirect.RedirectState;
import io.oxlinkit.domain.secret.SecretValue;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** REDIRECT channels: OXLIN creates the connection, or the client does from the code and its state; denial; renewal. */
public abstract class RedirectContract extends ApiContractSupport {

    private ChannelDefinition redirect() {
        return channel(BankRole.TWO_CHANNELS, ChannelMode.REDIRECT);
    }

    private OutgoingCredential code(ChannelDefinition definition, String code) {
        CredentialId id = definition.credentials().stream()
                .filter(f -> f.type() == CredentialType.AUTHORIZATION_CODE)
                .map(f -> f.id())
                .findFirst()
                .orElse(CredentialId.of("AUTHORIZATION_CODE"));
        return new OutgoingCredential(id, SecretValue.of(code), false);
    }

    @Test
    void oxlinCreatesTheConnectionAndCallsBackWithItsIdStatusAndQueue() {
        URI authorize = api.authorizeUrl(
                user,
                RedirectRequest.oxlinCreatesConnection(
                        emulator.bank(BankRole.TWO_CHANNELS), redirect().id(), CALLBACK));
        assertThat(authorize.isAbsolute()).isTrue();
        Map<String, String> back = emulator.approveAtBank(authorize);
        assertThat(back).containsKeys("connection_id", "status").containsEntry("queue_id", queue.value());
        ConnectionId connection = ConnectionId.of(back.get("connection_id"));
        awaitEvent(connection, EventType.LIST_ACCOUNTS_SUCCESS, redirect().id());
        Channel channel = snapshot(connection).channel(redirect().id()).orElseThrow();
        assertThat(channel.status()).isEqualTo(ChannelStatus.SUCCESS);
        assertThat(channel.expires())
                .hasValueSatisfying(e -> assertThat(e).isAfter(emulator.now().plus(Duration.ofDays(30))));
        assertThat(accountsOf(connection, redirect().id()))
                .isNotEmpty()
                .allMatch(a -> redirect().accountTypes().contains(a.type()));
    }

    @Test
    void theClientCreatesTheConnectionFromTheCodeAndGetsItsStateBack() {
        URI authorize = api.authorizeUrl(
                user,
                RedirectRequest.clientCreatesConnection(
                        emulator.bank(BankRole.TWO_CHANNELS),
                        redirect().id(),
                        CALLBACK,
                        Optional.of(new RedirectState("host-ref-42"))));
        Map<String, String> back = emulator.approveAtBank(authorize);
        assertThat(back)
                .containsEntry("state", "host-ref-42")
                .containsKey("code")
                .doesNotContainKey("connection_id");
        assertThat(api.connections(user)).isEmpty();
        ConnectionId connection = api.createConnection(
                user,
                new NewConnection(
                        emulator.bank(BankRole.TWO_CHANNELS),
                        redirect().id(),
                        Optional.empty(),
                        List.of(code(redirect(), back.get("code")))));
        awaitEvent(connection, EventType.LIST_ACCOUNTS_SUCCESS, redirect().id());
        assertThat(status(connection, redirect().id())).isEqualTo(ChannelStatus.SUCCESS);
    }

    @Test
    void anAuthorizationCodeCreatesOneConnectionOnly() {
        URI authorize = api.authorizeUrl(
                user,
                RedirectRequest.clientCreatesConnection(
                        emulator.bank(BankRole.TWO_CHANNELS), redirect().id(), CALLBACK, Optional.empty()));
        String code = emulator.approveAtBank(authorize).get("code");
        NewConnection request = new NewConnection(
                emulator.bank(BankRole.TWO_CHANNELS),
                redirect().id(),
                Optional.empty(),
                List.of(code(redirect(), code)));
        api.createConnection(user, request);
        assertThatThrownBy(() -> api.createConnection(user, request)).isInstanceOf(OxlinApiException.BadRequest.class);
        assertThat(api.connections(user)).hasSize(1);
    }

    @Test
    void aDeniedAuthorizationComesBackWithAnErrorAndCreatesNothing() {
        URI authorize = api.authorizeUrl(
                user,
                RedirectRequest.oxlinCreatesConnection(
                        emulator.bank(BankRole.TWO_CHANNELS), redirect().id(), CALLBACK));
        Map<String, String> back = emulator.denyAtBank(authorize);
        assertThat(back)
                .containsEntry("error", "access_denied")
                .doesNotContainKey("connection_id")
                .doesNotContainKey("code");
        assertThat(api.connections(user)).isEmpty();
    }

    @Test
    void reauthorizingAConnectionKeepsItsIdAndPushesItsExpiryBack() {
        ConnectionId connection = redirectConnection(BankRole.TWO_CHANNELS);
        Instant before = snapshot(connection)
                .channel(redirect().id())
                .orElseThrow()
                .expires()
                .orElseThrow();
        emulator.advance(Duration.ofDays(10));
        URI authorize = api.authorizeUrl(
                user,
                RedirectRequest.reauthorize(
                        emulator.bank(BankRole.TWO_CHANNELS), redirect().id(), CALLBACK, connection));
        Map<String, String> back = emulator.approveAtBank(authorize);
        assertThat(back).containsEntry("connection_id", connection.value());
        assertThat(api.connections(user)).hasSize(1);
        Instant after = snapshot(connection)
                .channel(redirect().id())
                .orElseThrow()
                .expires()
                .orElseThrow();
        assertThat(after).isAfter(before);
    }

    @Test
    void anotherUsersConnectionCannotBeReauthorized() {
        ConnectionId connection = redirectConnection(BankRole.TWO_CHANNELS);
        assertThatThrownBy(() -> api.authorizeUrl(
                        emulator.newUser(),
                        RedirectRequest.reauthorize(
                                emulator.bank(BankRole.TWO_CHANNELS), redirect().id(), CALLBACK, connection)))
                .isInstanceOf(OxlinApiException.NotFound.class);
    }
}
