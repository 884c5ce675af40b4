package io.oxlinkit.adapter.jdbc;

import io.oxlinkit.application.OxlinKitBuilder;
import io.oxlinkit.application.port.AccountStore;
import io.oxlinkit.application.port.ConnectionStore;
import io.oxlinkit.application.port.EventInbox;
import io.oxlinkit.application.port.KeyStore;
import io.oxlinkit.application.port.SubscriptionStore;
import io.oxlinkit.application.port.TransactionStore;
import io.oxlinkit.application.port.UserSecretVault;
import io.oxlinkit.application.port.WorkLeases;
import io.oxlinkit.testkit.contract.AccountStoreContract;
import io.oxlinkit.testkit.contract.ChangeFeedContract;
import io.oxlinkit.testkit.contract.ChangeFeedPagingContract;
import io.oxlinkit.testkit.contract.ConnectionStoreContract;
import io.oxlinkit.testkit.contract.ErasureContract;
import io.oxlinkit.testkit.contract.EventInboxContract;
import io.oxlinkit.testkit.contract.KeyStoreContract;
import io.oxlinkit.testkit.contract.SubscriptionStoreContract;
import io.oxlinkit.testkit.contract.TransactionStoreContract;
import io.oxlinkit.testkit.contract.UserScopeContract;
import io.oxlinkit.testkit.contract.UserSecretVaultContract;
import io.oxlinkit.testkit.contract.WorkLeasesContract;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Nested;

/**
 * Every storage contract suite of the testkit, run on one database: a subclass names the database and
 * how to open it, and inherits one nested suite per store.
 */
abstract class JdbcStorageContracts {

    private final String database;
    private final Supplier<DataSource> dataSource;

    /**
     * @param database   the name that keys the test JVM's one storage on that database
     * @param dataSource opens the database, once per test JVM
     */
    protected JdbcStorageContracts(String database, Supplier<DataSource> dataSource) {
        this.database = database;
        this.dataSource = dataSource;
    }

    JdbcStorage storage() {
        return Databases.storage(database, dataSource);
    }

    @Nested
    class Connections extends ConnectionStoreContract {
        @Override
        protected ConnectionStore createStore() {
            return storage().connections();
        }

        @Override
        protected boolean breakNextWrite(ConnectionStore store) {
            return Databases.failNextCommit(database);
        }
    }

    @Nested
    class Accounts extends AccountStoreContract {
        @Override
        protected AccountStore createStore() {
            return storage().accounts();
        }

        @Override
        protected boolean breakNextWrite(AccountStore store) {
            return Databases.failNextCommit(database);
        }
    }

    @Nested
    class Changes extends ChangeFeedContract {
        @Override
        protected Stores createStores() {
            return new Stores(
                    storage().transactions(), storage().accounts(), storage().changes());
        }
    }

    @Nested
    class Paging extends ChangeFeedPagingContract {
        @Override
        protected ChangeFeedContract.Stores createStores() {
            return new ChangeFeedContract.Stores(
                    storage().transactions(), storage().accounts(), storage().changes());
        }
    }

    @Nested
    class Transactions extends TransactionStoreContract {
        @Override
        protected TransactionStore createStore() {
            return storage().transactions();
        }

        @Override
        protected boolean breakNextWrite(TransactionStore store) {
            return Databases.failNextCommit(database);
        }
    }

    @Nested
    class Inbox extends EventInboxContract {
        @Override
        protected EventInbox createInbox() {
            return storage().inbox();
        }
    }

    @Nested
    class Keys extends KeyStoreContract {
        @Override
        protected KeyStore createStore() {
            return storage().keys();
        }
    }

    @Nested
    class Subscriptions extends SubscriptionStoreContract {
        @Override
        protected SubscriptionStore createStore() {
            return storage().subscriptions();
        }
    }

    @Nested
    class Vault extends UserSecretVaultContract {
        @Override
        protected UserSecretVault createVault() {
            return storage().vault();
        }
    }

    @Nested
    class Leases extends WorkLeasesContract {
        @Override
        protected WorkLeases createLeases() {
            return storage().leases();
        }
    }

    @Nested
    class Scoping extends UserScopeContract {
        @Override
        protected OxlinKitBuilder withStorage(OxlinKitBuilder builder) {
            return storage().plugInto(builder);
        }
    }

    @Nested
    class Erasure extends ErasureContract {
        @Override
        protected OxlinKitBuilder withStorage(OxlinKitBuilder builder) {
            return storage().plugInto(builder);
        }

        @Override
        protected java.util.List<String> storedValues() {
            storage();
            return CatalogueScan.everyValue(Databases.dataSource(database));
        }
    }
}
