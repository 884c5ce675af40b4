package io.oxlinkit.adapter.micrometer;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.oxlinkit.application.port.ApiCallObserver;
import java.time.Duration;
import java.util.Objects;

/**
 * Every API call as the timer {@code oxlin.api.calls}, tagged {@code endpoint} (the guide's name, path parameters left
 * as names: {@code GET /connections/{id}}), {@code outcome} and {@code status}; token requests are the calls of
 * endpoint {@code POST /token}. Give it to {@code new FeignOxlinApi(config, vault, clock, registries, observer)}.
 */
public final class MicrometerApiCalls implements ApiCallObserver {

    private final MeterRegistry meters;

    /** Timers in {@code meters}. */
    public MicrometerApiCalls(MeterRegistry meters) {
        this.meters = Objects.requireNonNull(meters, "meters must not be null");
    }

    @Override
    public void called(String call, String outcome, int status, Duration elapsed) {
        Timer.builder("oxlin.api.calls")
                .description("calls to the OXLIN API, retries included")
                .tag("endpoint", call)
                .tag("outcome", outcome)
                .tag("status", Integer.toString(status))
                .register(meters)
                .record(elapsed);
    }
}
