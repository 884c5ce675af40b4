package io.oxlinkit.testkit.contract.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.oxlinkit.application.OxlinKit;
import io.oxlinkit.application.RedirectResult;
import io.oxlinkit.application.StepResult;
import io.oxlinkit.domain.account.Account;
import io.oxlinkit.domain.challenge.ChallengeAnswer;
import io.oxlinkit.domain.connection.ChannelStatus;
import io.oxlinkit.domain.consent.ConsentDecision;
import io.oxlinkit.domain.id.ChannelDefinitionId;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.CredentialId;
import io.oxlinkit.domain.input.FieldError;
import io.oxlinkit.domain.journey.NextStep;
import io.oxlinkit.domain.provider.ChannelDefinition;
import io.oxlinkit.domain.provider.ChannelMode;
import io.oxlinkit.domain.provider.CredentialField;
import io.oxlinkit.domain.secret.SecretValue;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The guide's journeys through a host's {@link OxlinKit} (in-memory stores) on top of the emulator's
 * port: an EMBEDDED connection with the SMS challenge, a REDIRECT connection, a later AUTH_FAILED
 * repaired, and a REDIRECT channel renewed before it expires.
 */
public abstract class KitJourneyContract extends KitContractSupport {

    @Test
    void anEmbeddedConnectionWithTheSmsChallengeEndsDoneWithTheGrantedAccountsHistory() {
        ChannelDefinition embedded = channel(BankRole.SMS_CHALLENGE, ChannelMode.EMBEDDED);
        Map<CredentialId, SecretValue> typed = form(embedded, emulator.acceptedSecret());
        StepResult started =
                kit.startEmbeddedConnection(host, emulator.bank(BankRole.SMS_CHALLENGE), embedded.id(), typed);
        ConnectionId connection = started.connection().orElseThrow();
        assertThat(typed.values()).allMatch(SecretValue::isWiped);
        assertThat(pumpAndNext(connection))
                .isInstanceOfSatisfying(
                        NextStep.AnswerChallenge.class,
                        c -> assertThat(c.prompt().infoMessages().get(0)).contains("0606060606"));
        kit.answerChallenge(connection, ChallengeAnswer.ok());
        assertThat(pumpAndNext(connection)).isInstanceOf(NextStep.AnswerChallenge.class);
        StepResult tooShort = kit.answerChallenge(
                connection, ChallengeAnswer.ok(Map.of(CredentialId.of("306"), SecretValue.of("12345"))));
        assertThat(tooShort)
                .isInstanceOfSatisfying(
                        StepResult.InvalidInput.class,
                        invalid -> assertThat(invalid.errors())
                                .extracting(FieldError::field)
                                .containsExactly("306"));
        kit.answerChallenge(connection, ChallengeAnswer.ok(Map.of(CredentialId.of("306"), SecretValue.of("999999"))));
        assertThat(pumpAndNext(connection))
                .isInstanceOfSatisfying(
                        NextStep.AnswerChallenge.class,
                        c -> assertThat(c.prompt().errorMessages())
                                .containsExactly("Code invalide. Encore 2 tentatives"));
        kit.answerChallenge(connection, ChallengeAnswer.ok(Map.of(CredentialId.of("306"), SecretValue.of(SMS_CODE))));
        NextStep consent = pumpAndNext(connection);
        List<Account> pending = consent instanceof NextStep.CollectConsent collect
                ? collect.request().pendingAccounts()
                : List.of();
        assertThat(pending).hasSizeGreaterThanOrEqualTo(2);
        kit.giveConsent(
                connection,
                List.of(
                        ConsentDecision.grant(pending.get(0).id()),
                        ConsentDecision.decline(pending.get(1).id())));
        assertThat(pumpAndNext(connection)).isEqualTo(new NextStep.Done(connection));
        assertThat(kit.accounts(connection))
                .extracting(Account::id)
                .contains(pending.get(0).id())
                .doesNotContain(pending.get(1).id());
        everyAccountHoldsTheWholeHistory(connection);
        assertThat(announced).last().isEqualTo(new NextStep.Done(connection));
    }

