package io.oxlinkit.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.oxlinkit.application.OxlinKit;
import io.oxlinkit.application.OxlinKitBuilder;
import io.oxlinkit.domain.account.Account;
import io.oxlinkit.domain.account.Transaction;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.testkit.data.Banks;
import io.oxlinkit.testkit.fake.FakeClock;
import io.oxlinkit.testkit.fake.FakeCredentialEncryptor;
import io.oxlinkit.testkit.fake.FakeOxlinApi;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The erasure contract of a storage adapter: two users each connect, consent and sync in full; deleting one
 * leaves none of their ids (user, connections, accounts, transactions) nor their login anywhere in what the
 * adapter stores, read back whole from the adapter's own view of every table ({@link #storedValues()}: a JDBC
 * adapter scans its database's catalogue), while the other user's data stays exactly as it was. Deleting a
 * connection does the same for the connection. Ids are fresh per test, so a shared database needs no cleaning.
 */
public abstract class ErasureContract {

    private static final String PASSWORD = "erase-pass-1";

    private final FakeClock clock = new FakeClock(Instant.parse("2026-11-27T10:00:00Z"));
    private final FakeOxlinApi api = new FakeOxlinApi(clock);
    private OxlinKit kit;
    private String alicesLogin;
    private String alicesReference;
    private UserId alice;
    private UserId bob;
    private ConnectionId alices;
    private ConnectionId bobs;

    /** Plugs every store of the adapter under test into the builder. */
    protected abstract OxlinKitBuilder withStorage(OxlinKitBuilder builder);

    /** Every value the adapter stores, each cell (or field) as text: the whole of every table, whoever wrote it. */
    protected abstract List<String> storedValues();

    @BeforeEach
    void twoUsersSyncedInFull() {
        api.bank(Banks.linxoTestBank())
                .listsAccounts("Compte courant", "Livret A")
                .transactionsPerAccount(9)
                .acceptsCredential("301", PASSWORD)
                .reportsOwners();
        kit = withStorage(OxlinKit.builder())
                .api(api)
                .encryptor(new FakeCredentialEncryptor(clock))
                .clock(clock)
                .build();
        alicesLogin = ContractIds.fresh("alice") + "@erase.example";
        alicesReference = ContractIds.fresh("customer");
        alice = kit.findOrCreateUser(alicesReference, alicesLogin);
        bob = kit.createUser(ContractIds.fresh("bob") + "@erase.example");
        alices = connect(alice);
        bobs = connect(bob);
    }

    @Test
    void deletingAUserLeavesNoTraceOfThemAndTheOtherUserAsHeWas() {
        Set<String> traces = traces(alice, alices);
        traces.add(alicesLogin.toLowerCase(Locale.ROOT));
        String ownersAddress = kit.connection(alices)
                .orElseThrow()
                .connection()
                .owner()
                .address()
                .orElseThrow()
                .toLowerCase(Locale.ROOT);
        traces.add(ownersAddress);
        assertThat(found(traces))
                .as("the scan sees the user's data and the owner's address before the deletion")
                .contains(alice.value(), ownersAddress);
        assertThat(found(Set.of(PASSWORD)))
                .as("a typed password is never stored")
                .isEmpty();
        Snapshot bobsBefore = snapshot(bobs);

        kit.deleteUser(alice);

        assertThat(found(traces)).as("what is left of the deleted user").isEmpty();
        assertThat(snapshot(bobs)).as("the other user's data").isEqualTo(bobsBefore);
        assertThat(kit.connection(alices)).isEmpty();
        kit.deleteUser(alice);
        assertThat(found(traces)).as("a second deletion is harmless").isEmpty();
        assertThat(kit.findOrCreateUser(alicesReference, alicesLogin))
                .as("the host reference is forgotten too: a new user")
                .isNotEqualTo(alice);
    }

    @Test
    void deletingAConnectionLeavesNoTraceOfItAndKeepsItsUser() {
        Set<String> traces = traces(alice, alices);
        traces.remove(alice.value());
        Snapshot bobsBefore = snapshot(bobs);

        assertThat(kit.deleteConnection(alices)).isTrue();

        assertThat(found(traces)).as("what is left of the deleted connection").isEmpty();
        assertThat(snapshot(bobs)).isEqualTo(bobsBefore);
        assertThat(kit.deleteConnection(alices)).as("already deleted").isFalse();
        ConnectionId again = connect(alice);
        assertThat(kit.accounts(again)).as("the user can connect again").hasSize(2);
    }

    /** The ids the user's data is found by: theirs, the connection's, its accounts' and transactions'. */
    private Set<String> traces(UserId user, ConnectionId connection) {
        Set<String> traces = new HashSet<>(List.of(user.value(), connection.value()));
        for (Account account : kit.accounts(connection)) {
            traces.add(account.id().value());
            kit.transactions(account.id(), 0, 1000).forEach(t -> traces.add(t.id().value()));
        }
        return traces;
    }

    /** The traces found in what is stored: ids as whole tokens (so 12 is not found in 123), the rest as text. */
    private Set<String> found(Set<String> traces) {
        Set<String> found = new HashSet<>();
        for (String value : storedValues()) {
            String lower = value.toLowerCase(Locale.ROOT);
            Set<String> tokens = new HashSet<>(List.of(lower.split("[^\\p{Alnum}@._-]+")));
            Set<String> idTokens = new HashSet<>(List.of(lower.split("[^\\p{Alnum}]+")));
            for (String trace : traces) {
                if (tokens.contains(trace)
                        || idTokens.contains(trace)
                        || ((trace.contains("@") || trace.contains(" ")) && lower.contains(trace))) {
                    found.add(trace);
                }
            }
        }
        return found;
    }

    private record Snapshot(List<Account> accounts, List<List<Transaction>> transactions, Object step) {}

    private Snapshot snapshot(ConnectionId connection) {
        List<Account> accounts = kit.accounts(connection);
        List<List<Transaction>> transactions = new ArrayList<>();
        accounts.forEach(a -> transactions.add(kit.transactions(a.id(), 0, 1000)));
        return new Snapshot(accounts, transactions, kit.nextStep(connection));
    }

    private ConnectionId connect(UserId user) {
        return TestBankJourneys.connectedUntilDone(kit, user, PASSWORD);
    }
}
