package io.oxlinkit.testkit.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import io.oxlinkit.application.HealthItem;
import io.oxlinkit.application.OxlinKit;
import io.oxlinkit.application.StepResult;
import io.oxlinkit.application.SyncProgress;
import io.oxlinkit.application.SyncReport;
import io.oxlinkit.application.SynchronizeAccountData;
import io.oxlinkit.application.port.EventInbox;
import io.oxlinkit.application.port.OxlinApiException;
import io.oxlinkit.domain.challenge.ChallengeAnswer;
import io.oxlinkit.domain.consent.ConsentDecision;
import io.oxlinkit.domain.event.Event;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.QueueId;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.domain.journey.NextStep;
import io.oxlinkit.domain.journey.WaitReason;
import io.oxlinkit.domain.lifecycle.RequiredAction;
import io.oxlinkit.testkit.contract.Concurrently;
import io.oxlinkit.testkit.data.Banks;
import io.oxlinkit.testkit.fake.FakeCredentialEncryptor;
import io.oxlinkit.testkit.fake.GuideChallenges;
import io.oxlinkit.testkit.memory.ForwardingEventInbox;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The engine under load, on the testkit: pumps per user, data syncs as background work, exclusive claims,
 * leases that a crashed instance cannot hold for longer than their bound, one key per user, late answers.
 */
class EngineJourneyTest {

    private KitHarness harness;

    @BeforeEach
    void setUp() {
        harness = new KitHarness();
        harness.api
                .bank(Banks.linxoTestBank())
                .listsAccounts("Compte courant", "Livret A")
                .transactionsPerAccount(700)
                .acceptsCredential("301", EmbeddedJourneyTest.PASSWORD);
    }

    /** Another kit on the harness's stores and fake API, shaped by {@code settings}. */
    private OxlinKit kit(java.util.function.UnaryOperator<io.oxlinkit.application.OxlinKitBuilder> settings) {
        return settings.apply(harness.stores
                        .plugInto(OxlinKit.builder())
                        .api(harness.api)
                        .encryptor(new FakeCredentialEncryptor(harness.clock))
                        .clock(harness.clock))
                .build();
    }

    private ConnectionId started(OxlinKit kit, UserId user) {
        StepResult started = kit.startEmbeddedConnection(
                user,
                Banks.linxoTestBank().id(),
                Banks.TEST_BANK_EMBEDDED,
                EmbeddedJourneyTest.credentials("alice", EmbeddedJourneyTest.PASSWORD));
        return started.connection().orElseThrow();
    }

    /** A user whose connection was consented and pumped once: its data sync was asked for. */
    private record Consented(UserId user, ConnectionId connection) {}

    private Consented consentedAndPumped(OxlinKit kit, String email) {
        UserId user = kit.createUser(email);
        ConnectionId connection = started(kit, user);
        consentAll(kit, user, connection);
        kit.pumpEvents(user);
        return new Consented(user, connection);
    }

    private void consentAll(OxlinKit kit, UserId user, ConnectionId connection) {
        kit.pumpEvents(user);
        NextStep consent = kit.nextStep(connection).orElseThrow();
        assertThat(consent).isInstanceOf(NextStep.CollectConsent.class);
        kit.giveConsent(
                connection,
                consent instanceof NextStep.CollectConsent c
                        ? c.request().pendingAccounts().stream()
                                .map(a -> ConsentDecision.grant(a.id()))
                                .toList()
                        : List.of());
    }

    @Test
    void aUsersPumpAppliesThatUsersEventsOnly() {
        UserId alice = harness.kit.createUser("alice@host.example");
        UserId bob = harness.kit.createUser("bob@host.example");
        ConnectionId hers = started(harness.kit, alice);
        ConnectionId his = started(harness.kit, bob);
        QueueId bobsQueue = harness.stores.subscriptions().queue(bob).orElseThrow();
        for (Event event : harness.api.poll(bob, bobsQueue)) {
            harness.stores.inbox().record(bob, event);
        }
        harness.kit.pumpEvents(alice);
        assertThat(harness.next(hers)).isInstanceOf(NextStep.CollectConsent.class);
        assertThat(harness.next(his))
                .as("bob's recorded events wait for bob's pump")
                .isEqualTo(new NextStep.Wait(WaitReason.LISTING_ACCOUNTS));
        harness.kit.pumpAll();
        assertThat(harness.next(his)).isInstanceOf(NextStep.CollectConsent.class);
    }

