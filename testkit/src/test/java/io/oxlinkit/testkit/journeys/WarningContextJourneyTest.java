package io.oxlinkit.testkit.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.oxlinkit.application.port.OxlinApiException;
import io.oxlinkit.domain.id.UserId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** A warning of the kit names the failure's type, status, error code and request id, and carries the use case's MDC, never the message. */
class WarningContextJourneyTest {

    private final KitHarness harness = new KitHarness();
    private final ListAppender<ILoggingEvent> warnings = new ListAppender<>();
    private final Logger pumpLog = (Logger) LoggerFactory.getLogger("io.oxlinkit.application.PumpEvents");

    @BeforeEach
    void capture() {
        warnings.start();
        pumpLog.addAppender(warnings);
    }

    @AfterEach
    void release() {
        pumpLog.detachAppender(warnings);
    }

    @Test
    void aQueueThatCouldNotBeReadIsWarnedWithStatusErrorCodeRequestIdAndTheUseCasesIds() {
        UserId user = harness.kit.createUser("carol@host.example");
        harness.kit.pumpEvents(user); // subscribes the user's queue
        harness.api.failNextCalls(
                new OxlinApiException.ServerError(503, "maintenance", "planned downtime, quoted body", "req-7f3a"));

        harness.kit.pumpEvents(user);

        assertThat(warnings.list).singleElement().satisfies(warning -> {
            assertThat(warning.getFormattedMessage())
                    .contains("ServerError status=503 error=maintenance request=req-7f3a")
                    .doesNotContain("quoted body");
            assertThat(warning.getMDCPropertyMap())
                    .containsEntry("oxlin.use_case", "pump-events")
                    .containsEntry("oxlin.user_id", user.value());
        });
    }
}
