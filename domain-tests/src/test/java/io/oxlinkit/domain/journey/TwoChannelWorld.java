package io.oxlinkit.domain.journey;

import static io.oxlinkit.domain.journey.TwoChannelServer.EMBEDDED;
import static io.oxlinkit.domain.journey.TwoChannelServer.REDIRECT;

import io.oxlinkit.domain.GuideSamples;
import io.oxlinkit.domain.account.Account;
import io.oxlinkit.domain.connection.ChannelStatus;
import io.oxlinkit.domain.event.Event;
import io.oxlinkit.domain.event.SyncPhase;
import io.oxlinkit.domain.id.ChannelDefinitionId;
import io.oxlinkit.domain.provider.ChannelMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * A two-channel connection played out from a list of dice: the server runs each channel's jobs (challenges,
 * successes, failures, OXLIN's scheduled syncs), the user adds the EMBEDDED channel and repairs failures,
 * and the queue delivers the events with duplicates, swaps and drops. The kit's side is the journey, fed
 * as the application layer feeds it (account list, consent, answers, data stored).
 */
final class TwoChannelWorld {

    private static final ChannelStatus[] FAILURES = {
        ChannelStatus.AUTH_FAILED, ChannelStatus.CHALLENGE_TIMED_OUT, ChannelStatus.FAILED
    };

    /** A job running at the server on one channel. */
    private record Job(int number, SyncPhase phase, int asksLeft, boolean asking) {}

    private final TwoChannelServer server = new TwoChannelServer();
    private final List<Integer> dice;
    private final Random perturbation;
    private final Map<ChannelDefinitionId, Job> jobs = new HashMap<>();
    private final Map<ChannelDefinitionId, Integer> jobCount = new HashMap<>();
    private final Map<ChannelDefinitionId, Boolean> listed = new HashMap<>();
    private final Map<ChannelDefinitionId, Account> awaitingConsent = new HashMap<>();
    private final Map<String, Integer> jobOfEvent = new HashMap<>();
    private final Map<ChannelDefinitionId, Integer> jobOfLastApplied = new HashMap<>();
    private final List<Event> queue = new ArrayList<>();
    private final HeldConnection held;
    private TwoChannelJourneyPropertyTest.EventListener listener = (e, b, a) -> {};
    private Runnable settled = () -> {};
    private int accounts;

    TwoChannelWorld(List<Integer> dice) {
        this.dice = List.copyOf(dice);
        this.perturbation = new Random(dice.hashCode());
        start(REDIRECT, SyncPhase.LIST_ACCOUNTS, 1);
        held = new HeldConnection(server.snapshot(), Journey.started(GuideSamples.CONNECTION, REDIRECT));
    }

    TwoChannelServer server() {
        return server;
    }

    HeldConnection held() {
        return held;
    }

    void onEventApplied(TwoChannelJourneyPropertyTest.EventListener listener) {
        this.listener = listener;
    }

    void onSettled(Runnable settled) {
        this.settled = settled;
    }

    int jobOf(Event event) {
        return jobOfEvent.get(event.header().id().value());
    }

    Optional<Integer> jobOfLastEventApplied(ChannelDefinitionId channel) {
        return Optional.ofNullable(jobOfLastApplied.get(channel));
    }

    /** Plays every die. */
    void run() {
        for (Iterator<Integer> it = dice.iterator(); it.hasNext(); ) {
            int die = it.next();
            switch (die % 8) {
                case 0, 1 -> advance(REDIRECT, die);
                case 2, 3 -> advance(EMBEDDED, die);
                case 4, 5 -> deliver(1 + die % 3);
                case 6 -> userActs(die);
                default -> scheduledSync(die % 2 == 0 ? REDIRECT : EMBEDDED);
            }
        }
    }

    /** The user leaves: every job runs to its end, the queue loses what it holds, and the kit refreshes the snapshot. */
    void quiesce() {
        for (int round = 0; round < 20; round++) {
            deliver(queue.size());
            for (ChannelDefinitionId channel : TwoChannelJourneyPropertyTest.both()) {
                while (jobs.containsKey(channel)) {
                    finish(channel, 1);
                }
            }
            queue.clear();
            held.refreshed(server.snapshot());
            settle();
            if (jobs.isEmpty()
                    && !held.journey.needsAccountList()
                    && held.journey.consentRequest().isEmpty()) {
                return;
            }
        }
    }

    private void advance(ChannelDefinitionId channel, int die) {
        Job job = jobs.get(channel);
        if (job == null) {
            return;
        }
        if (job.asking()) {
            if (die % 5 == 0) {
                fail(channel, ChannelStatus.CHALLENGE_TIMED_OUT);
            }
            return;
        }
        if (job.asksLeft() > 0) {
            jobs.put(channel, new Job(job.number(), job.phase(), job.asksLeft() - 1, true));
            emit(channel, server.ask(channel, job.phase()));
            return;
        }
        finish(channel, die);
    }

    private void finish(ChannelDefinitionId channel, int die) {
        Job job = jobs.get(channel);
        if (die % 4 == 0) {
            fail(channel, FAILURES[die % FAILURES.length]);
            return;
        }
        jobs.remove(channel);
        emit(channel, job, server.succeed(channel, job.phase()));
        if (job.phase() == SyncPhase.LIST_ACCOUNTS) {
            listed.put(channel, true);
            awaitingConsent.put(channel, TwoChannelServer.pending("a" + (++accounts), channel));
        }
    }