    @Test
    void aPumpOnlyAsksForTheDataSyncAndTheHostsExecutorRunsIt() {
        Queue<Runnable> background = new ArrayDeque<>();
        OxlinKit kit = kit(b -> b.syncExecutor(background::add));
        ConnectionId connection = consentedAndPumped(kit, "carol@host.example").connection();
        assertThat(kit.nextStep(connection)).contains(new NextStep.Wait(WaitReason.STORING_DATA));
        assertThat(harness.stores
                        .transactions()
                        .count(kit.accounts(connection).get(0).id()))
                .as("nothing synced in the pump")
                .isZero();
        assertThat(background).hasSize(1);
        background.poll().run();
        assertThat(kit.nextStep(connection)).contains(new NextStep.Done(connection));
        assertThat(harness.stores
                        .transactions()
                        .count(kit.accounts(connection).get(0).id()))
                .isEqualTo(700);
    }

    @Test
    void aChallengeIsAnsweredInTimeWhileAnotherUsersSyncWaitsForTheExecutor() {
        Queue<Runnable> background = new ArrayDeque<>();
        OxlinKit kit = kit(b -> b.syncExecutor(background::add));
        ConnectionId large = consentedAndPumped(kit, "big@host.example").connection();
        harness.api.bank(Banks.linxoTestBank()).listAccountsAsks(GuideChallenges.sms("0606060606", "123456", 3));
        UserId small = kit.createUser("small@host.example");
        ConnectionId asking = started(kit, small);
        kit.pumpEvents(small);
        assertThat(kit.nextStep(asking).orElseThrow()).isInstanceOf(NextStep.AnswerChallenge.class);
        assertThat(kit.answerChallenge(asking, ChallengeAnswer.ok())).isInstanceOf(StepResult.Proceeded.class);
        assertThat(background).as("the large sync has not run yet").hasSize(1);
    }

    @Test
    void anAnswerThatReachesTheBankTooLateIsARefusal() {
        harness.api.bank(Banks.linxoTestBank()).listAccountsAsks(GuideChallenges.sms("0606060606", "123456", 3));
        UserId user = harness.kit.createUser("dan@host.example");
        ConnectionId connection = started(harness.kit, user);
        assertThat(harness.pumpAndNext(user, connection)).isInstanceOf(NextStep.AnswerChallenge.class);
        harness.api.timeOutChallenge(connection);
        StepResult late = harness.kit.answerChallenge(connection, ChallengeAnswer.ok());
        assertThat(late)
                .isInstanceOfSatisfying(
                        StepResult.Refused.class,
                        refused ->
                                assertThat(refused.reason()).isEqualTo(StepResult.Reason.CHALLENGE_NO_LONGER_PENDING));
        assertThat(harness.pumpAndNext(user, connection)).isInstanceOf(NextStep.RestartSynchronization.class);
    }

    @Test
    void aSyncLeftByACrashedInstanceIsResumedByARestartedOneWithinTheLeaseBound() {
        UserId user = harness.kit.createUser("erin@host.example");
        OxlinKit noSync = kit(b -> b.synchronizeAfterSyncAll(false));
        ConnectionId connection = started(noSync, user);
        consentAll(noSync, user, connection);
        noSync.pumpEvents(user);
        assertThat(noSync.nextStep(connection)).contains(new NextStep.Wait(WaitReason.STORING_DATA));
        assertThat(harness.stores
                        .leases()
                        .tryAcquire(
                                "sync:" + connection.value(),
                                "crashed-instance#1",
                                harness.clock.instant(),
                                SynchronizeAccountData.DEFAULT_LEASE))
                .as("the crashed instance's sync held the lease")
                .isTrue();
        OxlinKit restarted = kit(b -> b);
        harness.clock.advance(Duration.ofSeconds(30));
        assertThat(restarted.synchronize(connection).skipped())
                .as("inside the lease")
                .isTrue();
        harness.clock.advance(SynchronizeAccountData.DEFAULT_LEASE);
        SyncReport resumed = restarted.synchronize(connection);
        assertThat(resumed.skipped()).isFalse();
        assertThat(restarted.nextStep(connection)).contains(new NextStep.Done(connection));
    }

