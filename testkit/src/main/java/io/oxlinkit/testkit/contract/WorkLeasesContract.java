package io.oxlinkit.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.oxlinkit.application.port.WorkLeases;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract of every {@link WorkLeases}. */
public abstract class WorkLeasesContract {

    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(1);

    private WorkLeases leases;

    /** The leases to test. */
    protected abstract WorkLeases createLeases();

    @BeforeEach
    void setUpLeases() {
        leases = createLeases();
    }

    @Test
    void aFreeLeaseIsTakenAndHeldAgainstOthers() {
        String resource = ContractIds.fresh("sync");
        assertThat(leases.tryAcquire(resource, "w1", NOW, LEASE)).isTrue();
        assertThat(leases.tryAcquire(resource, "w2", NOW.plusSeconds(30), LEASE))
                .isFalse();
        assertThat(leases.tryAcquire(resource, "w1", NOW.plusSeconds(30), LEASE))
                .as("no re-entrant lease")
                .isFalse();
    }

    @Test
    void theHolderRenewsItsLeaseAndNoOneElseCan() {
        String resource = ContractIds.fresh("sync");
        leases.tryAcquire(resource, "w1", NOW, LEASE);
        assertThat(leases.renew(resource, "w2", NOW.plusSeconds(30), LEASE)).isFalse();
        assertThat(leases.renew(resource, "w1", NOW.plus(LEASE).minusSeconds(1), LEASE))
                .isTrue();
        assertThat(leases.tryAcquire(resource, "w2", NOW.plus(LEASE).plusSeconds(1), LEASE))
                .as("renewed: still held")
                .isFalse();
        assertThat(leases.tryAcquire(resource, "w2", NOW.plus(LEASE).plus(LEASE), LEASE))
                .as("then it lapses")
                .isTrue();
        assertThat(leases.renew(resource, "w1", NOW.plus(LEASE).plus(LEASE), LEASE))
                .as("the old holder lost it")
                .isFalse();
    }

    @Test
    void aLapsedLeaseIsTakenOver() {
        String resource = ContractIds.fresh("sync");
        leases.tryAcquire(resource, "w1", NOW, LEASE);
        assertThat(leases.tryAcquire(resource, "w2", NOW.plus(LEASE).plusSeconds(1), LEASE))
                .isTrue();
    }

    @Test
    void aReleasedLeaseIsFreeAndOnlyTheHolderReleases() {
        String resource = ContractIds.fresh("sync");
        leases.tryAcquire(resource, "w1", NOW, LEASE);
        leases.release(resource, "w2");
        assertThat(leases.tryAcquire(resource, "w2", NOW, LEASE)).isFalse();
        leases.release(resource, "w1");
        assertThat(leases.tryAcquire(resource, "w2", NOW, LEASE)).isTrue();
    }

    @Test
    void ofConcurrentAcquirersExactlyOneWins() throws Exception {
        String resource = ContractIds.fresh("sync");
        List<Callable<Boolean>> workers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String worker = "w" + i;
            workers.add(() -> leases.tryAcquire(resource, worker, NOW, LEASE));
        }
        assertThat(Concurrently.run(workers)).filteredOn(Boolean.TRUE::equals).hasSize(1);
    }
}
