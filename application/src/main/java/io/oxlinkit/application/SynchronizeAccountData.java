package io.oxlinkit.application;

import io.oxlinkit.application.port.AccountStore;
import io.oxlinkit.application.port.AccountsApi;
import io.oxlinkit.application.port.ConnectionStore;
import io.oxlinkit.application.port.StoredConnection;
import io.oxlinkit.application.port.Telemetry;
import io.oxlinkit.application.port.TransactionStore;
import io.oxlinkit.application.port.WorkLeases;
import io.oxlinkit.domain.account.Account;
import io.oxlinkit.domain.account.AccountStatus;
import io.oxlinkit.domain.id.ChannelDefinitionId;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.UserId;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;

/**
 * Copies a connection's accounts, then each account's transactions page by page, into the stores.
 * One page is held in memory at a time. A per-account cursor, saved after each stored page, lets a
 * first (full) sync that stopped (crash, error) resume at the page it was on; pages are upserted, so a
 * page fetched twice leaves one copy and feeds no change twice. Once an account was read to its end,
 * later syncs are incremental: they read only the overlap windows before the account's checkpoint
 * ({@link AccountRead}).
 */
public final class SynchronizeAccountData {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SynchronizeAccountData.class);

    /** Largest page OXLIN serves. */
    public static final int MAX_PAGE_SIZE = 500;

    /**
     * How long a sync holds its connection's lease without a heartbeat, by default: it renews the lease after a
     * page once a quarter of it has passed, so a sync that crashed is taken over by another attempt (any instance, any worker name)
     * within this bound. A host sets another with {@code OxlinKitBuilder.syncLease}.
     */
    public static final Duration DEFAULT_LEASE = Duration.ofMinutes(1);

    /** How far before an account's checkpoint an incremental sync reads again, by default. */
    public static final Duration DEFAULT_OVERLAP = Duration.ofDays(7);

    private final ConnectionStore connections;
    private final AccountsApi api;
    private final AccountStore accounts;
    private final AccountRead reads;
    private final WorkLeases leases;
    private final Duration lease;
    private final Clock clock;
    private final String worker;
    private final JourneyRecorder recorder;
    private final SyncListener listener;
    private final Telemetry telemetry;
    private final Map<ConnectionId, SyncProgress> latest = new ConcurrentHashMap<>();

    /**
     * @param pageSize transactions per page, 1 to {@link #MAX_PAGE_SIZE}
     * @param overlap how far before the checkpoint an incremental sync reads again
     * @param leases shared leases, so two attempts never sync one connection at once
     * @param lease how long a sync holds its lease between heartbeats
     * @param clock the clock of the leases
     * @param worker this instance's name
     * @param recorder where a completed sync marks the journey's data stored (its Done)
     */
    public SynchronizeAccountData(
            ConnectionStore connections,
            AccountsApi api,
            AccountStore accounts,
            TransactionStore transactions,
            int pageSize,
            Duration overlap,
            WorkLeases leases,
            Duration lease,
            Clock clock,
            String worker,
            JourneyRecorder recorder,
            SyncListener listener,
            Executor fetchAhead,
            Telemetry telemetry) {
        this.telemetry = Objects.requireNonNull(telemetry, "telemetry must not be null");
        this.listener = Objects.requireNonNull(listener, "listener must not be null");
        this.lease = Objects.requireNonNull(lease, "lease must not be null");
        this.recorder = Objects.requireNonNull(recorder, "recorder must not be null");
        this.connections = Objects.requireNonNull(connections, "connections must not be null");
        this.api = Objects.requireNonNull(api, "api must not be null");
        this.accounts = Objects.requireNonNull(accounts, "accounts must not be null");
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("pageSize must be between 1 and " + MAX_PAGE_SIZE);
        }
        this.reads = new AccountRead(api, transactions, pageSize, overlap, fetchAhead);
        this.leases = Objects.requireNonNull(leases, "leases must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
        this.worker = Objects.requireNonNull(worker, "worker must not be null");
    }

    /**
     * Synchronizes a stored connection's data; once every page is stored, a journey waiting on it
     * (SYNC_ALL succeeded, data not stored yet) becomes Done.
     *
     * @throws IllegalArgumentException when the connection is not stored
     */
    public SyncReport synchronize(ConnectionId connectionId) {
        String resource = LeaseResources.sync(connectionId);
        String holder = ClaimTokens.next(worker);
        if (!leases.tryAcquire(resource, holder, clock.instant(), lease)) {
            UseCaseScope.report(telemetry, new Telemetry.Event.SyncEnded("skipped", Duration.ZERO, 0, 0));
            return new SyncReport(connectionId, 0, 0, 0, true);
        }
        long start = System.nanoTime();
        try {
            SyncReport report = synchronizeHeld(connectionId, heartbeat(resource, holder));
            UseCaseScope.report(
                    telemetry,
                    new Telemetry.Event.SyncEnded(
                            "completed",
                            Duration.ofNanos(System.nanoTime() - start),
                            report.pagesFetched(),
                            report.newTransactions()));
            return report;
        } catch (RuntimeException stopped) {
            SyncProgress reached = latest.get(connectionId);
            UseCaseScope.report(
                    telemetry,
                    new Telemetry.Event.SyncEnded(
                            "failed",
                            Duration.ofNanos(System.nanoTime() - start),
                            reached == null ? 0 : reached.pagesFetched(),
                            reached == null ? 0 : reached.newTransactions()));
            recorder.updateJourney(connectionId, j -> j.dataSyncFailed(j.channelsStoringData(), clock.instant()));
            throw stopped;
        } finally {
            leases.release(resource, holder);
        }
    }

    /**
     * Renews the lease after a page only once a quarter of it has passed since the last renewal: the lease
     * cannot be taken over before it lapses, so the sync still knows it holds it, and a page costs no write of
     * its own to the lease table.
     */
    private BooleanSupplier heartbeat(String resource, String holder) {
        java.time.Instant[] renewed = {clock.instant()};
        Duration every = lease.dividedBy(4);
        return () -> {
            java.time.Instant now = clock.instant();
            if (now.isBefore(renewed[0].plus(every))) {
                return true;
            }
            renewed[0] = now;
            return leases.renew(resource, holder, now, lease);
        };
    }

    private SyncReport synchronizeHeld(ConnectionId connectionId, BooleanSupplier heartbeat) {
        StoredConnection stored = connections
                .find(connectionId)
                .orElseThrow(() -> new IllegalArgumentException("connection " + connectionId + " is not stored"));
        UserId user = stored.userId();
        Set<ChannelDefinitionId> storing = stored.journey().channelsStoringData();
        List<Account> listed = ServerScope.accountsOf(connectionId, api.accounts(user, connectionId));
        accounts.saveAll(listed);
        int pages = 0;
        int added = 0;
        List<Account> synced = listed.stream()
                .filter(a -> a.status() != AccountStatus.PENDING_CONSENT)
                .toList();
        int done = 0;
        for (Account account : synced) {
            int[] sofar = {pages, added};
            int accountsDone = done;
            AccountRead.Outcome outcome = reads.run(user, account.id(), (pagesWritten, changed) -> {
                sofar[0] += pagesWritten;
                sofar[1] += changed;
                tell(new SyncProgress(connectionId, accountsDone, synced.size(), sofar[0], sofar[1], false));
                return heartbeat.getAsBoolean();
            });
            pages += outcome.pages();
            added += outcome.changed();
            if (outcome.leaseLost()) {
                LOG.warn(
                        "the sync of connection {} lost its lease on account {}; another attempt goes on",
                        connectionId,
                        account.id());
                return new SyncReport(connectionId, listed.size(), pages, added, true);
            }
            done++;
            tell(new SyncProgress(connectionId, done, synced.size(), pages, added, false));
        }
        recorder.updateJourney(connectionId, j -> j.dataStored(storing));
        tell(new SyncProgress(connectionId, synced.size(), synced.size(), pages, added, true));
        return new SyncReport(connectionId, listed.size(), pages, added, false);
    }

    /** The latest progress of the connection's data sync run by this instance, if one ran. */
    public Optional<SyncProgress> progress(ConnectionId connectionId) {
        return Optional.ofNullable(latest.get(connectionId));
    }

    private void tell(SyncProgress progress) {
        SyncProgress before = latest.put(progress.connectionId(), progress);
        boolean sameSync = before != null && !before.finished() && before.pagesFetched() <= progress.pagesFetched();
        int pages = progress.pagesFetched() - (sameSync ? before.pagesFetched() : 0);
        int added = progress.newTransactions() - (sameSync ? before.newTransactions() : 0);
        for (int page = 0; page < pages; page++) {
            int transactions = page == pages - 1 ? Math.max(0, added) : 0;
            UseCaseScope.report(telemetry, new Telemetry.Event.SyncPage(transactions));
        }
        try {
            listener.onProgress(progress);
        } catch (RuntimeException listenerFailure) {
            LOG.warn(
                    "sync listener failed for connection {}: {}",
                    progress.connectionId(),
                    listenerFailure.getClass().getName());
        }
    }
}
