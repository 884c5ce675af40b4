package io.oxlinkit.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oxlinkit.application.OxlinKit;
import io.oxlinkit.application.OxlinKitBuilder;
import io.oxlinkit.application.RedirectResult;
import io.oxlinkit.application.StepResult;
import io.oxlinkit.application.UserScope;
import io.oxlinkit.domain.account.Account;
import io.oxlinkit.domain.challenge.ChallengeAnswer;
import io.oxlinkit.domain.consent.ConsentDecision;
import io.oxlinkit.domain.id.AccountId;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.CredentialId;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.domain.secret.SecretValue;
import io.oxlinkit.testkit.data.Banks;
import io.oxlinkit.testkit.fake.FakeClock;
import io.oxlinkit.testkit.fake.FakeCredentialEncryptor;
import io.oxlinkit.testkit.fake.FakeOxlinApi;
import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The user-scoping contract of a storage adapter: a kit on the storage under test, with two users who each
 * reach Done on a connection, answers every {@link UserScope} call made with the other user's connection or
 * account id exactly as for an id that was never stored, reaches OXLIN for none of them, and leaves the other
 * user's data as it was. Scoping reads the owner back from the connection and account stores, so this is what a
 * storage adapter must keep true (the owner of each connection, the connection of each account). Extend it with
 * one method that plugs the storage into a builder; ids are fresh per test, so a shared database needs no
 * cleaning.
 */
public abstract class UserScopeContract {

    private static final String PASSWORD = "scope-pass-1";
    private static final URI CALLBACK = URI.create("https://host.example/oxlin/callback");

    private final FakeClock clock = new FakeClock(Instant.parse("2026-11-27T10:00:00Z"));
    private final FakeOxlinApi api = new FakeOxlinApi(clock);
    private OxlinKit kit;
    private UserId alice;
    private UserId bob;
    private ConnectionId alices;
    private ConnectionId bobs;
    private AccountId alicesAccount;

    /** Plugs every store of the adapter under test into the builder (as {@code storage.plugInto(builder)} does). */
    protected abstract OxlinKitBuilder withStorage(OxlinKitBuilder builder);

    @BeforeEach
    void twoUsersEachDone() {
        api.bank(Banks.linxoTestBank())
                .listsAccounts("Compte courant", "Livret A")
                .transactionsPerAccount(7)
                .acceptsCredential("301", PASSWORD);
        kit = withStorage(OxlinKit.builder())
                .api(api)
                .encryptor(new FakeCredentialEncryptor(clock))
                .clock(clock)
                .build();
        alice = kit.createUser(ContractIds.fresh("alice") + "@host.example");
        bob = kit.createUser(ContractIds.fresh("bob") + "@host.example");
        alices = connect(alice);
        bobs = connect(bob);
        alicesAccount = kit.accounts(alices).get(0).id();
    }

    @Test
    void anotherUsersIdsReadAsNothing() {
        UserScope asBob = kit.forUser(bob);
        int callsBefore = api.calls().size();

        assertThat(asBob.owns(alices)).isFalse();
        assertThat(asBob.owns(alicesAccount)).isFalse();
        assertThat(asBob.nextStep(alices)).isEmpty();
        assertThat(asBob.nextSteps(alices)).isEmpty();
        assertThat(asBob.connection(alices)).isEmpty();
        assertThat(asBob.syncProgress(alices)).isEmpty();
        assertThat(asBob.accounts(alices)).isEmpty();
        assertThat(asBob.transactions(alicesAccount, 0, 100)).isEmpty();
        assertThat(api.calls().subList(callsBefore, api.calls().size()))
                .as("nothing asked of OXLIN")
                .isEmpty();
    }

