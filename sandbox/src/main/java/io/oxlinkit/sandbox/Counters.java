package io.oxlinkit.sandbox;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Calls received per route ({@code "POST /connections"}), so tests can prove a POST was not repeated. */
public final class Counters {

    private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();

    void hit(String route) {
        counts.computeIfAbsent(route, r -> new AtomicLong()).incrementAndGet();
    }

    /** How many calls a route received, for example {@code count("POST /connections")}. */
    public long count(String route) {
        AtomicLong count = counts.get(route);
        return count == null ? 0 : count.get();
    }

    /** Every route's count. */
    public Map<String, Long> snapshot() {
        Map<String, Long> copy = new TreeMap<>();
        counts.forEach((route, count) -> copy.put(route, count.get()));
        return copy;
    }

    /** Total calls. */
    public long total() {
        return counts.values().stream().mapToLong(AtomicLong::get).sum();
    }

    void reset() {
        counts.clear();
    }
}
