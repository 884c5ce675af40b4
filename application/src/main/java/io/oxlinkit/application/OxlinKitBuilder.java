package io.oxlinkit.application;

import io.oxlinkit.application.port.AccountStore;
import io.oxlinkit.application.port.ConnectionStore;
import io.oxlinkit.application.port.CredentialEncryptor;
import io.oxlinkit.application.port.EventInbox;
import io.oxlinkit.application.port.JourneyListener;
import io.oxlinkit.application.port.KeyStore;
import io.oxlinkit.application.port.OxlinApi;
import io.oxlinkit.application.port.SubscriptionStore;
import io.oxlinkit.application.port.TransactionStore;
import io.oxlinkit.application.port.UserSecretVault;
import io.oxlinkit.application.port.WorkLeases;
import io.oxlinkit.domain.agreement.AgreementPolicy;
import io.oxlinkit.domain.lifecycle.RenewalPolicy;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Builds an {@link OxlinKit}. Every port is required (the testkit offers in-memory ones); every
 * setting has a default:
 *
 * <ul>
 *   <li>{@code clock}: {@link Clock#systemUTC()}</li>
 *   <li>{@code renewalWindow}: 7 days</li>
 *   <li>{@code providerCacheTtl}: 1 hour</li>
 *   <li>{@code transactionPageSize}: 500 (OXLIN's maximum)</li>
 *   <li>{@code workerId}: {@code "oxlinkit-"} + a random UUID</li>
 *   <li>{@code eventLease}: 2 minutes</li>
 *   <li>{@code synchronizeAfterSyncAll}: true</li>
 *   <li>{@code syncExecutor}: direct (a pump runs its own user's data syncs in its thread, after its
 *       events); a host under load gives a pool it sizes, so that no pump waits on a large sync</li>
 *   <li>{@code syncLease}: 1 minute (renewed after a page once a quarter of it has passed; a crashed sync is taken over within it)</li>
 *   <li>{@code syncOverlap}: 7 days (how far before an account's checkpoint an incremental sync reads again)</li>
 *   <li>{@code fetchAheadExecutor}: the kit's own pool of daemon threads, each ended after 30 s idle (so nothing
 *       needs closing); a sync's next page is fetched there while the current one is stored</li>
 *   <li>{@code generatedLoginDomain}: {@code users.oxlinkit.invalid} (set a domain of yours)</li>
 *   <li>{@code retention}: {@link Retention#DEFAULT} (applied events 7 days, tombstones 90 days, lapsed leases 1 day)</li>
 *   <li>{@code refreshesPerDay}: 4 (the fleet's unattended reads of each connection; PSD2 allows about four)</li>
 *   <li>{@code listener}: {@link JourneyListener#NONE}</li>
 *   <li>{@code telemetry}: {@code Telemetry.NONE}; {@code fleetExecutor}: direct (a fleet round pumps one user after another)</li>
 *   <li>{@code agreementPolicy}: {@link AgreementPolicy#withPsd2Agreement()} (full-API mode needs one)</li>
 * </ul>
 *
 * Setters check their argument at once; {@link #build()} lists every missing port in one message.
 */
public final class OxlinKitBuilder {

    private OxlinApi api;
    private CredentialEncryptor encryptor;
    private ConnectionStore connections;
    private AccountStore accounts;
    private TransactionStore transactions;
    private EventInbox inbox;
    private KeyStore keys;
    private SubscriptionStore subscriptions;
    private UserSecretVault vault;
    private WorkLeases leases;
    private io.oxlinkit.application.port.ChangeFeed changeFeed;
    private JourneyListener listener = JourneyListener.NONE;
    private Clock clock = Clock.systemUTC();
    private Duration renewalWindow = RenewalPolicy.DEFAULT_WINDOW;
    private Duration providerCacheTtl = Duration.ofHours(1);
    private int transactionPageSize = SynchronizeAccountData.MAX_PAGE_SIZE;
    private String workerId = "oxlinkit-" + UUID.randomUUID();
    private Duration eventLease = Duration.ofMinutes(2);
    private boolean synchronizeAfterSyncAll = true;
    private java.util.concurrent.Executor syncExecutor = Runnable::run;
    private Duration syncLease = SynchronizeAccountData.DEFAULT_LEASE;
    private Duration syncOverlap = SynchronizeAccountData.DEFAULT_OVERLAP;
    private Retention retention = Retention.DEFAULT;
    private String loginDomain = "users.oxlinkit.invalid";
    private java.util.concurrent.Executor fetchAheadExecutor;
    private int refreshesPerDay = 4;
    private SyncListener syncListener = SyncListener.NONE;
    private io.oxlinkit.application.port.Telemetry telemetry = io.oxlinkit.application.port.Telemetry.NONE;
    private java.util.concurrent.Executor fleetExecutor = Runnable::run;
    private SecureRandom random = new SecureRandom();
    private AgreementPolicy policy = AgreementPolicy.withPsd2Agreement();

    OxlinKitBuilder() {}

    /** The OXLIN API port (adapter-http in production, the testkit's fake in tests). */
    public OxlinKitBuilder api(OxlinApi api) {
        this.api = Objects.requireNonNull(api, "api must not be null");
        return this;
    }

    /** The credential encryption port (adapter-crypto). */
    public OxlinKitBuilder encryptor(CredentialEncryptor encryptor) {
        this.encryptor = Objects.requireNonNull(encryptor, "encryptor must not be null");
        return this;
    }

    /** Sets the connection store. */
    public OxlinKitBuilder connectionStore(ConnectionStore store) {
        this.connections = Objects.requireNonNull(store, "connectionStore must not be null");
        return this;
    }

    /** Required: the ledger's change feed, written by the transaction store (the same storage adapter). */
    public OxlinKitBuilder changeFeed(io.oxlinkit.application.port.ChangeFeed feed) {
        this.changeFeed = Objects.requireNonNull(feed, "changeFeed must not be null");
        return this;
    }

    /** Required. */
    public OxlinKitBuilder accountStore(AccountStore store) {
        this.accounts = Objects.requireNonNull(store, "accountStore must not be null");
        return this;
    }

    /** Sets the transaction store. */
    public OxlinKitBuilder transactionStore(TransactionStore store) {
        this.transactions = Objects.requireNonNull(store, "transactionStore must not be null");
        return this;
    }

    /** Sets the event inbox. */
    public OxlinKitBuilder eventInbox(EventInbox inbox) {
        this.inbox = Objects.requireNonNull(inbox, "eventInbox must not be null");
        return this;
    }

    /** Sets the key store. */
    public OxlinKitBuilder keyStore(KeyStore store) {
        this.keys = Objects.requireNonNull(store, "keyStore must not be null");
        return this;
    }

    /** Sets the subscription store. */
    public OxlinKitBuilder subscriptionStore(SubscriptionStore store) {
        this.subscriptions = Objects.requireNonNull(store, "subscriptionStore must not be null");
        return this;
    }

    /** Sets the user secret vault. */
    public OxlinKitBuilder userSecretVault(UserSecretVault vault) {
        this.vault = Objects.requireNonNull(vault, "userSecretVault must not be null");
        return this;
    }

    /** Leases shared by host instances (two never sync one connection at once). */
    public OxlinKitBuilder workLeases(WorkLeases leases) {
        this.leases = Objects.requireNonNull(leases, "workLeases must not be null");
        return this;
    }

    /** Told of each connection's new next step. Default: none. */
    public OxlinKitBuilder listener(JourneyListener listener) {
        this.listener = Objects.requireNonNull(listener, "listener must not be null");
        return this;
    }

    /** Default: {@link Clock#systemUTC()}. */
    public OxlinKitBuilder clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
        return this;
    }

    /** How early a REDIRECT channel must be renewed. Default: 7 days. */
    public OxlinKitBuilder renewalWindow(Duration window) {
        this.renewalWindow = new RenewalPolicy(window).window();
        return this;
    }

    /** Default: 1 hour; zero disables the cache. */
    public OxlinKitBuilder providerCacheTtl(Duration ttl) {
        Objects.requireNonNull(ttl, "providerCacheTtl must not be null");
        if (ttl.isNegative()) {
            throw new IllegalArgumentException("providerCacheTtl must not be negative");
        }
        this.providerCacheTtl = ttl;
        return this;
    }

    /** Default: 500; 1 to 500. */
    public OxlinKitBuilder transactionPageSize(int size) {
        if (size < 1 || size > SynchronizeAccountData.MAX_PAGE_SIZE) {
            throw new IllegalArgumentException(
                    "transactionPageSize must be between 1 and " + SynchronizeAccountData.MAX_PAGE_SIZE);
        }
        this.transactionPageSize = size;
        return this;
    }

    /** This instance's name in event claims. Default: a random one. */
    public OxlinKitBuilder workerId(String workerId) {
        Objects.requireNonNull(workerId, "workerId must not be null");
        if (workerId.isBlank()) {
            throw new IllegalArgumentException("workerId must not be blank");
        }
        this.workerId = workerId;
        return this;
    }

    /** Default: 2 minutes. */
    public OxlinKitBuilder eventLease(Duration lease) {
        Objects.requireNonNull(lease, "eventLease must not be null");
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("eventLease must be positive");
        }
        this.eventLease = lease;
        return this;
    }

    /** Told after every page a data sync stores, and when it ends. Default: none. */
    public OxlinKitBuilder syncListener(SyncListener listener) {
        this.syncListener = Objects.requireNonNull(listener, "syncListener must not be null");
        return this;
    }

    /** Runs each fleet round's pumps, one task a user; a pool pumps that many users at once. Default: direct (one after another). */
    public OxlinKitBuilder fleetExecutor(java.util.concurrent.Executor executor) {
        this.fleetExecutor = Objects.requireNonNull(executor, "fleetExecutor must not be null");
        return this;
    }

    /** Told of use cases, pumps, syncs and journey steps (metrics, traces): {@code MicrometerTelemetry}. Default: none. */
    public OxlinKitBuilder telemetry(io.oxlinkit.application.port.Telemetry telemetry) {
        this.telemetry = Objects.requireNonNull(telemetry, "telemetry must not be null");
        return this;
    }

    /** How many times a day the fleet reads each connection from the API, across instances (1 to 96). Default: 4. */
    public OxlinKitBuilder refreshesPerDay(int refreshes) {
        if (refreshes < 1 || refreshes > 96) {
            throw new IllegalArgumentException("refreshesPerDay must be between 1 and 96");
        }
        this.refreshesPerDay = refreshes;
        return this;
    }

    /** How long a data sync holds its connection between heartbeats (a crashed one is taken over within it). Default: 1 minute. */
    public OxlinKitBuilder syncLease(Duration lease) {
        Objects.requireNonNull(lease, "syncLease must not be null");
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("syncLease must be positive");
        }
        this.syncLease = lease;
        return this;
    }

    /**
     * How far before an account's checkpoint (the newest transaction date and import date seen) an incremental
     * sync reads again: pending entries booked, corrected or dropped, and late imports, inside this window are
     * seen. Default: 7 days; widen it for banks that keep entries pending longer.
     */
    public OxlinKitBuilder syncOverlap(Duration overlap) {
        Objects.requireNonNull(overlap, "syncOverlap must not be null");
        if (overlap.isNegative()) {
            throw new IllegalArgumentException("syncOverlap must not be negative");
        }
        this.syncOverlap = overlap;
        return this;
    }

    /** How long {@link Housekeeping} keeps applied events, tombstones and lapsed leases. Default: {@link Retention#DEFAULT}. */
    public OxlinKitBuilder retention(Retention retention) {
        this.retention = Objects.requireNonNull(retention, "retention must not be null");
        return this;
    }

    /**
     * The domain of the logins {@code findOrCreateUser(hostReference)} generates ({@code oxk-<24 random>@domain}).
     * OXLIN sends no mail to them; use a domain the host owns. Default: {@code users.oxlinkit.invalid}.
     */
    public OxlinKitBuilder generatedLoginDomain(String domain) {
        Objects.requireNonNull(domain, "generatedLoginDomain must not be null");
        if (!domain.matches("[A-Za-z0-9]([A-Za-z0-9-]{0,62}\\.)+[A-Za-z]{2,63}")) {
            throw new IllegalArgumentException("generatedLoginDomain must be a domain name such as users.example.com");
        }
        this.loginDomain = domain;
        return this;
    }

    /**
     * What fetches a full sync's next page while the current one is stored (one page ahead per running sync).
     * Default: the kit's own pool of daemon threads, ended after 30 s idle. A direct executor
     * ({@code Runnable::run}) turns the overlap off.
     */
    public OxlinKitBuilder fetchAheadExecutor(java.util.concurrent.Executor executor) {
        this.fetchAheadExecutor = Objects.requireNonNull(executor, "fetchAheadExecutor must not be null");
        return this;
    }

    /** What runs the data syncs a pump asks for. Default: direct (in the pump's thread, after its events). */
    public OxlinKitBuilder syncExecutor(java.util.concurrent.Executor executor) {
        this.syncExecutor = Objects.requireNonNull(executor, "syncExecutor must not be null");
        return this;
    }

    /** Whether a SYNC_ALL success asks for the connection's data sync (default true). */
    public OxlinKitBuilder synchronizeAfterSyncAll(boolean enabled) {
        this.synchronizeAfterSyncAll = enabled;
        return this;
    }

    /**
     * What the host's PSD2 agreement allows. Default: an agreement (full-API mode). A host without one
     * passes {@link AgreementPolicy#withoutAgreement()}: full-API use cases then throw
     * {@code NotPermittedByAgreementException} before any call, and banks are connected through the widget.
     */
    public OxlinKitBuilder agreementPolicy(AgreementPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "agreementPolicy must not be null");
        return this;
    }

    /** Default: a new {@link SecureRandom}. */
    public OxlinKitBuilder random(SecureRandom random) {
        this.random = Objects.requireNonNull(random, "random must not be null");
        return this;
    }

    /** Builds the facade. @throws IllegalStateException naming every missing port */
    public OxlinKit build() {
        List<String> missing = new ArrayList<>();
        Object[] ports = {
            "api",
            api,
            "encryptor",
            encryptor,
            "connectionStore",
            connections,
            "accountStore",
            accounts,
            "transactionStore",
            transactions,
            "eventInbox",
            inbox,
            "keyStore",
            keys,
            "subscriptionStore",
            subscriptions,
            "userSecretVault",
            vault,
            "workLeases",
            leases,
            "changeFeed",
            changeFeed
        };
        for (int i = 0; i < ports.length; i += 2) {
            if (ports[i + 1] == null) {
                missing.add((String) ports[i]);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("OxlinKit needs these ports: " + String.join(", ", missing));
        }
        OxlinKitSettings settings = new OxlinKitSettings(
                clock,
                new RenewalPolicy(renewalWindow),
                providerCacheTtl,
                transactionPageSize,
                workerId,
                eventLease,
                synchronizeAfterSyncAll,
                random,
                policy,
                syncExecutor,
                syncLease,
                refreshesPerDay,
                syncListener,
                syncOverlap,
                retention,
                loginDomain,
                fetchAheadExecutor == null ? FetchAheadPool.create() : fetchAheadExecutor,
                telemetry,
                fleetExecutor);
        return new OxlinKit(OxlinKitParts.wire(
                api,
                encryptor,
                connections,
                accounts,
                transactions,
                inbox,
                keys,
                subscriptions,
                vault,
                leases,
                listener,
                settings,
                changeFeed));
    }
}
