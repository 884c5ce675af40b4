package io.oxlinkit.cli.fleet;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.oxlinkit.adapter.crypto.BouncyCastlePgpEncryptor;
import io.oxlinkit.adapter.http.FeignOxlinApi;
import io.oxlinkit.adapter.http.config.OxlinHttpConfig;
import io.oxlinkit.adapter.jdbc.JdbcStorage;
import io.oxlinkit.adapter.jdbc.SealingKeys;
import io.oxlinkit.application.OxlinKit;
import io.oxlinkit.application.port.OxlinApi;
import io.oxlinkit.domain.secret.SecretValue;
import io.oxlinkit.sandbox.Sandbox;
import io.oxlinkit.sandbox.SandboxConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One host instance of the fleet test: its own pool on the shared PostgreSQL, its own HTTP client, a sync
 * pool, and a kill switch that makes every later call of this instance fail (as if its process died: its
 * leases and claims are left as they are).
 */
final class FleetInstance implements AutoCloseable {

    static final SealingKeys KEYS = SealingKeys.current("fleet-1", "0123456789abcdef0123456789abcdef".getBytes());

    final String name;
    final OxlinKit kit;
    final JdbcStorage storage;
    private final HikariDataSource pool;
    private final CountedExecutor syncs = new CountedExecutor();
    private final AtomicBoolean killed = new AtomicBoolean();
    private final AtomicInteger transactionPages = new AtomicInteger();
    private final AtomicBoolean armed = new AtomicBoolean();

    FleetInstance(
            String name, Sandbox sandbox, FleetLedger ledger, int killAfterPages, String schema, FleetClock clock) {
        this.name = name;
        this.pool = pool(schema);
        this.storage = JdbcStorage.open(pool, KEYS);
        FeignOxlinApi http = new FeignOxlinApi(config(sandbox), storage.vault(), Clock.systemUTC());
        OxlinApi api = DyingApi.wrap(
                http,
                name,
                killed,
                () -> armed.get() && killAfterPages > 0 && transactionPages.incrementAndGet() >= killAfterPages);
        this.kit = storage.plugInto(OxlinKit.builder())
                .eventInbox(ledger.countedInbox(storage.inbox(), killed))
                .workLeases(ledger.watchedLeases(storage.leases(), killed))
                .api(api)
                .encryptor(new BouncyCastlePgpEncryptor(Clock.systemUTC()))
                .clock(clock)
                .workerId(name)
                .syncExecutor(syncs)
                .syncLease(Duration.ofSeconds(6))
                .eventLease(Duration.ofSeconds(6))
                .transactionPageSize(50)
                .build();
    }

    boolean killed() {
        return killed.get();
    }

    /** From now on, the instance dies once it has fetched its share of transaction pages. */
    void arm() {
        armed.set(true);
    }

    /** The instance dies now: every later call fails, nothing is released. */
    void kill() {
        killed.set(true);
    }

    /** Waits until the syncs this instance was asked for have finished. */
    void awaitIdle() throws InterruptedException {
        syncs.awaitIdle();
    }

    static OxlinHttpConfig config(Sandbox sandbox) {
        return OxlinHttpConfig.builder()
                .apiBaseUrl(sandbox.apiBaseUrl())
                .authBaseUrl(sandbox.authBaseUrl())
                .clientId(SandboxConfig.DEFAULT_CLIENT_ID)
                .clientSecret(SecretValue.of(SandboxConfig.DEFAULT_CLIENT_SECRET))
                .initialBackoff(Duration.ofMillis(20))
                .maxBackoff(Duration.ofMillis(400))
                .maxAttempts(8)
                .circuitWindow(400)
                .build();
    }

    private static HikariDataSource pool(String schema) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + schema);
        config.setUsername("postgres");
        config.setPassword("");
        config.setMaximumPoolSize(12);
        return new HikariDataSource(config);
    }

    @Override
    public void close() {
        syncs.shutdownNow();
        pool.close();
    }
}
