package io.oxlinkit.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oxlinkit.application.port.AccountStore;
import io.oxlinkit.application.port.StorageException;
import io.oxlinkit.domain.account.Account;
import io.oxlinkit.domain.account.AccountStatus;
import io.oxlinkit.domain.id.AccountId;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.provider.AccountType;
import io.oxlinkit.domain.wire.UnknownValues;
import io.oxlinkit.testkit.data.AccountBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract of every {@link AccountStore}. */
public abstract class AccountStoreContract {

    private AccountStore store;

    /** A store to test; may hold data of earlier tests. */
    protected abstract AccountStore createStore();

    /** Makes the store's next write fail, if the implementation can; return false to skip that test. */
    protected boolean breakNextWrite(AccountStore store) {
        return false;
    }

    @BeforeEach
    void setUpStore() {
        store = createStore();
    }

    @Test
    void savedAccountsAreFoundWithEveryField() {
        String connection = ContractIds.fresh("c");
        Account account = new AccountBuilder()
                .id(ContractIds.fresh("a"))
                .connectionId(connection)
                .balance("-1234.56")
                .status(AccountStatus.PENDING_CONSENT)
                .build();
        store.saveAll(List.of(account));
        assertThat(store.find(account.id())).contains(account);
    }

    @Test
    void valuesThisVersionDoesNotKnowAreKeptAsSent() {
        Account built = new AccountBuilder()
                .id(ContractIds.fresh("a"))
                .connectionId(ContractIds.fresh("c"))
                .build();
        AccountType type = AccountType.fromWire("CRYPTO_WALLET");
        AccountStatus status = AccountStatus.fromWire("FROZEN_BY_BANK");
        Account odd = new Account(
                built.id(),
                built.connectionId(),
                built.name(),
                built.accountNumber(),
                built.iban(),
                built.balance(),
                built.balanceDate(),
                type,
                status,
                built.classification(),
                built.channelDefinitionId(),
                UnknownValues.none().with("type", type, "CRYPTO_WALLET").with("status", status, "FROZEN_BY_BANK"));
        store.saveAll(List.of(odd));
        Account read = store.find(odd.id()).orElseThrow();
        assertThat(read).isEqualTo(odd);
        assertThat(read.rawType()).isEqualTo("CRYPTO_WALLET");
        assertThat(read.rawStatus()).isEqualTo("FROZEN_BY_BANK");
    }

    @Test
    void aLongNameAndAPreciseBalanceComeBackExactly() {
        Account built = new AccountBuilder()
                .id(ContractIds.fresh("a"))
                .connectionId(ContractIds.fresh("c"))
                .balance("-1234.56789012")
                .build();
        Account precise = new Account(
                built.id(),
                built.connectionId(),
                java.util.Optional.of("Livret 🐷 ".repeat(1000)),
                built.accountNumber(),
                built.iban(),
                built.balance(),
                built.balanceDate(),
                built.type(),
                built.status(),
                built.classification(),
                built.channelDefinitionId());
        store.saveAll(List.of(precise));
        assertThat(store.find(precise.id())).contains(precise);
    }

    @Test
    void idsThatDifferOnlyByCaseAreTwoAccounts() {
        String connection = ContractIds.fresh("c");
        String id = ContractIds.fresh("Acc");
        store.saveAll(List.of(
                new AccountBuilder().id(id).connectionId(connection).build(),
                new AccountBuilder()
                        .id(id.toLowerCase(java.util.Locale.ROOT))
                        .connectionId(connection)
                        .build()));
        assertThat(store.findByConnection(ConnectionId.of(connection))).hasSize(2);
    }

    @Test
    void savingTheSameAccountsTwiceKeepsOneCopy() {
        String connection = ContractIds.fresh("c");
        List<Account> accounts = List.of(
                new AccountBuilder()
                        .id(ContractIds.fresh("a"))
                        .connectionId(connection)
                        .build(),
                new AccountBuilder()
                        .id(ContractIds.fresh("a"))
                        .connectionId(connection)
                        .build());
        store.saveAll(accounts);
        store.saveAll(accounts);
        assertThat(store.findByConnection(ConnectionId.of(connection))).hasSize(2);
    }

    @Test
    void savingAnAccountAgainReplacesIt() {
        Account pending = new AccountBuilder()
                .id(ContractIds.fresh("a"))
                .connectionId(ContractIds.fresh("c"))
                .status(AccountStatus.PENDING_CONSENT)
                .build();
        store.saveAll(List.of(pending));
        store.saveAll(List.of(pending.withStatus(AccountStatus.ACTIVE)));
        assertThat(store.find(pending.id()).orElseThrow().status()).isEqualTo(AccountStatus.ACTIVE);
    }

    @Test
    void accountsOfAConnectionAreListedInIdOrder() {
        String connection = ContractIds.fresh("c");
        String prefix = ContractIds.fresh("a");
        store.saveAll(List.of(
                new AccountBuilder().id(prefix + "-2").connectionId(connection).build(),
                new AccountBuilder().id(prefix + "-1").connectionId(connection).build(),
                new AccountBuilder()
                        .id(ContractIds.fresh("a"))
                        .connectionId(ContractIds.fresh("other"))
                        .build()));
        assertThat(store.findByConnection(ConnectionId.of(connection)))
                .extracting(a -> a.id().value())
                .containsExactly(prefix + "-1", prefix + "-2");
    }

    @Test
    void anUnknownAccountIsAbsentAndDeletingItIsNoError() {
        AccountId unknown = AccountId.of(ContractIds.fresh("none"));
        assertThat(store.find(unknown)).isEmpty();
        store.delete(unknown);
    }

    @Test
    void aDeletedAccountIsGone() {
        Account account = new AccountBuilder()
                .id(ContractIds.fresh("a"))
                .connectionId(ContractIds.fresh("c"))
                .build();
        store.saveAll(List.of(account));
        store.delete(account.id());
        assertThat(store.find(account.id())).isEmpty();
    }

    @Test
    void aFailedWriteLeavesThePreviousStateIntact() {
        Account account = new AccountBuilder()
                .id(ContractIds.fresh("a"))
                .connectionId(ContractIds.fresh("c"))
                .build();
        store.saveAll(List.of(account));
        org.junit.jupiter.api.Assumptions.assumeTrue(
                breakNextWrite(store), "this store cannot simulate a failed write");
        assertThatThrownBy(() -> store.saveAll(List.of(account.withStatus(AccountStatus.CLOSED))))
                .isInstanceOf(StorageException.class);
        assertThat(store.find(account.id())).contains(account);
    }

    @Test
    void concurrentWritersOfOverlappingAccountsLeaveOneCopyEach() throws Exception {
        String connection = ContractIds.fresh("c");
        List<Account> accounts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            accounts.add(new AccountBuilder()
                    .id(ContractIds.fresh("a"))
                    .connectionId(connection)
                    .build());
        }
        List<Callable<Boolean>> writers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            writers.add(() -> {
                store.saveAll(accounts);
                return true;
            });
        }
        assertThat(Concurrently.run(writers)).containsOnly(true);
        assertThat(store.findByConnection(ConnectionId.of(connection))).hasSize(10);
    }
}
