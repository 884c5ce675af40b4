package io.oxlinkit.domain.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import io.oxlinkit.domain.GuideSamples;
import io.oxlinkit.domain.id.CredentialId;
import io.oxlinkit.domain.input.FieldError;
import io.oxlinkit.domain.input.InputResult;
import io.oxlinkit.domain.input.Submission;
import io.oxlinkit.domain.input.SubmittedValue;
import io.oxlinkit.domain.secret.SecretValue;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rule 3: the guide's SMS code challenge (305, 309, 306, 308, 307) and the send-SMS prompt (303/304). */
class SmsChallengePromptTest {

    private final ChallengePrompt prompt = GuideSamples.smsCodePrompt();

    @Test
    void promptExposesMessagesTimeoutInputAndConfirmation() {
        assertThat(prompt.infoMessages())
                .containsExactly("Un code a été envoyé par SMS sur votre téléphone au 0606060606.");
        assertThat(prompt.errorMessages()).containsExactly("Code invalide. Encore 1 tentatives");
        assertThat(prompt.timeout()).contains(Duration.ofSeconds(120));
        assertThat(prompt.inputs()).singleElement().satisfies(input -> {
            assertThat(input.type()).isEqualTo(ChallengeType.NUMERIC);
            assertThat(input.rule().rawPattern()).isEqualTo("^[0-9]{6}$");
            assertThat(input.id()).isEqualTo(CredentialId.of("306"));
        });
        assertThat(prompt.confirmation()).map(Challenge::id).contains(CredentialId.of("307"));
    }

    @Test
    void okWithSixDigitsGivesTwoEntries() {
        Submission submission = prompt.answer(
                        ChallengeAnswer.ok(Map.of(CredentialId.of("306"), SecretValue.of("123456"))))
                .orElseThrow();
        assertThat(submission.values())
                .extracting(v -> v.id().value(), v -> v.value().reveal())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("306", "123456"),
                        org.assertj.core.groups.Tuple.tuple("307", "true"));
    }

    @Test
    void fiveDigitsAreRejectedNamingField306() {
        InputResult<Submission> result =
                prompt.answer(ChallengeAnswer.ok(Map.of(CredentialId.of("306"), SecretValue.of("12345"))));
        assertThat(result.isAccepted()).isFalse();
        FieldError error = ((InputResult.Rejected<Submission>) result).errors().get(0);
        assertThat(error.field()).isEqualTo("306");
        assertThat(error.message()).contains("306").doesNotContain("12345");
    }

    @Test
    void cancelGivesTheConfirmationFalseAlone() {
        Submission submission = prompt.answer(ChallengeAnswer.cancel()).orElseThrow();
        assertThat(submission.values()).singleElement().satisfies(v -> {
            assertThat(v.id()).isEqualTo(CredentialId.of("307"));
            assertThat(v.value().reveal()).isEqualTo("false");
        });
    }

    @Test
    void sendSmsPromptNeedsOnlyTheOkCancelAnswer() {
        ChallengePrompt sendSms = GuideSamples.sendSmsPrompt();
        assertThat(sendSms.inputs()).isEmpty();
        assertThat(sendSms.infoMessages().get(0)).contains("0606060606");
        Submission ok = sendSms.answer(ChallengeAnswer.ok()).orElseThrow();
        assertThat(ok.values()).extracting(SubmittedValue::id).containsExactly(CredentialId.of("304"));
        assertThat(ok.values().get(0).value().reveal()).isEqualTo("true");
    }

    @Test
    void okWithoutTheCodeIsRejectedAsMissing() {
        InputResult<Submission> result = prompt.answer(ChallengeAnswer.ok());
        assertThat(((InputResult.Rejected<Submission>) result).errors())
                .extracting(FieldError::problem)
                .containsExactly(FieldError.Problem.MISSING);
    }

    @Test
    void unknownChallengeTypeIsShownNotAnswered() {
        Challenge odd = Challenge.of(
                CredentialId.of("400"), "Nouveau", ".*", ChallengeType.fromWire("HOLOGRAM"), false, Map.of());
        assertThat(odd).isInstanceOf(Challenge.Unrecognized.class);
        ChallengePrompt withOdd = new ChallengePrompt(java.util.List.of(odd));
        assertThat(withOdd.infoMessages()).containsExactly("Nouveau");
        assertThat(withOdd.answer(ChallengeAnswer.cancel()).isAccepted()).isFalse();
    }
}
