package io.oxlinkit.application;

import io.oxlinkit.application.port.Telemetry;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.UserId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Runs each use case of the facade inside its context: the MDC keys {@code oxlin.use_case}, {@code oxlin.user_id}
 * and {@code oxlin.connection_id} on every log line it writes (the values before it are put back after), and one
 * {@link Telemetry#useCase} around it. Also where the kit's other telemetry reports go through, so a failing
 * telemetry never fails the work.
 */
final class UseCaseScope {

    static final String USE_CASE = "oxlin.use_case";
    static final String USER = "oxlin.user_id";
    static final String CONNECTION = "oxlin.connection_id";
    private static final Logger LOG = LoggerFactory.getLogger(UseCaseScope.class);

    private final Telemetry telemetry;

    UseCaseScope(Telemetry telemetry) {
        this.telemetry = Objects.requireNonNull(telemetry, "telemetry must not be null");
    }

    <T> T about(String useCase, UserId user, Supplier<T> work) {
        return run(useCase, user.value(), "", work);
    }

    <T> T about(String useCase, ConnectionId connection, Supplier<T> work) {
        return run(useCase, "", connection.value(), work);
    }

    <T> T unscoped(String useCase, Supplier<T> work) {
        return run(useCase, "", "", work);
    }

    void about(String useCase, UserId user, Runnable work) {
        about(useCase, user, () -> {
            work.run();
            return null;
        });
    }

    private <T> T run(String useCase, String user, String connection, Supplier<T> work) {
        Map<String, String> ids = new LinkedHashMap<>();
        if (!user.isEmpty()) {
            ids.put("user.id", user);
        }
        if (!connection.isEmpty()) {
            ids.put("connection.id", connection);
        }
        String[] previous = {MDC.get(USE_CASE), MDC.get(USER), MDC.get(CONNECTION)};
        put(USE_CASE, useCase);
        if (!user.isEmpty()) {
            put(USER, user);
        }
        if (!connection.isEmpty()) {
            put(CONNECTION, connection);
        }
        try {
            return telemetry.useCase(useCase, Map.copyOf(ids), work);
        } finally {
            put(USE_CASE, previous[0]);
            put(USER, previous[1]);
            put(CONNECTION, previous[2]);
        }
    }

    private static void put(String key, String value) {
        if (value == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, value);
        }
    }

    /** Tells {@code telemetry} of {@code event}, logging and dropping what it throws. */
    static void report(Telemetry telemetry, Telemetry.Event event) {
        try {
            telemetry.record(event);
        } catch (RuntimeException failure) {
            LOG.debug("a telemetry report failed ({})", failure.getClass().getName());
        }
    }
}
