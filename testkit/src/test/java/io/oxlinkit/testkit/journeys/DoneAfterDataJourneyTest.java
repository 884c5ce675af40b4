package io.oxlinkit.testkit.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import io.oxlinkit.application.OxlinKit;
import io.oxlinkit.application.StepResult;
import io.oxlinkit.domain.account.Account;
import io.oxlinkit.domain.consent.ConsentDecision;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.domain.journey.NextStep;
import io.oxlinkit.testkit.data.Banks;
import io.oxlinkit.testkit.fake.FakeClock;
import io.oxlinkit.testkit.fake.FakeCredentialEncryptor;
import io.oxlinkit.testkit.fake.FakeOxlinApi;
import io.oxlinkit.testkit.memory.InMemoryAdapters;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Done is said, and the listener told, only once the last SYNC_ALL's data is stored; a stopped sync resumes. */
class DoneAfterDataJourneyTest {

    private static final int HISTORY = 1234;

    private final FakeClock clock = new FakeClock(Instant.parse("2026-11-27T10:00:00Z"));
    private final FakeOxlinApi api = new FakeOxlinApi(clock);
    private final InMemoryAdapters stores = InMemoryAdapters.create();
    /** For each Done announced: how many transactions were stored at that moment. */
    private final List<Long> storedWhenDone = new ArrayList<>();

    private OxlinKit kit;
    private UserId user;

    @BeforeEach
    void setUp() {
        api.bank(Banks.hsbc()).listsAccounts("Compte chèques").transactionsPerAccount(HISTORY);
        kit = stores.plugInto(OxlinKit.builder())
                .api(api)
                .encryptor(new FakeCredentialEncryptor(clock))
                .clock(clock)
                .listener((u, connection, step) -> {
                    if (step instanceof NextStep.Done) {
                        storedWhenDone.add(kit.accounts(connection).stream()
                                .mapToLong(a -> stores.transactions().count(a.id()))
                                .sum());
                    }
                })
                .build();
        user = kit.createUser("frank@host.example");
    }

    private ConnectionId consented() {
        var outcome =
                kit.startRedirectConnection(user, Banks.hsbc().id(), Banks.HSBC_REDIRECT, RedirectJourneyTest.CALLBACK);
        StepResult completed = kit.completeRedirect(
                user, api.completeAuthorization(outcome.url().orElseThrow()));
        ConnectionId connection = completed.connection().orElseThrow();
        kit.pumpEvents(user);
        NextStep consent = kit.nextStep(connection).orElseThrow();
        List<Account> pending =
                consent instanceof NextStep.CollectConsent c ? c.request().pendingAccounts() : List.of();
        kit.giveConsent(
                connection,
                pending.stream().map(a -> ConsentDecision.grant(a.id())).toList());
        return connection;
    }

    @Test
    void theListenerHearsDoneOnlyWithTheWholeHistoryStored() {
        ConnectionId connection = consented();
        kit.pumpEvents(user);
        assertThat(kit.nextStep(connection)).contains(new NextStep.Done(connection));
        assertThat(storedWhenDone).containsExactly((long) HISTORY);
    }

    @Test
    void aSyncThatStoppedLeavesAWaitNeverDoneAndAPumpAfterItsBackoffResumesIt() {
        ConnectionId connection = consented();
        stores.transactions().failures().failNext(1);
        kit.pumpEvents(user);
        assertThat(kit.nextStep(connection).orElseThrow())
                .isInstanceOfSatisfying(
                        NextStep.Wait.class,
                        wait -> assertThat(wait.reason())
                                .isEqualTo(io.oxlinkit.domain.journey.WaitReason.DATA_SYNC_RETRYING));
        assertThat(storedWhenDone).isEmpty();
        clock.advance(java.time.Duration.ofSeconds(30));
        kit.pumpEvents(user);
        assertThat(kit.nextStep(connection)).contains(new NextStep.Done(connection));
        assertThat(storedWhenDone).containsExactly((long) HISTORY);
    }

    @Test
    void aLaterScheduledSyncIsDoneAgainOnlyOnceItsDataIsStored() {
        ConnectionId connection = consented();
        kit.pumpEvents(user);
        api.triggerSync(connection);
        stores.transactions().failures().failNext(1);
        kit.pumpEvents(user);
        assertThat(kit.nextStep(connection).orElseThrow()).isInstanceOf(NextStep.Wait.class);
        clock.advance(java.time.Duration.ofSeconds(30));
        kit.pumpEvents(user);
        assertThat(kit.nextStep(connection)).contains(new NextStep.Done(connection));
        assertThat(storedWhenDone).hasSize(2).allMatch(n -> n == HISTORY);
    }
}
