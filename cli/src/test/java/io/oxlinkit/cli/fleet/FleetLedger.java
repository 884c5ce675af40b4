package io.oxlinkit.cli.fleet;

import io.oxlinkit.application.port.EventInbox;
import io.oxlinkit.application.port.WorkLeases;
import io.oxlinkit.domain.id.EventId;
import io.oxlinkit.testkit.memory.ForwardingEventInbox;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the fleet test counts across instances: how many times each event was marked applied, and whether
 * two syncs of one connection ever held their lease at once (a killed instance's leases count as ended
 * when it dies: its work stopped, only the rows remain).
 */
final class FleetLedger {

    private final Map<String, AtomicInteger> applications = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> activeSyncs = new ConcurrentHashMap<>();
    private final Set<String> overlaps = ConcurrentHashMap.newKeySet();
    private final AtomicInteger syncsStarted = new AtomicInteger();

    Map<String, AtomicInteger> applications() {
        return applications;
    }

    Set<String> overlaps() {
        return overlaps;
    }

    int syncsStarted() {
        return syncsStarted.get();
    }

    /** Forgets the syncs a killed instance held: their work stopped with it. */
    void instanceDied(String worker) {
        activeSyncs.values().forEach(holders -> holders.removeIf(h -> h.startsWith(worker + "#")));
    }

    EventInbox countedInbox(EventInbox inbox, AtomicBoolean killed) {
        return new ForwardingEventInbox(inbox) {
            @Override
            public boolean claim(EventId id, String claim, Instant now, Duration lease) {
                return !killed.get() && super.claim(id, claim, now, lease);
            }

            @Override
            public void markApplied(EventId id, String claim) {
                if (!killed.get()) {
                    super.markApplied(id, claim);
                    applications
                            .computeIfAbsent(id.value(), k -> new AtomicInteger())
                            .incrementAndGet();
                }
            }

            @Override
            public void release(EventId id, String claim) {
                if (!killed.get()) {
                    super.release(id, claim);
                }
            }
        };
    }

    WorkLeases watchedLeases(WorkLeases leases, AtomicBoolean killed) {
        return new WorkLeases() {
            @Override
            public boolean tryAcquire(String resource, String holder, Instant now, Duration lease) {
                if (killed.get() || !leases.tryAcquire(resource, holder, now, lease)) {
                    return false;
                }
                if (resource.startsWith("sync:")) {
                    syncsStarted.incrementAndGet();
                    Set<String> holders = activeSyncs.computeIfAbsent(resource, r -> ConcurrentHashMap.newKeySet());
                    holders.add(holder);
                    if (holders.size() > 1) {
                        overlaps.add(resource + " held by " + holders);
                    }
                }
                return true;
            }

            @Override
            public boolean renew(String resource, String holder, Instant now, Duration lease) {
                return !killed.get() && leases.renew(resource, holder, now, lease);
            }

            @Override
            public void forget(String resource) {
                leases.forget(resource);
            }

            @Override
            public int purgeLapsed(Instant lapsedBefore) {
                return leases.purgeLapsed(lapsedBefore);
            }

            @Override
            public void release(String resource, String holder) {
                if (killed.get()) {
                    return;
                }
                Set<String> holders = activeSyncs.get(resource);
                if (holders != null) {
                    holders.remove(holder);
                }
                leases.release(resource, holder);
            }
        };
    }
}
