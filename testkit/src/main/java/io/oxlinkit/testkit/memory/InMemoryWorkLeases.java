package io.oxlinkit.testkit.memory;

import io.oxlinkit.application.port.WorkLeases;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Thread-safe in-memory {@link WorkLeases}. */
public final class InMemoryWorkLeases implements WorkLeases {

    private record Lease(String worker, Instant until) {}

    private final Map<String, Lease> leases = new HashMap<>();

    @Override
    public synchronized boolean tryAcquire(String resource, String worker, Instant now, Duration lease) {
        Lease current = leases.get(resource);
        if (current != null && now.isBefore(current.until())) {
            return false;
        }
        leases.put(resource, new Lease(worker, now.plus(lease)));
        return true;
    }

    @Override
    public synchronized boolean renew(String resource, String holder, Instant now, Duration lease) {
        Lease current = leases.get(resource);
        if (current == null || !current.worker().equals(holder)) {
            return false;
        }
        leases.put(resource, new Lease(holder, now.plus(lease)));
        return true;
    }

    @Override
    public synchronized void release(String resource, String worker) {
        Lease current = leases.get(resource);
        if (current != null && current.worker().equals(worker)) {
            leases.remove(resource);
        }
    }

    @Override
    public synchronized void forget(String resource) {
        leases.remove(resource);
    }

    @Override
    public synchronized int purgeLapsed(Instant lapsedBefore) {
        int before = leases.size();
        leases.values().removeIf(lease -> lease.until().isBefore(lapsedBefore));
        return before - leases.size();
    }
}
