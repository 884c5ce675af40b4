package io.oxlinkit.spring.boot;

import io.oxlinkit.application.port.ApiCallObserver;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The observer the starter gives the HTTP adapter: it keeps the last call's outcome (for the health indicator's
 * {@code api} detail) and passes every call on to the next observer (Micrometer's timers when a registry exists).
 */
public final class ApiCallRecorder implements ApiCallObserver {

    /** The last call: its endpoint, outcome, status and when it ended. */
    public record LastCall(String call, String outcome, int status, Instant at) {

        /** Whether it says the API answered (any outcome but a transport failure, a 5xx or a local refusal). */
        public boolean reachable() {
            return !outcome.equals("transport")
                    && !outcome.equals("server_error")
                    && !outcome.equals("refused_locally");
        }
    }

    private final ApiCallObserver next;
    private final Clock clock;
    private final AtomicReference<LastCall> last = new AtomicReference<>();

    /** Records, then tells {@code next}. */
    public ApiCallRecorder(ApiCallObserver next, Clock clock) {
        this.next = Objects.requireNonNull(next, "next must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
    }

    @Override
    public void called(String call, String outcome, int status, Duration elapsed) {
        last.set(new LastCall(call, outcome, status, clock.instant()));
        next.called(call, outcome, status, elapsed);
    }

    /** The last call made, if one was. */
    public Optional<LastCall> last() {
        return Optional.ofNullable(last.get());
    }
}
