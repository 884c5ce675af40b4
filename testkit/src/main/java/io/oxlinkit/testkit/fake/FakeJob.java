package io.oxlinkit.testkit.fake;

import io.oxlinkit.domain.event.SyncPhase;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** Where a channel's synchronization job stands: no job waiting, or a challenge asked and not yet answered. */
sealed interface FakeJob {

    /** No job waits on the user. */
    record Idle() implements FakeJob {}

    /**
     * A job asked the user and waits.
     *
     * @param phase LIST_ACCOUNTS or SYNC_ALL
     * @param steps the challenges this job asks, in order
     * @param step the index of the challenge asked
     * @param attemptsLeft answers left for it
     * @param deadline when an unanswered challenge times out
     */
    record Asking(SyncPhase phase, List<ChallengeStep> steps, int step, int attemptsLeft, Instant deadline)
            implements FakeJob {
        public Asking {
            Objects.requireNonNull(phase, "phase must not be null");
            steps = List.copyOf(steps);
            if (step < 0 || step >= steps.size()) {
                throw new IllegalArgumentException("step must point into steps");
            }
        }

        ChallengeStep current() {
            return steps.get(step);
        }

        boolean isLast() {
            return step == steps.size() - 1;
        }

        Asking next(Instant newDeadline) {
            return new Asking(phase, steps, step + 1, steps.get(step + 1).attempts(), newDeadline);
        }

        Asking afterWrongAnswer(Instant newDeadline) {
            return new Asking(phase, steps, step, attemptsLeft - 1, newDeadline);
        }
    }
}
