package io.oxlinkit.testkit.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import io.oxlinkit.application.port.Telemetry;
import io.oxlinkit.domain.consent.ConsentDecision;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.domain.journey.NextStep;
import io.oxlinkit.testkit.data.Banks;
import io.oxlinkit.testkit.fake.GuideChallenges;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/**
 * What the kit tells its {@link Telemetry} on an embedded journey: each use case by name with the ids it is about and
 * the MDC keys set while it runs (and put back after), the pumps, the sync's pages and end, the journey's steps; a
 * telemetry that throws never fails the work.
 */
class TelemetryJourneyTest {

    /** A use case as the telemetry saw it: its name, its ids and the MDC while it ran. */
    record SeenUseCase(String name, Map<String, String> ids, Map<String, String> mdc) {}

    /** Records everything; throws from {@code record} when told to. */
    static final class RecordingTelemetry implements Telemetry {
        final List<SeenUseCase> useCases = new CopyOnWriteArrayList<>();
        final List<Event> events = new CopyOnWriteArrayList<>();
        volatile boolean failing;

        @Override
        public void record(Event event) {
            events.add(event);
            if (failing) {
                throw new IllegalStateException("telemetry backend down");
            }
        }

        @Override
        public <T> T useCase(String name, Map<String, String> ids, Supplier<T> work) {
            Map<String, String> mdc = new HashMap<>();
            for (String key : List.of("oxlin.use_case", "oxlin.user_id", "oxlin.connection_id")) {
                if (MDC.get(key) != null) {
                    mdc.put(key, MDC.get(key));
                }
            }
            useCases.add(new SeenUseCase(name, ids, mdc));
            return work.get();
        }

        <E extends Event> List<E> events(Class<E> type) {
            return events.stream().filter(type::isInstance).map(type::cast).toList();
        }
    }

    private final RecordingTelemetry telemetry = new RecordingTelemetry();
    private final KitHarness harness = new KitHarness(null, telemetry);

    private UserId aliceWithHerBank() {
        harness.api
                .bank(Banks.linxoTestBank())
                .listAccountsAsks(GuideChallenges.sms("0606060606", "123456", 3))
                .listsAccounts("Compte courant", "Livret A")
                .acceptsCredential("301", EmbeddedJourneyTest.PASSWORD)
                .transactionsPerAccount(1234);
        return harness.kit.createUser("alice@host.example");
    }

    private ConnectionId journeyToDone(UserId user) {
        ConnectionId connection = EmbeddedJourneyTest.connectUntilConsent(harness, user);
        NextStep consent = harness.next(connection);
        harness.kit.giveConsent(
                connection,
                ((NextStep.CollectConsent) consent)
                        .request().pendingAccounts().stream()
                                .map(account -> ConsentDecision.grant(account.id()))
                                .toList());
        assertThat(harness.pumpAndNext(user, connection)).isEqualTo(new NextStep.Done(connection));
        return connection;
    }

    @Test
    void eachUseCaseIsToldByNameWithItsIdsAndRunsWithThemInTheMdc() {
        UserId user = aliceWithHerBank();
        ConnectionId connection = journeyToDone(user);

        assertThat(telemetry.useCases)
                .extracting(SeenUseCase::name)
                .contains("create-user", "start-embedded-connection", "pump-events", "answer-challenge", "give-consent")
                .as("reads of stored state are not use cases")
                .doesNotContain("next-step");
        SeenUseCase pump = telemetry.useCases.stream()
                .filter(seen -> seen.name().equals("pump-events"))
                .findFirst()
                .orElseThrow();
        assertThat(pump.ids()).isEqualTo(Map.of("user.id", user.value()));
        assertThat(pump.mdc()).isEqualTo(Map.of("oxlin.use_case", "pump-events", "oxlin.user_id", user.value()));
        SeenUseCase answer = telemetry.useCases.stream()
                .filter(seen -> seen.name().equals("answer-challenge"))
                .findFirst()
                .orElseThrow();
        assertThat(answer.ids()).isEqualTo(Map.of("connection.id", connection.value()));
        assertThat(answer.mdc()).containsEntry("oxlin.connection_id", connection.value());
        assertThat(MDC.get("oxlin.use_case")).as("put back after the use case").isNull();
        assertThat(MDC.get("oxlin.connection_id")).isNull();
    }

    @Test
    void pumpsSyncPagesTheSyncsEndAndTheJourneysStepsAreRecorded() {
        UserId user = aliceWithHerBank();
        ConnectionId connection = journeyToDone(user);
        long stored = harness.kit.accounts(connection).stream()
                .mapToLong(account -> harness.stores.transactions().count(account.id()))
                .sum();

        assertThat(telemetry.events(Telemetry.Event.Pumped.class)).isNotEmpty();
        assertThat(telemetry.events(Telemetry.Event.Pumped.class).stream()
                        .mapToInt(Telemetry.Event.Pumped::applied)
                        .sum())
                .isPositive();
        int pageTransactions = telemetry.events(Telemetry.Event.SyncPage.class).stream()
                .mapToInt(Telemetry.Event.SyncPage::newTransactions)
                .sum();
        List<Telemetry.Event.SyncEnded> ended = telemetry.events(Telemetry.Event.SyncEnded.class);
        assertThat(ended).extracting(Telemetry.Event.SyncEnded::outcome).contains("completed");
        int syncTransactions = ended.stream()
                .mapToInt(Telemetry.Event.SyncEnded::newTransactions)
                .sum();
        assertThat(syncTransactions)
                .isEqualTo(pageTransactions)
                .isEqualTo((int) stored)
                .isPositive();
        assertThat(telemetry.events(Telemetry.Event.JourneyStep.class))
                .extracting(Telemetry.Event.JourneyStep::step)
                .contains("AnswerChallenge", "CollectConsent", "Done");
    }

    @Test
    void aTelemetryThatThrowsNeverFailsTheJourney() {
        telemetry.failing = true;
        UserId user = aliceWithHerBank();
        journeyToDone(user);
        assertThat(telemetry.events).isNotEmpty();
    }
}
