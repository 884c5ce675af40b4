package io.oxlinkit.spring.boot;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.oxlinkit.adapter.http.resilience.ResilienceRegistries;
import io.oxlinkit.application.HealthItem;
import io.oxlinkit.application.OxlinKit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * The kit in {@code /actuator/health} as {@code oxlin}: DOWN when a circuit breaker to OXLIN is open or when the fleet
 * is enabled and no round has ended for three intervals and a minute; UP otherwise. Details: {@code api} (the last
 * call's endpoint, outcome, status and whether it shows the API reachable), {@code circuitBreakers} (state by host),
 * {@code channelsNeedingUsers} (from the stored snapshots, no API call: a user's task, not the service's health), and
 * {@code fleet} (last round, {@code pumpLagSeconds}).
 */
public final class OxlinHealthIndicator extends AbstractHealthIndicator {

    private final OxlinKit kit;
    private final ResilienceRegistries registries;
    private final ApiCallRecorder calls;
    private final Optional<OxlinFleetScheduler> fleet;

    /** Reads the kit's stored channels, the breakers of {@code registries}, the last call and the fleet's rounds. */
    public OxlinHealthIndicator(
            OxlinKit kit, ResilienceRegistries registries, ApiCallRecorder calls, Optional<OxlinFleetScheduler> fleet) {
        super("the OXLIN kit's health could not be read");
        this.kit = kit;
        this.registries = registries;
        this.calls = calls;
        this.fleet = fleet;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Map<String, String> breakers = new TreeMap<>();
        boolean open = false;
        for (CircuitBreaker breaker : registries.circuitBreakers().getAllCircuitBreakers()) {
            breakers.put(breaker.getName(), breaker.getState().name());
            open |= breaker.getState() == CircuitBreaker.State.OPEN
                    || breaker.getState() == CircuitBreaker.State.FORCED_OPEN;
        }
        builder.withDetail("circuitBreakers", breakers);
        calls.last()
                .ifPresent(last -> builder.withDetail(
                        "api",
                        Map.of(
                                "lastCall",
                                last.call(),
                                "outcome",
                                last.outcome(),
                                "status",
                                last.status(),
                                "at",
                                last.at().toString(),
                                "reachable",
                                last.reachable())));
        List<HealthItem> needing = kit.checkHealth();
        builder.withDetail("channelsNeedingUsers", needing.size());
        boolean lagging = false;
        if (fleet.isPresent()) {
            OxlinFleetScheduler scheduler = fleet.get();
            long lag = scheduler.lag().getSeconds();
            lagging = scheduler
                            .lag()
                            .compareTo(scheduler.interval().multipliedBy(3).plusMinutes(1))
                    > 0;
            Map<String, Object> details = new TreeMap<>();
            details.put("pumpLagSeconds", lag);
            scheduler.lastRound().ifPresent(round -> {
                details.put("lastRoundEnded", round.ended().toString());
                details.put("usersPumped", round.report().usersPumped());
                details.put("failures", round.report().failures());
            });
            builder.withDetail("fleet", details);
        }
        if (open || lagging) {
            builder.down();
        } else {
            builder.up();
        }
    }
}
