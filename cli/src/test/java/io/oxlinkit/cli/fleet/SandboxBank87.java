package io.oxlinkit.cli.fleet;

import io.oxlinkit.domain.challenge.ChallengeAnswer;
import io.oxlinkit.domain.id.ChannelDefinitionId;
import io.oxlinkit.domain.id.CredentialId;
import io.oxlinkit.domain.id.ProviderId;
import io.oxlinkit.domain.journey.NextStep;
import io.oxlinkit.domain.secret.SecretValue;
import java.util.HashMap;
import java.util.Map;

/** The sandbox's bank 87 as the fleet tests use it: its EMBEDDED channel, the form it accepts, the SMS code it asks. */
final class SandboxBank87 {

    static final ProviderId BANK = ProviderId.of("87");
    static final ChannelDefinitionId EMBEDDED = ChannelDefinitionId.of("8702");

    private SandboxBank87() {}

    /** The form's values for {@code login} with the password the sandbox accepts (a fresh, mutable map). */
    static Map<CredentialId, SecretValue> credentials(String login) {
        Map<CredentialId, SecretValue> values = new HashMap<>();
        values.put(CredentialId.of("300"), SecretValue.of(login));
        values.put(CredentialId.of("301"), SecretValue.of("correct-horse"));
        return values;
    }

    /** The SMS code the sandbox accepts, typed into every input of the challenge. */
    static ChallengeAnswer smsCode(NextStep.AnswerChallenge challenge) {
        Map<CredentialId, SecretValue> values = new HashMap<>();
        challenge.prompt().inputs().forEach(input -> values.put(input.id(), SecretValue.of("123456")));
        return ChallengeAnswer.ok(values);
    }
}
