package io.oxlinkit.cli;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.oxlinkit.adapter.crypto.BouncyCastlePgpEncryptor;
import io.oxlinkit.adapter.http.FeignOxlinApi;
import io.oxlinkit.adapter.http.config.OxlinHttpConfig;
import io.oxlinkit.adapter.jdbc.JdbcStorage;
import io.oxlinkit.adapter.jdbc.SealingKeys;
import io.oxlinkit.application.OxlinKit;
import io.oxlinkit.application.port.JourneyListener;
import io.oxlinkit.domain.agreement.AgreementPolicy;
import java.time.Clock;
import java.util.Arrays;

/**
 * The composition root: the one place that sees every module and wires {@link OxlinKit} from
 * {@link Settings}: adapter-http on the JDK HttpClient, adapter-crypto, and the JDBC stores on a
 * HikariCP pool.
 */
final class Environment implements AutoCloseable {

    final OxlinKit kit;
    final FeignOxlinApi api;
    final JdbcStorage storage;
    private final HikariDataSource dataSource;

    private Environment(OxlinKit kit, FeignOxlinApi api, JdbcStorage storage, HikariDataSource dataSource) {
        this.kit = kit;
        this.api = api;
        this.storage = storage;
        this.dataSource = dataSource;
    }

    static Environment open(Settings settings, JourneyListener listener) {
        return open(settings, listener, io.oxlinkit.application.SyncListener.NONE);
    }

    static Environment open(Settings settings, JourneyListener listener, io.oxlinkit.application.SyncListener sync) {
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(settings.jdbcUrl());
        pool.setUsername(settings.jdbcUser());
        pool.setPassword(settings.jdbcPassword().reveal());
        pool.setMaximumPoolSize(4);
        pool.setPoolName("oxlin-cli");
        HikariDataSource dataSource = new HikariDataSource(pool);
        try {
            JdbcStorage storage = JdbcStorage.open(dataSource, SealingKeys.current("cli", settings.sealingKey()));
            Arrays.fill(settings.sealingKey(), (byte) 0);
            FeignOxlinApi api = new FeignOxlinApi(
                    OxlinHttpConfig.builder()
                            .apiBaseUrl(settings.apiBaseUrl())
                            .authBaseUrl(settings.authBaseUrl())
                            .embedBaseUrl(settings.embedBaseUrl())
                            .clientId(settings.clientId())
                            .clientSecret(settings.clientSecret())
                            .build(),
                    storage.vault(),
                    Clock.systemUTC());
            OxlinKit kit = storage.plugInto(OxlinKit.builder())
                    .api(api)
                    .encryptor(new BouncyCastlePgpEncryptor(Clock.systemUTC()))
                    .agreementPolicy(
                            settings.agreement()
                                    ? AgreementPolicy.withPsd2Agreement()
                                    : AgreementPolicy.withoutAgreement())
                    .listener(listener)
                    .syncListener(sync)
                    .build();
            return new Environment(kit, api, storage, dataSource);
        } catch (RuntimeException failure) {
            dataSource.close();
            throw failure;
        }
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
