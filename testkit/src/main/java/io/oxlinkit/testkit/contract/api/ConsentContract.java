package io.oxlinkit.testkit.contract.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oxlinkit.application.port.OxlinApiException;
import io.oxlinkit.domain.account.Account;
import io.oxlinkit.domain.account.AccountStatus;
import io.oxlinkit.domain.consent.Consent;
import io.oxlinkit.domain.consent.ConsentDecision;
import io.oxlinkit.domain.event.EventType;
import io.oxlinkit.domain.id.AccountId;
import io.oxlinkit.domain.id.ChannelDefinitionId;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.provider.ChannelMode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Consent per account: pending accounts serve nothing, granted ones are synchronized, declined ones are gone for good. */
public abstract class ConsentContract extends ApiContractSupport {

    private ChannelDefinitionId embedded() {
        return channel(BankRole.TWO_CHANNELS, ChannelMode.EMBEDDED).id();
    }

    @Test
    void anAccountWaitingForConsentServesNoTransaction() {
        ConnectionId connection = listedEmbedded(BankRole.TWO_CHANNELS);
        for (Account account : accounts(connection)) {
            assertThat(api.transactions(user, account.id(), 1, 50)).isEmpty();
        }
    }

    @Test
    void grantedAccountsAreSynchronizedBySyncAll() {
        ConnectionId connection = listedEmbedded(BankRole.TWO_CHANNELS);
        grantAll(connection);
        awaitEvent(connection, EventType.SYNC_ALL_SUCCESS, embedded());
        assertThat(accounts(connection))
                .isNotEmpty()
                .allMatch(a -> a.status() == AccountStatus.ACTIVE)
                .allSatisfy(
                        a -> assertThat(api.transactions(user, a.id(), 1, 50)).isNotEmpty());
    }

    @Test
    void declinedAccountsAreDeletedAndNeverListedAgain() {
        ConnectionId connection = listedEmbedded(BankRole.TWO_CHANNELS);
        List<Account> listed = accounts(connection);
        assertThat(listed).hasSizeGreaterThanOrEqualTo(2);
        AccountId declined = listed.get(0).id();
        api.giveConsent(
                user,
                new Consent(
                        connection,
                        List.of(
                                ConsentDecision.decline(declined),
                                ConsentDecision.grant(listed.get(1).id()))));
        awaitEvent(connection, EventType.SYNC_ALL_SUCCESS, embedded());
        assertThat(accounts(connection))
                .extracting(Account::id)
                .doesNotContain(declined)
                .contains(listed.get(1).id());
        emulator.runScheduledSync(connection);
        awaitEvent(connection, EventType.SYNC_ALL_SUCCESS, embedded());
        api.updateChannel(
                user,
                connection,
                embedded(),
                java.util.Optional.of(key().id()),
                everyField(channel(BankRole.TWO_CHANNELS, ChannelMode.EMBEDDED), emulator.acceptedSecret()));
        awaitEvent(
                connection, e -> e.type() == EventType.SYNC_ALL_SUCCESS || e.type() == EventType.LIST_ACCOUNTS_SUCCESS);
        assertThat(accounts(connection)).extracting(Account::id).doesNotContain(declined);
    }

    @Test
    void aConsentForAnUnknownAccountIsRefused() {
        ConnectionId connection = listedEmbedded(BankRole.TWO_CHANNELS);
        assertThatThrownBy(() -> api.giveConsent(
                        user, new Consent(connection, List.of(ConsentDecision.grant(AccountId.of("987654321"))))))
                .isInstanceOf(OxlinApiException.BadRequest.class);
        assertThat(accounts(connection)).allMatch(Account::isPendingConsent);
    }

    @Test
    void aConsentCannotNameAnotherConnectionsAccount() {
        ConnectionId first = listedEmbedded(BankRole.TWO_CHANNELS);
        ConnectionId second = listedEmbedded(BankRole.OPTIONAL_CREDENTIAL);
        AccountId foreign = accounts(first).get(0).id();
        assertThatThrownBy(() -> api.giveConsent(user, new Consent(second, List.of(ConsentDecision.grant(foreign)))))
                .isInstanceOf(OxlinApiException.BadRequest.class);
        assertThat(accounts(first)).allMatch(Account::isPendingConsent);
    }
}
