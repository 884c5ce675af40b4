package io.oxlinkit.application;

import io.oxlinkit.application.port.ConnectionStore;
import io.oxlinkit.application.port.ConnectionsApi;
import io.oxlinkit.application.port.OxlinApiException;
import io.oxlinkit.application.port.StoredConnection;
import io.oxlinkit.domain.agreement.AgreementPolicy;
import io.oxlinkit.domain.agreement.Feature;
import io.oxlinkit.domain.challenge.ChallengeAnswer;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.input.InputResult;
import io.oxlinkit.domain.input.Submission;
import io.oxlinkit.domain.journey.PendingChallenge;
import io.oxlinkit.domain.secret.SecretValue;
import java.util.Objects;
import java.util.Optional;

/**
 * Sends the user's answer to the challenge a connection waits on: checks it against the prompt,
 * encrypts {@code encrypt:true} answers, posts {@code user_input}, and records that the challenge was
 * answered. An answer that reaches the bank too late (OXLIN answers 409) is a refusal, not an exception.
 * The answer's values are wiped.
 */
public final class AnswerChallenge {

    private final AgreementPolicy policy;

    private final ConnectionStore store;
    private final ConnectionsApi api;
    private final CredentialSealer sealer;
    private final JourneyRecorder recorder;

    AnswerChallenge(
            ConnectionStore store,
            ConnectionsApi api,
            CredentialSealer sealer,
            JourneyRecorder recorder,
            AgreementPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy must not be null");
        this.store = Objects.requireNonNull(store, "store must not be null");
        this.api = Objects.requireNonNull(api, "api must not be null");
        this.sealer = Objects.requireNonNull(sealer, "sealer must not be null");
        this.recorder = Objects.requireNonNull(recorder, "recorder must not be null");
    }

    /** Answers the pending challenge of {@code connectionId}. */
    public StepResult answer(ConnectionId connectionId, ChallengeAnswer answer) {
        try {
            policy.require(Feature.FULL_API_AGGREGATION);
            Optional<StoredConnection> stored = store.find(connectionId);
            if (stored.isEmpty()) {
                return StepResult.refused(
                        StepResult.Reason.UNKNOWN_CONNECTION, "connection " + connectionId + " is not stored");
            }
            Optional<PendingChallenge> pending = stored.get().journey().pendingChallenge();
            if (pending.isEmpty()) {
                return StepResult.refused(
                        StepResult.Reason.NO_CHALLENGE_PENDING,
                        "connection " + connectionId + " waits on no challenge");
            }
            InputResult<Submission> checked = pending.get().prompt().answer(answer);
            if (checked instanceof InputResult.Rejected<Submission> rejected) {
                return new StepResult.InvalidInput(rejected.errors());
            }
            Submission submission = ((InputResult.Accepted<Submission>) checked).value();
            try {
                sealer.sealAndDeliver(
                        stored.get().userId(),
                        submission,
                        envelope -> api.sendUserInput(
                                stored.get().userId(),
                                connectionId,
                                pending.get().channel(),
                                envelope.credentials()));
            } catch (OxlinApiException.Conflict late) {
                return StepResult.refused(
                        StepResult.Reason.CHALLENGE_NO_LONGER_PENDING,
                        "the bank no longer waits on this challenge"
                                + " (it timed out, or was answered elsewhere); the next event says what follows");
            }
            StoredConnection saved = recorder.updateJourney(
                            connectionId, j -> j.challengeAnswered(pending.get().eventId()))
                    .orElseThrow();
            return new StepResult.Proceeded(connectionId, saved.journey().nextStep());
        } finally {
            if (answer instanceof ChallengeAnswer.Ok ok) {
                ok.values().values().forEach(SecretValue::wipe);
            }
        }
    }
}
