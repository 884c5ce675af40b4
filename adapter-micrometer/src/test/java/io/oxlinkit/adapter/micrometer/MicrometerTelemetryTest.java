package io.oxlinkit.adapter.micrometer;

import static io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.oxlinkit.application.port.Telemetry;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The kit's telemetry as the meters and observations docs/observability.md names. */
class MicrometerTelemetryTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final TestObservationRegistry observations = TestObservationRegistry.create();
    private final MicrometerTelemetry telemetry = new MicrometerTelemetry(meters, observations);

    @Test
    void pumpsAndTheirEventsAreCounted() {
        telemetry.record(new Telemetry.Event.Pumped(5, 4, 1));
        telemetry.record(new Telemetry.Event.Pumped(2, 2, 0));
        assertThat(meters.get("oxlin.pumps").counter().count()).isEqualTo(2.0);
        assertThat(meters.get("oxlin.events.polled").counter().count()).isEqualTo(7.0);
        assertThat(meters.get("oxlin.events.applied").counter().count()).isEqualTo(6.0);
        assertThat(meters.get("oxlin.events.failed").counter().count()).isEqualTo(1.0);
    }

    @Test
    void syncPagesTransactionsAndDurationsByOutcomeAreMeasured() {
        telemetry.record(new Telemetry.Event.SyncPage(500));
        telemetry.record(new Telemetry.Event.SyncPage(120));
        telemetry.record(new Telemetry.Event.SyncEnded("completed", Duration.ofSeconds(3), 2, 620));
        telemetry.record(new Telemetry.Event.SyncEnded("skipped", Duration.ZERO, 0, 0));
        assertThat(meters.get("oxlin.sync.pages").counter().count()).isEqualTo(2.0);
        assertThat(meters.get("oxlin.sync.page.transactions").summary().totalAmount())
                .isEqualTo(620.0);
        assertThat(meters.get("oxlin.sync.transactions").counter().count()).isEqualTo(620.0);
        assertThat(meters.get("oxlin.sync.duration")
                        .tag("outcome", "completed")
                        .timer()
                        .totalTime(java.util.concurrent.TimeUnit.SECONDS))
                .isEqualTo(3.0);
        assertThat(meters.get("oxlin.sync.duration")
                        .tag("outcome", "skipped")
                        .timer()
                        .count())
                .isEqualTo(1);
    }

    @Test
    void journeyStepsAreCountedByStep() {
        telemetry.record(new Telemetry.Event.JourneyStep("AnswerChallenge"));
        telemetry.record(new Telemetry.Event.JourneyStep("AnswerChallenge"));
        telemetry.record(new Telemetry.Event.JourneyStep("Done"));
        assertThat(meters.get("oxlin.journey.steps")
                        .tag("step", "AnswerChallenge")
                        .counter()
                        .count())
                .isEqualTo(2.0);
        assertThat(meters.get("oxlin.journey.steps")
                        .tag("step", "Done")
                        .counter()
                        .count())
                .isEqualTo(1.0);
    }

    @Test
    void eachUseCaseIsAnObservationWithItsNameAsLowAndItsIdsAsHighCardinality() {
        String answer = telemetry.useCase("answer-challenge", Map.of("connection.id", "c-42"), () -> "answered");
        assertThat(answer).isEqualTo("answered");
        assertThat(observations)
                .hasSingleObservationThat()
                .hasNameEqualTo("oxlin.use-case")
                .hasContextualNameEqualTo("answer-challenge")
                .hasLowCardinalityKeyValue("use.case", "answer-challenge")
                .hasHighCardinalityKeyValue("connection.id", "c-42")
                .doesNotHaveLowCardinalityKeyValueWithKey("connection.id")
                .hasBeenStarted()
                .hasBeenStopped();
    }

    @Test
    void aFailingUseCaseEndsItsObservationWithTheError() {
        assertThatThrownBy(() -> telemetry.useCase("pump-events", Map.of("user.id", "u-1"), () -> {
                    throw new IllegalStateException("queue down");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(observations)
                .hasSingleObservationThat()
                .hasBeenStopped()
                .assertThatError()
                .isInstanceOf(IllegalStateException.class);
    }
}
