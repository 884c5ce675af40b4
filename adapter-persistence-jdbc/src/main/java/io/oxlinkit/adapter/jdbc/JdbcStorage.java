package io.oxlinkit.adapter.jdbc;

import io.oxlinkit.adapter.jdbc.codec.DomainCodec;
import io.oxlinkit.application.OxlinKitBuilder;
import io.oxlinkit.application.port.StorageException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Every storage port on one host-supplied {@link DataSource} (the adapter never opens a pool of its
 * own). H2, PostgreSQL or MariaDB is recognized from the connection; the schema is migrated with
 * Flyway on {@link #open} unless the host runs its own migrations ({@link #schemaSql(Dialect)}).
 *
 * <pre>{@code
 * JdbcStorage storage = JdbcStorage.open(dataSource, SealingKeys.current("k1", keyBytes));
 * OxlinKit kit = storage.plugInto(OxlinKit.builder()).api(api).encryptor(encryptor).build();
 * }</pre>
 */
public final class JdbcStorage {

    /** Flyway's history table of this schema, apart from a host's own. */
    public static final String HISTORY_TABLE = "oxk_schema_history";

    private final Dialect dialect;
    private final JdbcConnectionStore connections;
    private final JdbcAccountStore accounts;
    private final JdbcTransactionStore transactions;
    private final JdbcChangeFeed changes;
    private final JdbcEventInbox inbox;
    private final JdbcKeyStore keys;
    private final JdbcSubscriptionStore subscriptions;
    private final JdbcUserSecretVault vault;
    private final JdbcWorkLeases leases;

    private JdbcStorage(DataSource dataSource, SealingKeys sealingKeys, Clock clock) {
        this.dialect = Dialect.of(dataSource);
        Jdbc jdbc = new Jdbc(dataSource, dialect);
        DomainCodec codec = new DomainCodec();
        this.connections = new JdbcConnectionStore(jdbc, codec, clock);
        this.changes = new JdbcChangeFeed(jdbc, clock);
        this.accounts = new JdbcAccountStore(jdbc, changes);
        this.transactions = new JdbcTransactionStore(jdbc, changes, clock);
        this.inbox = new JdbcEventInbox(jdbc, codec, clock);
        this.keys = new JdbcKeyStore(jdbc);
        this.subscriptions = new JdbcSubscriptionStore(jdbc);
        this.vault = new JdbcUserSecretVault(jdbc, sealingKeys);
        this.leases = new JdbcWorkLeases(jdbc);
    }

    /** Migrates the schema, then opens the stores. */
    public static JdbcStorage open(DataSource dataSource, SealingKeys sealingKeys) {
        migrate(dataSource);
        return withoutMigrating(dataSource, sealingKeys, Clock.systemUTC());
    }

    /** Opens the stores on a schema the host migrated itself. */
    public static JdbcStorage withoutMigrating(DataSource dataSource, SealingKeys sealingKeys, Clock clock) {
        Objects.requireNonNull(dataSource, "dataSource must not be null");
        Objects.requireNonNull(sealingKeys, "sealingKeys must not be null");
        Objects.requireNonNull(clock, "clock must not be null");
        return new JdbcStorage(dataSource, sealingKeys, clock);
    }

    /** Runs the schema's pending migrations (idempotent; safe from several instances at once). */
    public static void migrate(DataSource dataSource) {
        Dialect dialect = Dialect.of(dataSource);
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations(dialect.migrations())
                    .table(HISTORY_TABLE)
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .load()
                    .migrate();
        } catch (RuntimeException failure) {
            throw new StorageException(
                    "the Oxlin Kit schema could not be migrated: "
                            + failure.getClass().getSimpleName(),
                    failure);
        }
    }

    /** The migrations, in the order they run. */
    static final java.util.List<String> MIGRATIONS = java.util.List.of(
            "V1__oxlinkit_schema.sql",
            "V2__inbox_by_user.sql",
            "V3__exact_values.sql",
            "V4__change_feed.sql",
            "V5__tombstones.sql",
            "V6__sync_checkpoints.sql",
            "V7__account_changes.sql",
            "V8__change_runs.sql");

    /** The schema as SQL (every migration in order), for hosts that run their own migrations. */
    public static String schemaSql(Dialect dialect) {
        StringBuilder sql = new StringBuilder();
        for (String migration : MIGRATIONS) {
            String resource = dialect.migrations().substring("classpath:".length()) + "/" + migration;
            try (InputStream in = JdbcStorage.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing " + resource);
                }
                sql.append("-- ")
                        .append(migration)
                        .append('\n')
                        .append(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                        .append('\n');
            } catch (IOException failure) {
                throw new IllegalStateException(failure);
            }
        }
        return sql.toString();
    }

    /** Sets every storage port of {@code builder} to these stores. */
    public OxlinKitBuilder plugInto(OxlinKitBuilder builder) {
        return builder.connectionStore(connections)
                .accountStore(accounts)
                .transactionStore(transactions)
                .changeFeed(changes)
                .eventInbox(inbox)
                .keyStore(keys)
                .subscriptionStore(subscriptions)
                .userSecretVault(vault)
                .workLeases(leases);
    }

    /** The SQL dialect chosen from the database's product name. */
    public Dialect dialect() {
        return dialect;
    }

    /** The connections and their journeys. */
    public JdbcConnectionStore connections() {
        return connections;
    }

    /** The accounts. */
    public JdbcAccountStore accounts() {
        return accounts;
    }

    /** The transactions, their sync cursors and checkpoints. */
    public JdbcTransactionStore transactions() {
        return transactions;
    }

    /** The change feed hosts read with {@code kit.changesSince}. */
    public JdbcChangeFeed changes() {
        return changes;
    }

    /** The event inbox. */
    public JdbcEventInbox inbox() {
        return inbox;
    }

    /** The OXLIN encryption keys. */
    public JdbcKeyStore keys() {
        return keys;
    }

    /** The event queues' subscriptions. */
    public JdbcSubscriptionStore subscriptions() {
        return subscriptions;
    }

    /** The users' secrets, sealed. */
    public JdbcUserSecretVault vault() {
        return vault;
    }

    /** The work leases that keep two instances from doing the same work. */
    public JdbcWorkLeases leases() {
        return leases;
    }
}
