package io.oxlinkit.domain.challenge;

import io.oxlinkit.domain.id.CredentialId;
import io.oxlinkit.domain.input.FieldError;
import io.oxlinkit.domain.input.InputResult;
import io.oxlinkit.domain.input.Submission;
import io.oxlinkit.domain.input.SubmittedValue;
import io.oxlinkit.domain.secret.SecretValue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a host shows for one challenge event: its messages, its inputs, its timeout and its OK/CANCEL,
 * and the check of the user's answer into the {@code user_input} payload (one entry per challenge id).
 *
 * @param challenges the items in the order OXLIN sent them
 */
public record ChallengePrompt(List<Challenge> challenges) {

    private static final String TRUE = "true";
    private static final String FALSE = "false";

    /** Copies the items and refuses an empty prompt. */
    public ChallengePrompt {
        challenges = List.copyOf(challenges);
        if (challenges.isEmpty()) {
            throw new IllegalArgumentException("a challenge prompt needs at least one challenge");
        }
    }

    /** Rendered INFO_MSG labels, and the labels of items of unknown type. */
    public List<String> infoMessages() {
        return challenges.stream()
                .filter(c -> c.type() == ChallengeType.INFO_MSG || c.type() == ChallengeType.UNKNOWN)
                .map(Challenge::renderedLabel)
                .toList();
    }

    /** Rendered ERROR_MSG labels (for example "wrong code, 1 attempt left"). */
    public List<String> errorMessages() {
        return messages(ChallengeType.ERROR_MSG);
    }

    /** Rendered TIMEOUT_MSG labels. */
    public List<String> timeoutMessages() {
        return messages(ChallengeType.TIMEOUT_MSG);
    }

    /** The time left to answer, read from the TIMEOUT_MSG's {@code timeout} param in seconds. */
    public Optional<Duration> timeout() {
        return challenges.stream()
                .filter(c -> c.type() == ChallengeType.TIMEOUT_MSG)
                .map(c -> c.params().get("timeout"))
                .filter(v -> v != null && v.trim().matches("[0-9]{1,9}"))
                .map(v -> Duration.ofSeconds(Long.parseLong(v.trim())))
                .findFirst();
    }

    /** The values to type, in order. */
    public List<Challenge.Input> inputs() {
        return challenges.stream()
                .filter(Challenge.Input.class::isInstance)
                .map(Challenge.Input.class::cast)
                .toList();
    }

    /** The OK/CANCEL item, if the prompt has one. */
    public Optional<Challenge.Confirmation> confirmation() {
        return challenges.stream()
                .filter(Challenge.Confirmation.class::isInstance)
                .map(Challenge.Confirmation.class::cast)
                .findFirst();
    }

    /**
     * Checks the user's answer. OK needs every input, each matching its pattern, and yields one entry
     * per input plus the confirmation as {@code "true"}; CANCEL yields the confirmation as
     * {@code "false"} alone. The values are not wiped here: the caller owns them.
     */
    public InputResult<Submission> answer(ChallengeAnswer answer) {
        if (answer instanceof ChallengeAnswer.Cancel) {
            return confirmation()
                    .<InputResult<Submission>>map(c -> new InputResult.Accepted<>(
                            new Submission(List.of(new SubmittedValue(c.id(), SecretValue.of(FALSE), false)))))
                    .orElseGet(() -> new InputResult.Rejected<>(List.of(new FieldError(
                            "cancel",
                            FieldError.Problem.NOT_ALLOWED,
                            "this challenge has no OK/CANCEL item to cancel"))));
        }
        Map<CredentialId, SecretValue> values = ((ChallengeAnswer.Ok) answer).values();
        List<FieldError> errors = new ArrayList<>();
        for (CredentialId given : values.keySet()) {
            if (inputs().stream().noneMatch(i -> i.id().equals(given))) {
                errors.add(new FieldError(
                        given.value(),
                        FieldError.Problem.UNKNOWN_FIELD,
                        "challenge " + given + " does not ask for a value"));
            }
        }
        List<SubmittedValue> entries = new ArrayList<>();
        for (Challenge.Input input : inputs()) {
            SecretValue value = values.get(input.id());
            if (value == null) {
                errors.add(new FieldError(
                        input.id().value(),
                        FieldError.Problem.MISSING,
                        "challenge " + input.id() + " (" + input.renderedLabel() + ") needs a value"));
                continue;
            }
            input.rule()
                    .check(input.id().value(), input.renderedLabel(), value)
                    .ifPresentOrElse(
                            errors::add, () -> entries.add(new SubmittedValue(input.id(), value, input.encrypt())));
        }
        if (!errors.isEmpty()) {
            return new InputResult.Rejected<>(errors);
        }
        confirmation().ifPresent(c -> entries.add(new SubmittedValue(c.id(), SecretValue.of(TRUE), false)));
        if (entries.isEmpty()) {
            return new InputResult.Rejected<>(List.of(
                    new FieldError("ok", FieldError.Problem.NOT_ALLOWED, "this challenge asks for nothing to answer")));
        }
        return new InputResult.Accepted<>(new Submission(entries));
    }

    private List<String> messages(ChallengeType type) {
        return challenges.stream()
                .filter(c -> c.type() == type)
                .map(Challenge::renderedLabel)
                .toList();
    }
}
