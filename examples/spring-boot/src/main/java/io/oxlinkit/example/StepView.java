package io.oxlinkit.example;

import io.oxlinkit.domain.journey.NextStep;
import java.util.List;
import java.util.Map;

/**
 * What the example's endpoints answer about a connection's next step: its type and, for the steps that need the user,
 * what to show (the challenge's inputs, the accounts asking consent). A host maps the sealed {@link NextStep} the same way.
 *
 * @param type the step's type ({@code AnswerChallenge}, {@code CollectConsent}, {@code Wait}, {@code Done}...)
 * @param detail what to show: input ids and labels, accounts, or the reason of a wait
 */
public record StepView(String type, Map<String, Object> detail) {

    /** The view of {@code step}. */
    public static StepView of(NextStep step) {
        String type = step.getClass().getSimpleName();
        if (step instanceof NextStep.AnswerChallenge challenge) {
            List<Map<String, String>> inputs = challenge.prompt().inputs().stream()
                    .map(input -> Map.of("id", input.id().value(), "label", input.label()))
                    .toList();
            return new StepView(type, Map.of("inputs", inputs));
        }
        if (step instanceof NextStep.CollectConsent consent) {
            List<Map<String, String>> accounts = consent.request().pendingAccounts().stream()
                    .map(account -> Map.of(
                            "id", account.id().value(), "name", account.name().orElse("")))
                    .toList();
            return new StepView(type, Map.of("accounts", accounts));
        }
        if (step instanceof NextStep.Wait wait) {
            return new StepView(type, Map.of("reason", wait.reason().name()));
        }
        return new StepView(type, Map.of());
    }
}
