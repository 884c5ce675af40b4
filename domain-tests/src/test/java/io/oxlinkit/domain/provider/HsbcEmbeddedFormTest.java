package io.oxlinkit.domain.provider;

import static org.assertj.core.api.Assertions.assertThat;

import io.oxlinkit.domain.GuideSamples;
import io.oxlinkit.domain.id.CredentialId;
import io.oxlinkit.domain.input.FieldError;
import io.oxlinkit.domain.input.InputResult;
import io.oxlinkit.domain.input.Submission;
import io.oxlinkit.domain.input.ValueRule;
import io.oxlinkit.domain.secret.SecretValue;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Rule 1: the guide's HSBC embedded form. */
class HsbcEmbeddedFormTest {

    private final CredentialForm form =
            GuideSamples.hsbc().channel(GuideSamples.EMBEDDED1).orElseThrow().form();

    private static Map<CredentialId, SecretValue> values(String identifier, String memorable, String password) {
        Map<CredentialId, SecretValue> values = new HashMap<>();
        values.put(CredentialId.of("3500"), SecretValue.of(identifier));
        values.put(CredentialId.of("3501"), SecretValue.of(memorable));
        values.put(CredentialId.of("3502"), SecretValue.of(password));
        return values;
    }

    private static FieldError onlyError(InputResult<Submission> result) {
        assertThat(result).isInstanceOf(InputResult.Rejected.class);
        return ((InputResult.Rejected<Submission>) result).errors().get(0);
    }

    @Test
    void identifierShorterThanSevenCharactersIsRejected() {
        FieldError error = onlyError(form.fill(values("abc", "reponse", "password8")));
        assertThat(error.field()).isEqualTo("3500");
        assertThat(error.problem()).isEqualTo(FieldError.Problem.PATTERN_MISMATCH);
    }

    @Test
    void validIdentifierIsAccepted() {
        assertThat(form.fill(values("john.doe7", "reponse", "password8")).isAccepted())
                .isTrue();
    }

    @Test
    void sevenCharacterPasswordIsRejectedForField3502() {
        FieldError error = onlyError(form.fill(values("john.doe7", "reponse", "passwd7")));
        assertThat(error.field()).isEqualTo("3502");
        assertThat(error.message()).doesNotContain("passwd7");
    }

    @Test
    void onlyField3502IsMarkedForEncryption() {
        Submission submission =
                form.fill(values("john.doe7", "reponse", "password8")).orElseThrow();
        assertThat(submission.idsToEncrypt()).containsExactly(CredentialId.of("3502"));
        assertThat(submission.values()).hasSize(3);
    }

    @Test
    void oversizeValueIsRejectedBeforeAnyPatternRuns() {
        String huge = "a".repeat(ValueRule.MAX_VALUE_LENGTH + 1);
        FieldError error = onlyError(form.fill(values(huge, "reponse", "password8")));
        assertThat(error.problem()).isEqualTo(FieldError.Problem.TOO_LONG);

        // A catastrophic-backtracking pattern would hang on this input if it ran: it must not run.
        CredentialField evil = CredentialField.of("1", "evil", "^(a+)+$", "TEXT", false);
        CredentialForm evilForm = new CredentialForm(GuideSamples.EMBEDDED1, java.util.List.of(evil));
        InputResult<Submission> result =
                evilForm.fill(Map.of(CredentialId.of("1"), SecretValue.of("a".repeat(5000) + "!")));
        assertThat(onlyError(result).problem()).isEqualTo(FieldError.Problem.TOO_LONG);
    }

    @Test
    void missingAndUnknownFieldsAreReported() {
        Map<CredentialId, SecretValue> values = values("john.doe7", "reponse", "password8");
        values.remove(CredentialId.of("3501"));
        values.put(CredentialId.of("9999"), SecretValue.of("x"));
        InputResult<Submission> result = form.fill(values);
        assertThat(((InputResult.Rejected<Submission>) result).errors())
                .extracting(FieldError::field, FieldError::problem)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("9999", FieldError.Problem.UNKNOWN_FIELD),
                        org.assertj.core.groups.Tuple.tuple("3501", FieldError.Problem.MISSING));
    }

    @Test
    void invalidServerPatternIsKeptButNotEnforced() {
        ValueRule rule = ValueRule.fromRegexp("([unclosed");
        assertThat(rule.enforcesPattern()).isFalse();
        assertThat(rule.check("1", "x", SecretValue.of("anything"))).isEmpty();
        assertThat(Pattern.compile("^[\\a-zA-Z0-9@._-]{7,}$")).isNotNull();
    }
}
