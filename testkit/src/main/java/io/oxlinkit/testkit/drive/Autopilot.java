package io.oxlinkit.testkit.drive;

import io.oxlinkit.application.OxlinKit;
import io.oxlinkit.domain.account.Account;
import io.oxlinkit.domain.challenge.ChallengeAnswer;
import io.oxlinkit.domain.consent.ConsentDecision;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.CredentialId;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.domain.journey.NextStep;
import io.oxlinkit.domain.secret.SecretValue;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Drives a connection to Done the way a patient user would, for tests and benchmarks that need a
 * synchronized connection and are not about the steps: pumps events, answers each challenge (OK, with
 * the given code for the input), consents to the accounts the filter keeps (declining the others).
 */
public final class Autopilot {

    private static final int MAX_ROUNDS = 40;

    private final OxlinKit kit;
    private final String code;
    private final Predicate<Account> share;

    private Autopilot(OxlinKit kit, String code, Predicate<Account> share) {
        this.kit = Objects.requireNonNull(kit, "kit must not be null");
        this.code = Objects.requireNonNull(code, "code must not be null");
        this.share = Objects.requireNonNull(share, "share must not be null");
    }

    /** An autopilot typing {@code code} into challenge inputs and sharing every account. */
    public static Autopilot answering(OxlinKit kit, String code) {
        return new Autopilot(kit, code, account -> true);
    }

    /** The same, sharing only the accounts {@code share} keeps. */
    public Autopilot sharing(Predicate<Account> filter) {
        return new Autopilot(kit, code, filter);
    }

    /**
     * Pumps and answers until the connection is Done.
     *
     * @throws AssertionError when it stops at another step or does not get there
     */
    public void untilDone(UserId user, ConnectionId connection) {
        drive(user, connection, false);
    }

    /**
     * Pumps and answers until OXLIN's SYNC_ALL succeeded: the connection is Done, or waits for its data
     * to be stored (for a kit built with {@code synchronizeAfterSyncAll(false)}, whose host runs
     * {@code synchronize} itself).
     */
    public void untilDataReady(UserId user, ConnectionId connection) {
        drive(user, connection, true);
    }

    private void drive(UserId user, ConnectionId connection, boolean stopWhenDataReady) {
        for (int round = 0; round < MAX_ROUNDS; round++) {
            kit.pumpEvents(user);
            NextStep step = kit.nextStep(connection).orElseThrow();
            boolean dataReady = kit.connection(connection)
                    .map(c -> c.journey().needsDataStored())
                    .orElse(false);
            if (step instanceof NextStep.Done || (stopWhenDataReady && dataReady)) {
                return;
            }
            if (step instanceof NextStep.AnswerChallenge challenge) {
                Map<CredentialId, SecretValue> values = new java.util.HashMap<>();
                challenge.prompt().inputs().forEach(input -> values.put(input.id(), SecretValue.of(code)));
                kit.answerChallenge(connection, ChallengeAnswer.ok(values));
            } else if (step instanceof NextStep.CollectConsent consent) {
                List<Account> pending = consent.request().pendingAccounts();
                List<ConsentDecision> decisions = pending.stream()
                        .map(a -> share.test(a) ? ConsentDecision.grant(a.id()) : ConsentDecision.decline(a.id()))
                        .toList();
                kit.giveConsent(connection, decisions);
            } else if (!(step instanceof NextStep.Wait)) {
                throw new AssertionError("connection " + connection + " stopped at " + step);
            }
        }
        throw new AssertionError("connection " + connection + " did not reach Done in " + MAX_ROUNDS + " rounds");
    }
}
