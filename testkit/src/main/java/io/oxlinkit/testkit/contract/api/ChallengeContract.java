package io.oxlinkit.testkit.contract.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oxlinkit.application.port.OutgoingCredential;
import io.oxlinkit.application.port.OxlinApiException;
import io.oxlinkit.domain.challenge.Challenge;
import io.oxlinkit.domain.challenge.ChallengePrompt;
import io.oxlinkit.domain.challenge.ChallengeType;
import io.oxlinkit.domain.connection.ChannelStatus;
import io.oxlinkit.domain.connection.ConnectionStatus;
import io.oxlinkit.domain.event.Event;
import io.oxlinkit.domain.event.EventType;
import io.oxlinkit.domain.id.ChannelDefinitionId;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.provider.ChannelMode;
import io.oxlinkit.domain.secret.SecretValue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bank's challenges: the guide's SMS sequence, wrong codes, cancel, timeout, every input type, and SYNC_ALL challenges. */
public abstract class ChallengeContract extends ApiContractSupport {

    private ChannelDefinitionId smsChannel() {
        return channel(BankRole.SMS_CHALLENGE, ChannelMode.EMBEDDED).id();
    }

    private ChallengePrompt promptOf(Event event) {
        assertThat(event).isInstanceOf(Event.UserInputRequested.class);
        return event instanceof Event.UserInputRequested asked ? asked.prompt() : null;
    }

    private ConnectionId smsConnectionAtTheCode() {
        ConnectionId connection = createEmbedded(BankRole.SMS_CHALLENGE, emulator.acceptedSecret());
        awaitEvent(connection, EventType.LIST_ACCOUNTS_USER_INPUT_REQUESTED, smsChannel());
        api.sendUserInput(user, connection, smsChannel(), List.of(confirm("304", true)));
        awaitEvent(connection, EventType.LIST_ACCOUNTS_USER_INPUT_REQUESTED, smsChannel());
        return connection;
    }

    private void sendCode(ConnectionId connection, String code) {
        api.sendUserInput(user, connection, smsChannel(), List.of(answer("306", code), confirm("307", true)));
    }

    @Test
    void theSmsBankAsksToConfirmSendingTheCodeDuringListAccounts() {
        ConnectionId connection = createEmbedded(BankRole.SMS_CHALLENGE, emulator.acceptedSecret());
        ChallengePrompt prompt =
                promptOf(awaitEvent(connection, EventType.LIST_ACCOUNTS_USER_INPUT_REQUESTED, smsChannel()));
        assertThat(prompt.inputs()).isEmpty();
        assertThat(prompt.confirmation())
                .hasValueSatisfying(c -> assertThat(c.id().value()).isEqualTo("304"));
        assertThat(prompt.infoMessages())
                .singleElement()
                .asString()
                .contains("0606060606")
                .doesNotContain("{phone}");
        assertThat(status(connection, smsChannel())).isEqualTo(ChannelStatus.CHALLENGE_REQUIRED);
        assertThat(snapshot(connection).status()).isEqualTo(ConnectionStatus.RUNNING);
    }

    @Test
    void confirmingAsksForTheSixDigitCodeWithItsTimeLimit() {
        ConnectionId connection = createEmbedded(BankRole.SMS_CHALLENGE, emulator.acceptedSecret());
        awaitEvent(connection, EventType.LIST_ACCOUNTS_USER_INPUT_REQUESTED, smsChannel());
        api.sendUserInput(user, connection, smsChannel(), List.of(confirm("304", true)));
        ChallengePrompt prompt =
                promptOf(awaitEvent(connection, EventType.LIST_ACCOUNTS_USER_INPUT_REQUESTED, smsChannel()));
        assertThat(prompt.inputs()).singleElement().satisfies(input -> {
            assertThat(input.id().value()).isEqualTo("306");
            assertThat(input.type()).isEqualTo(ChallengeType.NUMERIC);
            assertThat(input.rule().check("306", "Code", SecretValue.of(SMS_CODE)))
                    .isEmpty();
            assertThat(input.rule().check("306", "Code", SecretValue.of("12345")))
                    .isPresent();
        });
        assertThat(prompt.timeout()).contains(Duration.ofSeconds(120));
        assertThat(prompt.confirmation())
                .hasValueSatisfying(c -> assertThat(c.id().value()).isEqualTo("307"));
        assertThat(prompt.errorMessages()).isEmpty();
    }