    @Test
    void anotherUsersConnectionRefusesEveryChangeAsAnUnknownOne() {
        UserScope asBob = kit.forUser(bob);
        ConnectionId neverStored = ConnectionId.of(ContractIds.fresh("c"));
        List<Account> alicesAccountsBefore = kit.accounts(alices);
        long alicesTransactionsBefore = kit.transactions(alicesAccount, 0, 1000).size();
        int callsBefore = api.calls().size();

        for (ConnectionId target : List.of(alices, neverStored)) {
            assertUnknown(asBob.answerChallenge(target, ChallengeAnswer.ok(Map.of())));
            assertUnknown(asBob.giveConsent(target, List.of(ConsentDecision.decline(alicesAccount))));
            assertUnknown(asBob.refreshConnection(target));
            assertUnknown(asBob.updateCredentials(target, Banks.TEST_BANK_EMBEDDED, typed()));
            assertUnknown(asBob.addEmbeddedChannel(target, Banks.TEST_BANK_EMBEDDED, typed()));
            assertThat(asBob.reauthorize(target, Banks.TEST_BANK_EMBEDDED, CALLBACK))
                    .isInstanceOfSatisfying(
                            RedirectResult.Refused.class,
                            r -> assertThat(r.reason()).isEqualTo(StepResult.Reason.UNKNOWN_CONNECTION));
            assertThat(asBob.addRedirectChannel(target, Banks.TEST_BANK_EMBEDDED, CALLBACK))
                    .isInstanceOfSatisfying(
                            RedirectResult.Refused.class,
                            r -> assertThat(r.reason()).isEqualTo(StepResult.Reason.UNKNOWN_CONNECTION));
        }

        assertThat(api.calls().subList(callsBefore, api.calls().size()))
                .as("nothing reached OXLIN")
                .isEmpty();
        assertThat(kit.accounts(alices)).as("alice's accounts untouched").isEqualTo(alicesAccountsBefore);
        assertThat(kit.transactions(alicesAccount, 0, 1000))
                .as("alice's transactions untouched")
                .hasSize((int) alicesTransactionsBefore);
        assertThat(kit.forUser(alice).nextStep(alices))
                .as("alice's journey untouched")
                .isEqualTo(kit.nextStep(alices));
    }

    @Test
    void aRefusedChangeWipesTheValuesItWasGiven() {
        SecretValue password = SecretValue.of("bobs-guess");
        Map<CredentialId, SecretValue> values = new HashMap<>(Map.of(CredentialId.of("301"), password));
        kit.forUser(bob).updateCredentials(alices, Banks.TEST_BANK_EMBEDDED, values);
        assertThatThrownBy(password::length).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void eachUsersOwnIdsWorkAsThroughTheKit() {
        UserScope asAlice = kit.forUser(alice);
        UserScope asBob = kit.forUser(bob);
        assertThat(asAlice.owns(alices)).isTrue();
        assertThat(asAlice.owns(bobs)).isFalse();
        assertThat(asAlice.nextStep(alices)).isEqualTo(kit.nextStep(alices)).isPresent();
        assertThat(asAlice.accounts(alices)).isEqualTo(kit.accounts(alices)).hasSize(2);
        assertThat(asAlice.transactions(alicesAccount, 0, 100))
                .isEqualTo(kit.transactions(alicesAccount, 0, 100))
                .hasSize(7);
        AccountId bobsAccount = kit.accounts(bobs).get(0).id();
        assertThat(asBob.owns(bobsAccount)).isTrue();
        assertThat(asBob.transactions(bobsAccount, 0, 100)).hasSize(7);
        assertThat(asAlice.transactions(bobsAccount, 0, 100)).isEmpty();
    }

    private static void assertUnknown(StepResult result) {
        assertThat(result)
                .isInstanceOfSatisfying(
                        StepResult.Refused.class,
                        r -> assertThat(r.reason()).isEqualTo(StepResult.Reason.UNKNOWN_CONNECTION));
    }

    private static Map<CredentialId, SecretValue> typed() {
        return TestBankJourneys.form("bob", PASSWORD);
    }

    private ConnectionId connect(UserId user) {
        return TestBankJourneys.connectedUntilDone(kit, user, PASSWORD);
    }
}
