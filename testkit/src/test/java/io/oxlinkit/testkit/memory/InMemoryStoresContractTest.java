package io.oxlinkit.testkit.memory;

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
import io.oxlinkit.testkit.contract.EventInboxContract;
import io.oxlinkit.testkit.contract.KeyStoreContract;
import io.oxlinkit.testkit.contract.SubscriptionStoreContract;
import io.oxlinkit.testkit.contract.TransactionStoreContract;
import io.oxlinkit.testkit.contract.UserScopeContract;
import io.oxlinkit.testkit.contract.UserSecretVaultContract;
import io.oxlinkit.testkit.contract.WorkLeasesContract;
import org.junit.jupiter.api.Nested;

/** The in-memory adapters pass every storage contract suite. */
class InMemoryStoresContractTest {

    @Nested
    class Connections extends ConnectionStoreContract {
        @Override
        protected ConnectionStore createStore() {
            return new InMemoryConnectionStore();
        }

        @Override
        protected boolean breakNextWrite(ConnectionStore store) {
            ((InMemoryConnectionStore) store).failures().failNext(1);
            return true;
        }
    }

    @Nested
    class Accounts extends AccountStoreContract {
        @Override
        protected AccountStore createStore() {
            return new InMemoryAccountStore();
        }

        @Override
        protected boolean breakNextWrite(AccountStore store) {
            ((InMemoryAccountStore) store).failures().failNext(1);
            return true;
        }
    }

    @Nested
    class Changes extends ChangeFeedContract {
        @Override
        protected Stores createStores() {
            InMemoryTransactionStore store = new InMemoryTransactionStore();
            return new Stores(store, new InMemoryAccountStore(store.changes()), store.changes());
        }
    }

    @Nested
    class Paging extends ChangeFeedPagingContract {
        @Override
        protected ChangeFeedContract.Stores createStores() {
            InMemoryTransactionStore store = new InMemoryTransactionStore();
            return new ChangeFeedContract.Stores(store, new InMemoryAccountStore(store.changes()), store.changes());
        }
    }

    @Nested
    class Transactions extends TransactionStoreContract {
        @Override
        protected TransactionStore createStore() {
            return new InMemoryTransactionStore();
        }

        @Override
        protected boolean breakNextWrite(TransactionStore store) {
            ((InMemoryTransactionStore) store).failures().failNext(1);
            return true;
        }
    }

    @Nested
    class Inbox extends EventInboxContract {
        @Override
        protected EventInbox createInbox() {
            return new InMemoryEventInbox();
        }
    }

    @Nested
    class Keys extends KeyStoreContract {
        @Override
        protected KeyStore createStore() {
            return new InMemoryKeyStore();
        }
    }

    @Nested
    class Subscriptions extends SubscriptionStoreContract {
        @Override
        protected SubscriptionStore createStore() {
            return new InMemorySubscriptionStore();
        }
    }

    @Nested
    class Vault extends UserSecretVaultContract {
        @Override
        protected UserSecretVault createVault() {
            return new InMemoryUserSecretVault();
        }
    }

    @Nested
    class Leases extends WorkLeasesContract {
        @Override
        protected WorkLeases createLeases() {
            return new InMemoryWorkLeases();
        }
    }

    @Nested
    class Scoping extends UserScopeContract {
        @Override
        protected OxlinKitBuilder withStorage(OxlinKitBuilder builder) {
            return InMemoryAdapters.create().plugInto(builder);
        }
    }
}
