package io.oxlinkit.sandbox;

import java.time.Instant;
import java.util.List;

/** Where a channel's job stands: nothing waits on the user, or a challenge was asked and waits for its answer. */
sealed interface ChannelJob {

    /** No job waits on the user. */
    record Idle() implements ChannelJob {}

    /** A job asked {@code steps.get(step)} and waits until {@code deadline}. */
    record Asking(Phase phase, List<ChallengeStep> steps, int step, int attemptsLeft, Instant deadline)
            implements ChannelJob {
        public Asking {
            steps = List.copyOf(steps);
            if (step < 0 || step >= steps.size() || attemptsLeft < 1) {
                throw new IllegalArgumentException("a job asks an existing step with attempts left");
            }
        }

        ChallengeStep current() {
            return steps.get(step);
        }

        boolean lastStep() {
            return step == steps.size() - 1;
        }

        Asking nextStep(Instant newDeadline) {
            return new Asking(phase, steps, step + 1, steps.get(step + 1).attempts(), newDeadline);
        }

        Asking retry(Instant newDeadline) {
            return new Asking(phase, steps, step, attemptsLeft - 1, newDeadline);
        }
    }
}
