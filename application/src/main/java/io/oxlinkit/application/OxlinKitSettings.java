package io.oxlinkit.application;

import io.oxlinkit.domain.lifecycle.RenewalPolicy;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * The facade's settings, with defaults stated on {@link OxlinKitBuilder}.
 *
 * @param clock the time source of caches, keys, leases and the renewal window
 * @param renewalPolicy how early REDIRECT channels must be renewed
 * @param providerCacheTtl how long a provider list is served from cache
 * @param transactionPageSize transactions fetched per page
 * @param workerId this instance's name in event claims
 * @param eventLease how long an event claim holds before another instance may take it over
 * @param synchronizeAfterSyncAll whether a SYNC_ALL success triggers the data sync at once
 * @param random the source of generated user passwords
 * @param policy what the host's PSD2 agreement allows
 * @param syncExecutor what runs the data syncs a pump asks for
 * @param syncLease how long a data sync holds its connection between heartbeats
 * @param refreshesPerDay how many times a day the fleet reads each connection from the API
 * @param syncListener told of every data sync's progress
 * @param syncOverlap how far before an account's checkpoint an incremental sync reads again
 * @param retention how long housekeeping keeps applied events, tombstones and lapsed leases
 * @param loginDomain the domain of the logins the kit generates for {@code findOrCreateUser}
 * @param fetchAheadExecutor what fetches a sync's next page while the current one is stored
 * @param telemetry what is told of use cases, pumps, syncs and journey steps
 * @param fleetExecutor what runs a fleet round's pumps
 */
record OxlinKitSettings(
        Clock clock,
        RenewalPolicy renewalPolicy,
        Duration providerCacheTtl,
        int transactionPageSize,
        String workerId,
        Duration eventLease,
        boolean synchronizeAfterSyncAll,
        SecureRandom random,
        io.oxlinkit.domain.agreement.AgreementPolicy policy,
        java.util.concurrent.Executor syncExecutor,
        Duration syncLease,
        int refreshesPerDay,
        SyncListener syncListener,
        Duration syncOverlap,
        Retention retention,
        String loginDomain,
        java.util.concurrent.Executor fetchAheadExecutor,
        io.oxlinkit.application.port.Telemetry telemetry,
        java.util.concurrent.Executor fleetExecutor) {

    OxlinKitSettings {
        Objects.requireNonNull(clock, "clock must not be null");
        Objects.requireNonNull(renewalPolicy, "renewalPolicy must not be null");
        Objects.requireNonNull(providerCacheTtl, "providerCacheTtl must not be null");
        Objects.requireNonNull(workerId, "workerId must not be null");
        Objects.requireNonNull(eventLease, "eventLease must not be null");
        Objects.requireNonNull(random, "random must not be null");
        Objects.requireNonNull(policy, "policy must not be null");
        Objects.requireNonNull(syncExecutor, "syncExecutor must not be null");
        Objects.requireNonNull(syncLease, "syncLease must not be null");
        Objects.requireNonNull(syncOverlap, "syncOverlap must not be null");
        Objects.requireNonNull(retention, "retention must not be null");
        Objects.requireNonNull(loginDomain, "loginDomain must not be null");
        Objects.requireNonNull(fetchAheadExecutor, "fetchAheadExecutor must not be null");
        Objects.requireNonNull(telemetry, "telemetry must not be null");
        Objects.requireNonNull(fleetExecutor, "fleetExecutor must not be null");
    }
}
