package io.oxlinkit.application;

import io.oxlinkit.application.port.ConnectionStore;
import io.oxlinkit.application.port.OxlinApiException;
import io.oxlinkit.application.port.StoredConnection;
import io.oxlinkit.application.port.WorkLeases;
import io.oxlinkit.domain.connection.Channel;
import io.oxlinkit.domain.journey.NextStep;
import io.oxlinkit.domain.journey.WaitReason;
import io.oxlinkit.domain.lifecycle.ChannelIssue;
import io.oxlinkit.domain.lifecycle.RenewalPolicy;
import io.oxlinkit.domain.lifecycle.RequiredAction;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scans stored connections and lists every channel needing the user: refused credentials, challenges
 * that ended, actions on the bank's website, EMPTY channels, and REDIRECT channels expiring inside the
 * renewal window. A channel the journey follows is assessed by its journey ({@code Journey.requiredAction}),
 * the same source {@code nextStep} folds, so the two never disagree. Optionally refreshes each snapshot from the API first, reconciling its journey (a failed
 * refresh falls back to the stored snapshot). Host instances sharing a database share the refreshing: a connection is read from
 * the API by the instance holding its {@code health:} lease, the others assess the snapshot it stores.
 */
public final class CheckChannelHealth {

    private static final Logger LOG = LoggerFactory.getLogger(CheckChannelHealth.class);

    private final ConnectionStore store;
    private final RefreshConnection refresher;
    private final RenewalPolicy policy;
    private final Clock clock;
    private final WorkLeases leases;
    private final String worker;

    /** How long an instance keeps a connection's refresh to itself. */
    public static final java.time.Duration REFRESH_LEASE = java.time.Duration.ofMinutes(1);

    CheckChannelHealth(
            ConnectionStore store,
            RefreshConnection refresher,
            RenewalPolicy policy,
            Clock clock,
            WorkLeases leases,
            String worker) {
        this.leases = Objects.requireNonNull(leases, "leases must not be null");
        this.worker = Objects.requireNonNull(worker, "worker must not be null");
        this.store = Objects.requireNonNull(store, "store must not be null");
        this.refresher = Objects.requireNonNull(refresher, "refresher must not be null");
        this.policy = Objects.requireNonNull(policy, "policy must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
    }

    /** Lists the channels needing the user, from the stored snapshots (no API call). */
    public List<HealthItem> check() {
        return assess(false);
    }

    /**
     * Lists the channels needing the user after reading each connection from the API; a connection
     * whose {@code health:} lease another instance holds is assessed from the snapshot it stored.
     */
    public List<HealthItem> refresh() {
        return assess(true);
    }

    private List<HealthItem> assess(boolean refresh) {
        List<HealthItem> items = new ArrayList<>();
        for (StoredConnection stored : store.findAll()) {
            boolean mine = refresh
                    && leases.tryAcquire(
                            LeaseResources.health(stored.id()),
                            ClaimTokens.next(worker),
                            clock.instant(),
                            REFRESH_LEASE);
            StoredConnection current = mine ? refreshed(stored) : current(stored);
            for (Channel channel : current.connection().channels()) {
                if (current.journey().dataSyncFailing(channel.definitionId())) {
                    items.add(new HealthItem(
                            current.userId(),
                            new ChannelIssue(
                                    current.id(),
                                    channel.mode(),
                                    new RequiredAction.RetryLater(channel.definitionId())),
                            new NextStep.Wait(WaitReason.DATA_SYNC_RETRYING)));
                    continue;
                }
                RequiredAction action = current.journey().requiredAction(channel, clock.instant(), policy);
                if (!action.needsUser()) {
                    continue;
                }
                ChannelIssue issue = new ChannelIssue(current.id(), channel.mode(), action);
                NextStep.forAction(issue.connectionId(), issue.mode(), issue.action())
                        .ifPresent(step -> items.add(new HealthItem(current.userId(), issue, step)));
            }
        }
        return items;
    }

    private StoredConnection current(StoredConnection stored) {
        return store.find(stored.id()).orElse(stored);
    }

    private StoredConnection refreshed(StoredConnection stored) {
        try {
            return refresher.refresh(stored).orElse(stored);
        } catch (OxlinApiException failure) {
            LOG.warn(
                    "could not refresh connection {} ({}); assessing the stored snapshot",
                    stored.id(),
                    Failures.describe(failure));
            return stored;
        }
    }
}
