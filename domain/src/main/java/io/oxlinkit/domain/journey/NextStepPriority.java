package io.oxlinkit.domain.journey;

import io.oxlinkit.domain.consent.ConsentRequest;
import io.oxlinkit.domain.id.ConnectionId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * How a connection's one next step is chosen from its channels' steps. The first rule that matches wins;
 * within a rule, the channel followed first wins:
 * <ol>
 *   <li>a challenge waiting for its answer (it times out at the bank);</li>
 *   <li>the consent, for the accounts of every channel awaiting it (one request: consent is the connection's);</li>
 *   <li>a step the user must take on a channel (fix credentials, restart, act at the bank, check an unknown
 *       status, renew, add a channel);</li>
 *   <li>a wait while a channel works (listing, fetching the list, a challenge prompt on its way,
 *       synchronizing, storing data), then a wait on OXLIN's retry;</li>
 *   <li>Done, only when every followed channel is synchronized (no channel followed yet: wait for the listing).</li>
 * </ol>
 */
public final class NextStepPriority {

    private NextStepPriority() {}

    /** The step the host shows for {@code connectionId}, given each channel's step and the connection's consent request. */
    public static NextStep fold(ConnectionId connectionId, List<ChannelStep> steps, Optional<ConsentRequest> consent) {
        if (steps.isEmpty()) {
            return new NextStep.Wait(WaitReason.LISTING_ACCOUNTS);
        }
        Optional<NextStep> challenge = first(steps, NextStep.AnswerChallenge.class);
        if (challenge.isPresent()) {
            return challenge.get();
        }
        if (consent.isPresent()) {
            return new NextStep.CollectConsent(consent.get());
        }
        Optional<NextStep> forUser = steps.stream()
                .map(ChannelStep::step)
                .filter(NextStepPriority::needsUser)
                .findFirst();
        if (forUser.isPresent()) {
            return forUser.get();
        }
        Optional<NextStep> wait = steps.stream()
                .map(ChannelStep::step)
                .filter(s -> s instanceof NextStep.Wait)
                .min(Comparator.comparing(s -> ((NextStep.Wait) s).reason() == WaitReason.OXLIN_RETRIES));
        return wait.orElseGet(() -> new NextStep.Done(connectionId));
    }

    private static Optional<NextStep> first(List<ChannelStep> steps, Class<? extends NextStep> kind) {
        return steps.stream().map(ChannelStep::step).filter(kind::isInstance).findFirst();
    }

    private static boolean needsUser(NextStep step) {
        return !(step instanceof NextStep.Wait
                || step instanceof NextStep.Done
                || step instanceof NextStep.CollectConsent
                || step instanceof NextStep.AnswerChallenge);
    }
}
