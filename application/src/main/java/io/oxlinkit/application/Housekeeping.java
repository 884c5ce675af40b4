package io.oxlinkit.application;

import io.oxlinkit.application.port.EventInbox;
import io.oxlinkit.application.port.TransactionStore;
import io.oxlinkit.application.port.WorkLeases;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * Purges what the kit keeps only for a while, by the ages of {@link Retention}: applied inbox events (and the
 * personal data in their snapshots), tombstones of removed pending transactions, lapsed leases. Unapplied events
 * are never purged. Run it on a schedule ({@code kit.housekeeping()}; the fleet scheduler does).
 */
public final class Housekeeping {

    /** What one run purged. */
    public record Report(int appliedEvents, int tombstones, int lapsedLeases) {}

    private final EventInbox inbox;
    private final TransactionStore transactions;
    private final WorkLeases leases;
    private final Clock clock;
    private final Retention retention;

    Housekeeping(EventInbox inbox, TransactionStore transactions, WorkLeases leases, Clock clock, Retention retention) {
        this.inbox = Objects.requireNonNull(inbox, "inbox must not be null");
        this.transactions = Objects.requireNonNull(transactions, "transactions must not be null");
        this.leases = Objects.requireNonNull(leases, "leases must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
        this.retention = Objects.requireNonNull(retention, "retention must not be null");
    }

    /** Purges everything older than its retention age, now. */
    public Report run() {
        Instant now = clock.instant();
        return new Report(
                inbox.purgeApplied(now.minus(retention.appliedEvents())),
                transactions.purgeTombstones(now.minus(retention.tombstones())),
                leases.purgeLapsed(now.minus(retention.lapsedLeases())));
    }
}