    private void fail(ChannelDefinitionId channel, ChannelStatus status) {
        Job job = jobs.remove(channel);
        emit(channel, job, server.fail(channel, job.phase(), status));
    }

    private void emit(ChannelDefinitionId channel, Event event) {
        emit(channel, jobs.get(channel), event);
    }

    private void emit(ChannelDefinitionId channel, Job job, Event event) {
        jobOfEvent.put(event.header().id().value(), job.number());
        queue.add(event);
    }

    private void start(ChannelDefinitionId channel, SyncPhase phase, int asks) {
        int number = jobCount.merge(channel, 1, Integer::sum);
        jobs.put(channel, new Job(number, phase, asks, false));
        server.start(channel);
    }

    /** The queue hands over up to {@code count} events: some twice, some swapped with the next, some lost. */
    private void deliver(int count) {
        for (int i = 0; i < count && !queue.isEmpty(); i++) {
            if (queue.size() > 1 && perturbation.nextInt(6) == 0) {
                queue.add(1, queue.remove(0));
            }
            Event event = queue.remove(0);
            int fate = perturbation.nextInt(8);
            if (fate == 0) {
                continue;
            }
            apply(event);
            if (fate == 1) {
                apply(event);
            }
        }
    }

    private void apply(Event event) {
        ChannelDefinitionId channel = event.header().channelDefinitionId().orElseThrow();
        Optional<ChannelTrack> before = held.journey.track(channel);
        held.apply(event);
        ChannelTrack after = held.journey.track(channel).orElseThrow();
        if (!after.equals(before.orElse(null))) {
            listener.applied(event, before, after);
            jobOfLastApplied.put(channel, jobOf(event));
        }
        settle();
    }

    /** What the application layer does after each change: fetch the list, give consent, answer, store data. */
    private void settle() {
        if (held.journey.needsAccountList()) {
            held.listed(List.copyOf(awaitingConsent.values()));
        }
        if (held.journey.consentRequest().isPresent()) {
            List<Account> decided = held.journey.consentRequest().get().pendingAccounts();
            held.journey = held.journey.consentGiven(held.snapshot);
            for (Account consented : decided) {
                ChannelDefinitionId channel = consented.channelDefinitionId().orElseThrow();
                awaitingConsent.remove(channel);
                if (!jobs.containsKey(channel)) {
                    start(channel, SyncPhase.SYNC_ALL, perturbation.nextInt(2));
                }
            }
        }
        Optional<PendingChallenge> challenge = held.journey.pendingChallenge();
        if (challenge.isPresent()) {
            held.journey = held.journey.challengeAnswered(challenge.get().eventId());
            Job job = jobs.get(challenge.get().channel());
            if (job != null && job.asking()) {
                jobs.put(challenge.get().channel(), new Job(job.number(), job.phase(), job.asksLeft(), false));
                server.answered(challenge.get().channel());
            }
        }
        if (held.journey.needsDataStored()) {
            held.journey = held.journey.dataStored(held.journey.channelsStoringData());
        }
        settled.run();
    }

    /** The user adds the EMBEDDED channel, or repairs a channel whose step asks for it. */
    private void userActs(int die) {
        if (held.journey.track(EMBEDDED).isEmpty() && die % 3 == 0) {
            held.journey = held.journey.credentialsGiven(EMBEDDED, held.snapshot);
            held.snapshot = held.snapshot.withChannelStatus(EMBEDDED, ChannelStatus.EMPTY);
            start(EMBEDDED, SyncPhase.LIST_ACCOUNTS, die % 2);
            held.snapshot = held.snapshot.withChannelStatus(EMBEDDED, ChannelStatus.RUNNING);
            return;
        }
        for (ChannelStep step : held.journey.nextSteps()) {
            boolean repair = step.step() instanceof NextStep.FixCredentials
                    || step.step() instanceof NextStep.RestartSynchronization;
            if (!repair || jobs.containsKey(step.channel())) {
                continue;
            }
            ChannelDefinitionId channel = step.channel();
            boolean wasListed = listed.getOrDefault(channel, false);
            if (server.snapshot().channel(channel).orElseThrow().mode() == ChannelMode.REDIRECT && wasListed) {
                server.authorized(channel);
                held.snapshot = server.snapshot();
                held.journey = held.journey.authorizedAgain(held.snapshot);
            } else {
                held.journey = held.journey.credentialsGiven(channel, held.snapshot);
                start(channel, wasListed ? SyncPhase.SYNC_ALL : SyncPhase.LIST_ACCOUNTS, die % 2);
                held.snapshot = held.snapshot.withChannelStatus(channel, ChannelStatus.RUNNING);
            }
            settle();
            return;
        }
    }

    /** OXLIN's own schedule: a SYNC_ALL on a channel that listed its accounts, is idle and not refused. */
    private void scheduledSync(ChannelDefinitionId channel) {
        ChannelStatus status = server.snapshot().channel(channel).orElseThrow().status();
        if (listed.getOrDefault(channel, false)
                && !jobs.containsKey(channel)
                && status == ChannelStatus.SUCCESS
                && !awaitingConsent.containsKey(channel)) {
            start(channel, SyncPhase.SYNC_ALL, 0);
        }
    }
}
