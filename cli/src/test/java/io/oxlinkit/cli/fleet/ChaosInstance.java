package io.oxlinkit.cli.fleet;

import io.oxlinkit.adapter.crypto.BouncyCastlePgpEncryptor;
import io.oxlinkit.adapter.http.FeignOxlinApi;
import io.oxlinkit.adapter.jdbc.JdbcStorage;
import io.oxlinkit.application.OxlinKit;
import io.oxlinkit.sandbox.Sandbox;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * One process of the chaos test: a kit over the shared database, which can be told to die at its n-th
 * transaction page (every later call of this instance fails, nothing it holds is released), as a process
 * killed in the middle of a sync. Its successor is a new instance over the same database.
 */
final class ChaosInstance implements AutoCloseable {

    final String name;
    final OxlinKit kit;
    final JdbcStorage storage;
    private final FeignOxlinApi http;
    private final AtomicBoolean killed = new AtomicBoolean();
    private final AtomicInteger pagesLeft = new AtomicInteger(-1);

    ChaosInstance(String name, Sandbox sandbox, DataSource database, FleetLedger ledger, Clock clock) {
        this.name = name;
        this.storage = JdbcStorage.open(database, FleetInstance.KEYS);
        this.http = new FeignOxlinApi(FleetInstance.config(sandbox), storage.vault(), Clock.systemUTC());
        this.kit = storage.plugInto(OxlinKit.builder())
                .eventInbox(ledger.countedInbox(storage.inbox(), killed))
                .workLeases(ledger.watchedLeases(storage.leases(), killed))
                .api(DyingApi.wrap(http, name, killed, () -> pagesLeft.get() > 0 && pagesLeft.decrementAndGet() == 0))
                .encryptor(new BouncyCastlePgpEncryptor(Clock.systemUTC()))
                .clock(clock)
                .workerId(name)
                .syncLease(Duration.ofSeconds(6))
                .eventLease(Duration.ofSeconds(6))
                .transactionPageSize(20)
                .build();
    }

    /** The instance dies when it fetches its {@code pages}-th transaction page from now on. */
    void dieAtTransactionPage(int pages) {
        pagesLeft.set(pages);
    }

    boolean killed() {
        return killed.get();
    }

    @Override
    public void close() {
        http.close();
    }
}
