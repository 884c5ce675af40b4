package io.oxlinkit.domain.provider;

import static org.assertj.core.api.Assertions.assertThat;

import io.oxlinkit.domain.id.ChannelDefinitionId;
import io.oxlinkit.domain.id.CredentialId;
import io.oxlinkit.domain.input.FieldError;
import io.oxlinkit.domain.input.InputResult;
import io.oxlinkit.domain.input.Submission;
import io.oxlinkit.domain.input.SubmittedValue;
import io.oxlinkit.domain.secret.SecretValue;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A field whose pattern accepts the empty value is optional: left out, or given empty, it is not sent. */
class OptionalCredentialFieldTest {

    private final CredentialForm form = new ChannelDefinition(
                    ChannelDefinitionId.of("8700"),
                    ChannelMode.EMBEDDED,
                    Set.of(AccountType.CHECKINGS),
                    false,
                    List.of(
                            CredentialField.of("300", "Identifiant", "^.{3,}$", "TEXT", false),
                            CredentialField.of("301", "Mot de passe", "^.{4,}$", "PWD", true),
                            CredentialField.of("302", "URL du scénario", "^(https?://.+)?$", "URL", false),
                            CredentialField.of("303", "Sans motif", "", "TEXT", false)))
            .form();

    private static Map<CredentialId, SecretValue> values(String... pairs) {
        Map<CredentialId, SecretValue> values = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put(CredentialId.of(pairs[i]), SecretValue.of(pairs[i + 1]));
        }
        return values;
    }

    private static List<String> sent(InputResult<Submission> result) {
        return result.orElseThrow().values().stream()
                .map(SubmittedValue::id)
                .map(CredentialId::value)
                .toList();
    }

    @Test
    void onlyAFieldWhosePatternAcceptsTheEmptyValueIsOptional() {
        assertThat(form.fields())
                .filteredOn(CredentialField::optional)
                .extracting(f -> f.id().value())
                .containsExactly("302");
    }

    @Test
    void anOptionalFieldLeftOutIsNotSent() {
        assertThat(sent(form.fill(values("300", "alice", "301", "secret", "303", "x"))))
                .containsExactlyInAnyOrder("300", "301", "303");
    }

    @Test
    void anOptionalFieldGivenEmptyIsNotSent() {
        assertThat(sent(form.fill(values("300", "alice", "301", "secret", "302", "", "303", "x"))))
                .containsExactlyInAnyOrder("300", "301", "303");
    }

    @Test
    void anOptionalFieldGivenAValueIsCheckedAndSent() {
        assertThat(sent(form.fill(
                        values("300", "alice", "301", "secret", "302", "https://scenario.example/ok", "303", "x"))))
                .contains("302");
        InputResult<Submission> wrong =
                form.fill(values("300", "alice", "301", "secret", "302", "not a url", "303", "x"));
        assertThat(wrong)
                .isInstanceOfSatisfying(
                        InputResult.Rejected.class,
                        r -> assertThat(r.errors())
                                .extracting(e -> ((FieldError) e).field())
                                .containsExactly("302"));
    }

    @Test
    void aRequiredFieldLeftOutIsStillMissingAndAFieldWithoutPatternIsRequired() {
        InputResult<Submission> result = form.fill(values("300", "alice"));
        assertThat(result)
                .isInstanceOfSatisfying(
                        InputResult.Rejected.class,
                        r -> assertThat(r.errors())
                                .extracting(e -> ((FieldError) e).field() + ":" + ((FieldError) e).problem())
                                .containsExactlyInAnyOrder("301:MISSING", "303:MISSING"));
    }
}
