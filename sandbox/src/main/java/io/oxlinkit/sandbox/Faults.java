package io.oxlinkit.sandbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Fault injection, per route template ({@code "GET /transactions"}) or for every route ({@code "*"}).
 * Each rule applies to its next {@code times} matching calls, then disappears. Set through the Java
 * API or {@code POST /admin/faults}.
 */
public final class Faults {

    /** Kinds of faults. */
    public enum Kind {
        /** Answer after a delay ({@code latency}). */
        LATENCY,
        /** Answer with {@code status} (500, 502, 503...) and a JSON error, without handling the call. */
        STATUS,
        /** Answer 429 with {@code Retry-After: retryAfter seconds}, without handling the call. */
        RATE_LIMIT,
        /** Handle the call, then cut the connection in the middle of the body. */
        RESET_MID_BODY,
        /** Handle the call, then send a body that is not JSON. */
        MALFORMED_JSON,
        /** Handle the call, then send the first half of its JSON body (with a matching length). */
        TRUNCATED_JSON,
        /** Handle the call, then send its body in eight parts with {@code latency} between them (a slow network). */
        SLOW_BODY,
        /** The next queue reads return their events and keep them for the next read too. */
        DUPLICATE_EVENTS,
        /** The next queue reads return their events newest first. */
        OUT_OF_ORDER_EVENTS,
        /** Every token issued so far stops working now (token expiry mid-flow). */
        EXPIRE_TOKENS
    }

    /**
     * One rule.
     *
     * @param route {@code "METHOD /template"} or {@code "*"}
     * @param kind the fault
     * @param times how many matching calls it applies to
     * @param status the status for {@link Kind#STATUS}
     * @param latency the delay for {@link Kind#LATENCY}
     * @param retryAfter the Retry-After for {@link Kind#RATE_LIMIT}
     */
    public record Rule(String route, Kind kind, int times, int status, Duration latency, Duration retryAfter) {

        /** A status burst: the next {@code times} calls of {@code route} answer {@code status}. */
        public static Rule status(String route, int status, int times) {
            return new Rule(route, Kind.STATUS, times, status, Duration.ZERO, Duration.ZERO);
        }

        /** 429 with Retry-After. */
        public static Rule rateLimit(String route, Duration retryAfter, int times) {
            return new Rule(route, Kind.RATE_LIMIT, times, 429, Duration.ZERO, retryAfter);
        }

        /** A delay before answering. */
        public static Rule latency(String route, Duration latency, int times) {
            return new Rule(route, Kind.LATENCY, times, 0, latency, Duration.ZERO);
        }

        /** The body sent in eight parts, {@code pause} apart. */
        public static Rule slowBody(String route, Duration pause, int times) {
            return new Rule(route, Kind.SLOW_BODY, times, 0, pause, Duration.ZERO);
        }

        /** Any other kind. */
        public static Rule of(String route, Kind kind, int times) {
            return new Rule(route, kind, times, 0, Duration.ZERO, Duration.ZERO);
        }
    }

    private final List<Rule> rules = new ArrayList<>();

    /** Adds a rule. */
    public synchronized Faults add(Rule rule) {
        if (rule.times() < 1) {
            throw new IllegalArgumentException("times must be at least 1");
        }
        rules.add(rule);
        return this;
    }

    /** The rules not spent yet, in the order they apply. */
    public synchronized List<Rule> rules() {
        return List.copyOf(rules);
    }

    /** Removes every rule. */
    public synchronized void clear() {
        rules.clear();
    }

    /** Takes one use of the first rule of {@code kinds} matching {@code route}. */
    synchronized Optional<Rule> take(String route, Kind... kinds) {
        for (int i = 0; i < rules.size(); i++) {
            Rule rule = rules.get(i);
            if (!(rule.route().equals("*") || rule.route().equals(route))
                    || !List.of(kinds).contains(rule.kind())) {
                continue;
            }
            if (rule.times() > 1) {
                rules.set(
                        i,
                        new Rule(
                                rule.route(),
                                rule.kind(),
                                rule.times() - 1,
                                rule.status(),
                                rule.latency(),
                                rule.retryAfter()));
            } else {
                rules.remove(i);
            }
            return Optional.of(rule);
        }
        return Optional.empty();
    }
}
