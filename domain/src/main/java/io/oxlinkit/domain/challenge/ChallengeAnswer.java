package io.oxlinkit.domain.challenge;

import io.oxlinkit.domain.id.CredentialId;
import io.oxlinkit.domain.secret.SecretValue;
import java.util.Map;

/** What the user decided on a challenge prompt: OK with the values typed, or CANCEL. */
public sealed interface ChallengeAnswer permits ChallengeAnswer.Ok, ChallengeAnswer.Cancel {

    /** OK with the values typed for the prompt's inputs. */
    static ChallengeAnswer ok(Map<CredentialId, SecretValue> values) {
        return new Ok(values);
    }

    /** OK on a prompt that asks for no value (for example "send me the SMS"). */
    static ChallengeAnswer ok() {
        return new Ok(Map.of());
    }

    /** CANCEL: the synchronization stops. */
    static ChallengeAnswer cancel() {
        return new Cancel();
    }

    /** The user confirmed, with these values. */
    record Ok(Map<CredentialId, SecretValue> values) implements ChallengeAnswer {
        /** Copies the values. */
        public Ok {
            values = Map.copyOf(values);
        }
    }

    /** The user cancelled. */
    record Cancel() implements ChallengeAnswer {}
}