    @Test
    void anOptionalCredentialLeftOutIsAcceptedAndTheConnectionReachesConsent() {
        ChannelDefinition embedded = channel(BankRole.OPTIONAL_CREDENTIAL, ChannelMode.EMBEDDED);
        Map<CredentialId, SecretValue> typed = form(embedded, emulator.acceptedSecret());
        typed.keySet()
                .removeIf(id -> embedded.field(id.value())
                        .map(CredentialField::optional)
                        .orElse(false));
        assertThat(typed).hasSizeLessThan(embedded.credentials().size());
        StepResult started =
                kit.startEmbeddedConnection(host, emulator.bank(BankRole.OPTIONAL_CREDENTIAL), embedded.id(), typed);
        assertThat(started).as(started.toString()).isInstanceOf(StepResult.Proceeded.class);
        ConnectionId connection = started.connection().orElseThrow();
        grantAllAndFinish(connection);
        assertThat(kit.accounts(connection)).isNotEmpty();
    }

    @Test
    void aRedirectConnectionCreatedByOxlinEndsDoneWithEveryGrantedAccountsHistory() {
        ConnectionId connection = doneRedirect(BankRole.TWO_CHANNELS);
        assertThat(kit.accounts(connection)).isNotEmpty();
        everyAccountHoldsTheWholeHistory(connection);
    }

    @Test
    void aLaterAuthFailedIsSeenByTheHealthCheckRefusedAgainThenRepairedByOneCredential() {
        ChannelDefinition embedded = channel(BankRole.TWO_CHANNELS, ChannelMode.EMBEDDED);
        ConnectionId connection = doneEmbedded(BankRole.TWO_CHANNELS);
        emulator.failNextJob(connection, embedded.id(), ChannelStatus.AUTH_FAILED);
        emulator.runScheduledSync(connection);
        assertThat(pumpAndNext(connection))
                .isInstanceOfSatisfying(
                        NextStep.FixCredentials.class,
                        fix -> assertThat(fix.maskedCredentials())
                                .extracting(m -> m.maskedValue())
                                .containsExactly("**" + LOGIN.substring(LOGIN.length() - 2)));
        assertThat(urgent())
                .singleElement()
                .satisfies(item -> assertThat(item.step()).isInstanceOf(NextStep.FixCredentials.class));
        assertThat(kit.updateCredentials(connection, embedded.id(), form(embedded, emulator.refusedSecret())))
                .isInstanceOf(StepResult.Proceeded.class);
        assertThat(pumpAndNext(connection)).as("a refused new password").isInstanceOf(NextStep.FixCredentials.class);
        CredentialId password = embedded.credentials().stream()
                .filter(CredentialField::encrypt)
                .findFirst()
                .orElseThrow()
                .id();
        assertThat(kit.updateCredential(connection, embedded.id(), password, SecretValue.of(emulator.acceptedSecret())))
                .isInstanceOf(StepResult.Proceeded.class);
        assertThat(pumpAndNext(connection)).isInstanceOf(NextStep.Done.class);
        assertThat(urgent()).isEmpty();
        assertThat(api.connection(host, connection)
                        .channel(embedded.id())
                        .orElseThrow()
                        .status())
                .isEqualTo(ChannelStatus.SUCCESS);
    }

    @Test
    void aRedirectChannelNearItsExpiryIsRenewedThroughTheBank() {
        ChannelDefinitionId redirect =
                channel(BankRole.TWO_CHANNELS, ChannelMode.REDIRECT).id();
        ConnectionId connection = doneRedirect(BankRole.TWO_CHANNELS);
        assertThat(urgent()).isEmpty();
        emulator.advance(Duration.ofDays(85));
        assertThat(urgent())
                .singleElement()
                .satisfies(item -> assertThat(item.step())
                        .isInstanceOfSatisfying(
                                NextStep.RenewBeforeExpiry.class,
                                renew -> assertThat(renew.channel()).isEqualTo(redirect)));
        RedirectResult renewal = kit.reauthorize(connection, redirect, CALLBACK);
        URI authorize = renewal.url().orElse(null);
        assertThat(authorize)
                .as("reauthorize sends the user to the bank: " + renewal)
                .isNotNull();
        Map<String, String> callback = emulator.approveAtBank(authorize);
        assertThat(callback).containsEntry("connection_id", connection.value());
        assertThat(kit.completeRedirect(host, callback)).isInstanceOf(StepResult.Proceeded.class);
        assertThat(urgent()).isEmpty();
    }
}