    @Test
    void theRightCodeEndsListAccountsWithTheAccountsListed() {
        ConnectionId connection = smsConnectionAtTheCode();
        sendCode(connection, SMS_CODE);
        awaitEvent(connection, EventType.LIST_ACCOUNTS_SUCCESS, smsChannel());
        assertThat(status(connection, smsChannel())).isEqualTo(ChannelStatus.SUCCESS);
        assertThat(accounts(connection)).isNotEmpty().allMatch(a -> a.isPendingConsent());
    }

    @Test
    void aWrongCodeAsksAgainWithTheAttemptsLeft() {
        ConnectionId connection = smsConnectionAtTheCode();
        sendCode(connection, "999999");
        ChallengePrompt again =
                promptOf(awaitEvent(connection, EventType.LIST_ACCOUNTS_USER_INPUT_REQUESTED, smsChannel()));
        assertThat(again.errorMessages()).containsExactly("Code invalide. Encore 2 tentatives");
        assertThat(again.inputs()).extracting(i -> i.id().value()).containsExactly("306");
        sendCode(connection, SMS_CODE);
        awaitEvent(connection, EventType.LIST_ACCOUNTS_SUCCESS, smsChannel());
    }

    @Test
    void runningOutOfAttemptsEndsInChallengeFailed() {
        ConnectionId connection = smsConnectionAtTheCode();
        for (int attempt = 0; attempt < 2; attempt++) {
            sendCode(connection, "999999");
            awaitEvent(connection, EventType.LIST_ACCOUNTS_USER_INPUT_REQUESTED, smsChannel());
        }
        sendCode(connection, "999999");
        awaitEvent(connection, EventType.LIST_ACCOUNTS_FAILURE, smsChannel());
        assertThat(status(connection, smsChannel())).isEqualTo(ChannelStatus.CHALLENGE_FAILED);
        assertThat(snapshot(connection).status()).isEqualTo(ConnectionStatus.FAILED);
    }

    @Test
    void cancellingEndsInChallengeCancelled() {
        ConnectionId connection = createEmbedded(BankRole.SMS_CHALLENGE, emulator.acceptedSecret());
        awaitEvent(connection, EventType.LIST_ACCOUNTS_USER_INPUT_REQUESTED, smsChannel());
        api.sendUserInput(user, connection, smsChannel(), List.of(confirm("304", false)));
        awaitEvent(connection, EventType.LIST_ACCOUNTS_FAILURE, smsChannel());
        assertThat(status(connection, smsChannel())).isEqualTo(ChannelStatus.CHALLENGE_CANCELLED);
    }

    @Test
    void notAnsweringInTimeEndsInChallengeTimedOut() {
        ConnectionId connection = smsConnectionAtTheCode();
        emulator.advance(Duration.ofSeconds(121));
        awaitEvent(connection, EventType.LIST_ACCOUNTS_FAILURE, smsChannel());
        assertThat(status(connection, smsChannel())).isEqualTo(ChannelStatus.CHALLENGE_TIMED_OUT);
        assertThatThrownBy(() -> sendCode(connection, SMS_CODE)).isInstanceOf(OxlinApiException.Conflict.class);
    }

    @Test
    void aChallengeThatEndedIsAskedAgainWhenTheChannelIsGivenItsCredentialsAgain() {
        ConnectionId connection = createEmbedded(BankRole.SMS_CHALLENGE, emulator.acceptedSecret());
        awaitEvent(connection, EventType.LIST_ACCOUNTS_USER_INPUT_REQUESTED, smsChannel());
        api.sendUserInput(user, connection, smsChannel(), List.of(confirm("304", false)));
        awaitEvent(connection, EventType.LIST_ACCOUNTS_FAILURE, smsChannel());
        var values = everyField(channel(BankRole.SMS_CHALLENGE, ChannelMode.EMBEDDED), emulator.acceptedSecret());
        api.updateChannel(user, connection, smsChannel(), keyId(values), values);
        answerSms(connection, smsChannel());
        awaitEvent(connection, EventType.LIST_ACCOUNTS_SUCCESS, smsChannel());
        assertThat(status(connection, smsChannel())).isEqualTo(ChannelStatus.SUCCESS);
        assertThat(accounts(connection)).isNotEmpty();
    }

