package io.oxlinkit.testkit.contract.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oxlinkit.application.port.OxlinApiException;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.UserId;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Users and their tokens: what a user can do, when a token ends, and what a deleted user can no longer do. */
public abstract class UsersAndTokensContract extends ApiContractSupport {

    @Test
    void aNewUserCanReadTheProviders() {
        assertThat(api.listProviders(user)).isNotEmpty();
    }

    @Test
    void anExpiredTokenIsRenewedOnceAndTheCallsGoOn() {
        api.listProviders(user);
        long before = emulator.tokenGrants();
        emulator.expireTokens();
        assertThat(api.listProviders(user)).isNotEmpty();
        assertThat(api.connections(user)).isEmpty();
        assertThat(api.provider(user, emulator.bank(BankRole.TWO_CHANNELS)).id())
                .isEqualTo(emulator.bank(BankRole.TWO_CHANNELS));
        assertThat(emulator.tokenGrants() - before)
                .as("token grants after the expiry")
                .isEqualTo(1);
    }

    @Test
    void aTokenWhoseLifetimeRanOutOnTheServersClockIsRenewed() {
        api.listProviders(user);
        long before = emulator.tokenGrants();
        emulator.advance(Duration.ofDays(2));
        assertThat(api.listProviders(user)).isNotEmpty();
        assertThat(emulator.tokenGrants()).isGreaterThan(before);
    }

    @Test
    void aDeletedUserIsRefusedWithANonTransientError() {
        api.deleteUser(user);
        assertThatThrownBy(() -> api.connections(user))
                .isInstanceOfSatisfying(
                        OxlinApiException.class,
                        e -> assertThat(e.isTransient()).isFalse());
    }

    @Test
    void aLoginIsIdentifiedAsItsUserAndAWrongPasswordIsRefused() {
        String login = "identify-" + System.nanoTime() + "@host.example";
        io.oxlinkit.domain.secret.SecretValue password =
                io.oxlinkit.domain.secret.SecretValue.of("Identify-pass-1234567890");
        UserId created = api.createUser(new io.oxlinkit.application.port.NewUser(login, password));
        assertThatThrownBy(() -> api.createUser(new io.oxlinkit.application.port.NewUser(login, password)))
                .isInstanceOf(OxlinApiException.Conflict.class);
        assertThat(api.identify(new io.oxlinkit.application.port.NewUser(login, password)))
                .isEqualTo(created);
        assertThatThrownBy(() -> api.identify(new io.oxlinkit.application.port.NewUser(
                        login, io.oxlinkit.domain.secret.SecretValue.of("Wrong-pass-1234567890"))))
                .isInstanceOfSatisfying(
                        OxlinApiException.class,
                        e -> assertThat(e.isTransient()).isFalse());
    }

    @Test
    void deletingAUserTwiceIsNotAnError() {
        api.deleteUser(user);
        assertThatCode(() -> api.deleteUser(user)).doesNotThrowAnyException();
    }

    @Test
    void oneUserNeverSeesAnothersConnection() {
        ConnectionId mine = listedEmbedded(BankRole.TWO_CHANNELS);
        UserId other = emulator.newUser();
        assertThat(api.connections(other)).isEmpty();
        assertThatThrownBy(() -> api.connection(other, mine)).isInstanceOf(OxlinApiException.NotFound.class);
        assertThatThrownBy(() -> api.accounts(other, mine)).isInstanceOf(OxlinApiException.NotFound.class);
    }
}