    @Test
    void eventsPumpedByManyThreadsOfOneInstanceAreEachAppliedOnce() throws Exception {
        CountingInbox counting = new CountingInbox(harness.stores.inbox());
        OxlinKit kit = harness.stores
                .plugInto(OxlinKit.builder())
                .eventInbox(counting)
                .api(harness.api)
                .encryptor(new FakeCredentialEncryptor(harness.clock))
                .clock(harness.clock)
                .build();
        UserId user = kit.createUser("fay@host.example");
        List<ConnectionId> connections = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            connections.add(started(kit, user));
        }
        List<Callable<Object>> pumps = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            pumps.add(() -> kit.pumpEvents(user));
        }
        Concurrently.run(pumps);
        kit.pumpEvents(user);
        assertThat(counting.appliedTwice()).isEmpty();
        assertThat(counting.applied()).hasSize(6);
        for (ConnectionId connection : connections) {
            assertThat(kit.nextStep(connection).orElseThrow()).isInstanceOf(NextStep.CollectConsent.class);
        }
    }

    @Test
    void threadsAskingOneUsersKeyAtOnceCreateOneKey() throws Exception {
        UserId user = harness.kit.createUser("gil@host.example");
        List<Callable<Object>> starts = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            starts.add(() -> started(harness.kit, user));
        }
        Concurrently.run(starts);
        assertThat(harness.api.count("POST /keys")).isEqualTo(1);
    }

    @Test
    void twoInstancesAskingOneUsersKeyAtOnceCreateOneKey() throws Exception {
        OxlinKit other = kit(b -> b.workerId("other"));
        UserId user = harness.kit.createUser("jo@host.example");
        List<Callable<Object>> starts = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            OxlinKit instance = i % 2 == 0 ? harness.kit : other;
            starts.add(() -> started(instance, user));
        }
        assertThat(Concurrently.run(starts)).allMatch(outcome -> outcome instanceof ConnectionId);
        assertThat(harness.api.count("POST /keys")).isEqualTo(1);
    }

    @Test
    void aStoppedDataSyncShowsInTheJourneyAndTheHealthCheckThenResumesAfterItsBackoff() {
        Queue<Runnable> background = new ArrayDeque<>();
        OxlinKit kit = kit(b -> b.syncExecutor(background::add));
        Consented connectionConsented = consentedAndPumped(kit, "hal@host.example");
        UserId user = connectionConsented.user();
        ConnectionId connection = connectionConsented.connection();
        harness.api.failNextCalls(new OxlinApiException.ServerError(503, "unavailable", "down for a while", ""));
        background.poll().run();
        assertThat(kit.nextStep(connection)).contains(new NextStep.Wait(WaitReason.DATA_SYNC_RETRYING));
        assertThat(kit.checkHealth())
                .filteredOn(item -> !(item.issue().action() instanceof RequiredAction.AddChannel))
                .singleElement()
                .satisfies(item -> {
                    assertThat(item.step()).isEqualTo(new NextStep.Wait(WaitReason.DATA_SYNC_RETRYING));
                    assertThat(item.urgent())
                            .as("the operator's to watch, not the user's")
                            .isFalse();
                });
        kit.pumpEvents(user);
        assertThat(background).as("inside the backoff: not asked again").isEmpty();
        harness.clock.advance(Duration.ofSeconds(31));
        kit.pumpEvents(user);
        assertThat(background).hasSize(1);
        background.poll().run();
        assertThat(kit.nextStep(connection)).contains(new NextStep.Done(connection));
        assertThat(kit.checkHealth())
                .extracting(HealthItem::step)
                .doesNotContain(new NextStep.Wait(WaitReason.DATA_SYNC_RETRYING));
    }

    @Test
    void aSyncsProgressReachesTheListenerPageByPageAndCanBeQueried() {
        List<SyncProgress> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
        OxlinKit kit = kit(b -> b.syncListener(heard::add));
        ConnectionId connection = consentedAndPumped(kit, "ida@host.example").connection();
        assertThat(kit.nextStep(connection)).contains(new NextStep.Done(connection));
        assertThat(heard).hasSizeGreaterThan(2);
        assertThat(heard).extracting(SyncProgress::pagesFetched).isSorted();
        SyncProgress last = heard.get(heard.size() - 1);
        assertThat(last).isEqualTo(new SyncProgress(connection, 2, 2, 4, 1400, true));
        assertThat(heard.subList(0, heard.size() - 1)).noneMatch(SyncProgress::finished);
        assertThat(kit.syncProgress(connection)).contains(last);
    }

    /** An inbox that counts each event's applications (the store itself decides who may apply). */
    private static final class CountingInbox extends ForwardingEventInbox {
        private final Map<String, Integer> applied = new java.util.concurrent.ConcurrentHashMap<>();
        private final java.util.Set<String> twice = java.util.concurrent.ConcurrentHashMap.newKeySet();

        CountingInbox(EventInbox delegate) {
            super(delegate);
        }

        java.util.Set<String> applied() {
            return applied.keySet();
        }

        java.util.Set<String> appliedTwice() {
            return twice;
        }

        @Override
        public void markApplied(io.oxlinkit.domain.id.EventId id, String claim) {
            if (!isApplied(id)) {
                super.markApplied(id, claim);
                if (applied.merge(id.value(), 1, Integer::sum) > 1) {
                    twice.add(id.value());
                }
            } else {
                twice.add(id.value());
            }
        }
    }
}