    @Test
    void answeringWhenNoChallengeWaitsIsAConflict() {
        ConnectionId connection = smsConnectionAtTheCode();
        sendCode(connection, SMS_CODE);
        awaitEvent(connection, EventType.LIST_ACCOUNTS_SUCCESS, smsChannel());
        assertThatThrownBy(() -> sendCode(connection, SMS_CODE)).isInstanceOf(OxlinApiException.Conflict.class);
    }

    @Test
    void answeringOnAChannelThatAsksNothingIsAConflict() {
        ConnectionId connection = smsConnectionAtTheCode();
        ChannelDefinitionId redirect =
                channel(BankRole.SMS_CHALLENGE, ChannelMode.REDIRECT).id();
        assertThatThrownBy(() -> api.sendUserInput(
                        user, connection, redirect, List.of(answer("306", SMS_CODE), confirm("307", true))))
                .isInstanceOf(OxlinApiException.class);
        assertThat(status(connection, smsChannel())).isEqualTo(ChannelStatus.CHALLENGE_REQUIRED);
    }

    @Test
    void everyInputTypeIsAskedAndAnswered() {
        ChannelDefinitionId channel =
                channel(BankRole.EVERY_CHALLENGE_TYPE, ChannelMode.EMBEDDED).id();
        ConnectionId connection = createEmbedded(BankRole.EVERY_CHALLENGE_TYPE, emulator.acceptedSecret());
        ChallengePrompt prompt =
                promptOf(awaitEvent(connection, EventType.LIST_ACCOUNTS_USER_INPUT_REQUESTED, channel));
        assertThat(prompt.inputs())
                .extracting(Challenge.Input::type)
                .contains(ChallengeType.TEXT, ChallengeType.PWD, ChallengeType.NUMERIC_PWD, ChallengeType.DATE);
        Map<ChallengeType, String> samples = Map.of(
                ChallengeType.TEXT,
                "Alice",
                ChallengeType.PWD,
                "s3cret-word",
                ChallengeType.NUMERIC_PWD,
                "1234",
                ChallengeType.DATE,
                "01/12/1990",
                ChallengeType.NUMERIC,
                "42");
        List<OutgoingCredential> answers = new ArrayList<>();
        for (Challenge.Input input : prompt.inputs()) {
            String value = samples.get(input.type());
            assertThat(input.rule().check(input.id().value(), input.label(), SecretValue.of(value)))
                    .as(input.type().name())
                    .isEmpty();
            answers.add(outgoing(input.id(), value, input.encrypt()));
        }
        prompt.confirmation().ifPresent(c -> answers.add(confirm(c.id().value(), true)));
        api.sendUserInput(user, connection, channel, answers);
        awaitEvent(connection, EventType.LIST_ACCOUNTS_SUCCESS, channel);
    }

    @Test
    void aSyncAllMayAskTheUserToo() {
        ChannelDefinitionId embedded =
                channel(BankRole.TWO_CHANNELS, ChannelMode.EMBEDDED).id();
        ConnectionId connection = listedEmbedded(BankRole.TWO_CHANNELS);
        grantAll(connection);
        awaitEvent(connection, EventType.SYNC_ALL_SUCCESS, embedded);
        emulator.askSmsOnNextJob(connection, embedded);
        emulator.runScheduledSync(connection);
        ChallengePrompt prompt = promptOf(awaitEvent(connection, EventType.SYNC_ALL_USER_INPUT_REQUESTED, embedded));
        assertThat(prompt.confirmation()).isPresent();
        assertThat(status(connection, embedded)).isEqualTo(ChannelStatus.CHALLENGE_REQUIRED);
        api.sendUserInput(user, connection, embedded, List.of(confirm("304", true)));
        awaitEvent(connection, EventType.SYNC_ALL_USER_INPUT_REQUESTED, embedded);
        api.sendUserInput(user, connection, embedded, List.of(answer("306", SMS_CODE), confirm("307", true)));
        awaitEvent(connection, EventType.SYNC_ALL_SUCCESS, embedded);
        assertThat(status(connection, embedded)).isEqualTo(ChannelStatus.SUCCESS);
    }
}
