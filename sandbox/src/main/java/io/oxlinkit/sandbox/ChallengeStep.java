package io.oxlinkit.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.Predicate;

/**
 * One challenge a bank asks during a job: the items to send, which answers pass, what it sends after a
 * wrong answer (given the attempts left), which item cancels when answered {@code false}, how many tries.
 */
record ChallengeStep(
        ArrayNode items,
        IntFunction<ArrayNode> afterWrongAnswer,
        Predicate<Map<String, String>> accepts,
        String cancelItem,
        int attempts) {

    boolean cancels(Map<String, String> answers) {
        return "false".equals(answers.get(cancelItem));
    }
}
