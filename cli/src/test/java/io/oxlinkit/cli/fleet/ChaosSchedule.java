package io.oxlinkit.cli.fleet;

import io.oxlinkit.sandbox.Faults;
import io.oxlinkit.sandbox.Sandbox;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * The chaos test's faults, drawn from one seeded generator: before a user's step, now and then, one of every
 * kind the sandbox and the database can show. Body faults go to reads only (a write whose answer is cut
 * cannot be told from one that failed, and the API offers no idempotency key); status faults and 429s are
 * answered before the call is handled, so they go to every route.
 */
final class ChaosSchedule {

    private static final List<String> READS = List.of(
            "GET /transactions",
            "GET /accounts",
            "GET /queues/{id}",
            "GET /connections/{id}",
            "GET /keys/{id}",
            "GET /providers/{id}");
    private static final double RATE = 0.35;

    private final Random random;
    private final Map<String, Integer> injected = new TreeMap<>();

    ChaosSchedule(Random random) {
        this.random = random;
    }

    /** With probability {@value #RATE}, one fault of a kind drawn at random. */
    void maybeInject(Sandbox sandbox, FlakyDatabase database) {
        if (random.nextDouble() >= RATE) {
            return;
        }
        Faults faults = sandbox.faults();
        String read = READS.get(random.nextInt(READS.size()));
        switch (random.nextInt(12)) {
            case 0 ->
                add(
                        faults,
                        Faults.Rule.status("*", List.of(500, 502, 503).get(random.nextInt(3)), 1 + random.nextInt(2)),
                        "5xx");
            case 1 -> add(faults, Faults.Rule.rateLimit("*", Duration.ZERO, 1 + random.nextInt(2)), "429");
            case 2 -> add(faults, Faults.Rule.of(read, Faults.Kind.RESET_MID_BODY, 1), "reset mid-body");
            case 3 -> add(faults, Faults.Rule.of(read, Faults.Kind.TRUNCATED_JSON, 1), "truncated body");
            case 4 -> add(faults, Faults.Rule.of(read, Faults.Kind.MALFORMED_JSON, 1), "malformed body");
            case 5 -> add(faults, Faults.Rule.slowBody(read, Duration.ofMillis(3), 1), "slow body");
            case 6 -> add(faults, Faults.Rule.latency("*", Duration.ofMillis(30), 1), "latency");
            case 7 ->
                add(faults, Faults.Rule.of("GET /queues/{id}", Faults.Kind.DUPLICATE_EVENTS, 1), "duplicate events");
            case 8 ->
                add(faults, Faults.Rule.of("GET /queues/{id}", Faults.Kind.OUT_OF_ORDER_EVENTS, 1), "reordered events");
            case 9 -> {
                sandbox.expireTokens();
                count("token expiry");
            }
            default -> {
                database.failNextStatements(1);
                count("database failure");
            }
        }
    }

    /** What was injected, by kind. */
    Map<String, Integer> injected() {
        return Map.copyOf(injected);
    }

    int total() {
        return injected.values().stream().mapToInt(Integer::intValue).sum();
    }

    private void add(Faults faults, Faults.Rule rule, String kind) {
        faults.add(rule);
        count(kind);
    }

    private void count(String kind) {
        injected.merge(kind, 1, Integer::sum);
    }
}
