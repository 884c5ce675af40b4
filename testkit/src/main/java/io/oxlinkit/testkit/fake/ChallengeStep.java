package io.oxlinkit.testkit.fake;

import io.oxlinkit.domain.challenge.ChallengePrompt;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntFunction;
import java.util.function.Predicate;

/**
 * One challenge a fake bank asks: the prompt, which answers it accepts, and what it asks after a
 * wrong answer (with the attempts left) until they run out.
 *
 * @param prompt the first prompt
 * @param accepts whether an answer (challenge id to value) is right
 * @param onWrong the prompt after a wrong answer, given the attempts left
 * @param attempts how many answers are allowed
 */
public record ChallengeStep(
        ChallengePrompt prompt,
        Predicate<Map<String, String>> accepts,
        IntFunction<ChallengePrompt> onWrong,
        int attempts) {

    /** Requires every part and at least one attempt. */
    public ChallengeStep {
        Objects.requireNonNull(prompt, "prompt must not be null");
        Objects.requireNonNull(accepts, "accepts must not be null");
        Objects.requireNonNull(onWrong, "onWrong must not be null");
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1");
        }
    }

    /** A prompt answered by OK alone (CANCEL stops the synchronization). */
    public static ChallengeStep confirm(ChallengePrompt prompt) {
        return new ChallengeStep(prompt, answers -> true, left -> prompt, 1);
    }
}
