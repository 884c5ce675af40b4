package io.oxlinkit.testkit.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import io.oxlinkit.application.usecase.CheckChannelHealth;
import io.oxlinkit.application.usecase.StepResult;
import io.oxlinkit.domain.connection.ChannelStatus;
import io.oxlinkit.domain.consent.ConsentDecision;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.CredentialId;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.domain.journey.NextStep;
import io.oxlinkit.domain.secret.SecretValue;
import io.oxlinkit.testkit.data.Banks;
import io.oxlinkit.testkit.fake.FakeBank;
import io.oxlinkit.testkit.fake.GuideChallenges;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Journey (c): a later AUTH_FAILED detected and repaired; an expiring redirect channel renewed. */
class ChannelLifecycleJourneyTest {

    private static List<CheckChannelHealth.HealthItem> urgent(List<CheckChannelHealth.HealthItem> items) {
        return items.stream().filter(CheckChannelHealth.HealthItem::urgent).toList();
    }

    @Test
    void aLaterAuthFailedIsDetectedByTheHealthCheckAndRepaired() {
        KitHarness harness = new KitHarness();
        FakeBank bank = harness.api.bank(Banks.linxoTestBank())
                .listAccountsAsks(GuideChallenges.sms("0606060606", "123456", 3))
                .listsAccounts("Compte courant", "Livret A")
                .acceptsCredential("301", EmbeddedJourneyTest.PASSWORD);
        UserId user = harness.kit.createUser("dave@host.example");
        ConnectionId connection = EmbeddedJourneyTest.connectUntilConsent(harness, user);
        NextStep.CollectConsent consent = (NextStep.CollectConsent) harness.next(connection);
        harness.kit.giveConsent(connection, consent.request().pendingAccounts().stream().map(a -> ConsentDecision.grant(a.id())).toList());
        assertThat(harness.pumpAndNext(user, connection)).isInstanceOf(NextStep.Done.class);
        assertThat(urgent(harness.kit.checkHealth(false))).isEmpty();

        // The user changed the password at the bank: OXLIN's next sync fails.
        bank.failNextSyncWith(ChannelStatus.AUTH_FAILED);
        harness.api.triggerSync(connection);
        assertThat(harness.pumpAndNext(user, connection)).isInstanceOfSatisfying(NextStep.FixCredentials.class,
                fix -> assertThat(fix.maskedCredentials()).extracting(m -> m.maskedValue()).containsExactly("**ce"));

        List<CheckChannelHealth.HealthItem> issues = urgent(harness.kit.checkHealth(false));
        assertThat(issues).singleElement().satisfies(item -> {
            assertThat(item.issue().connectionId()).isEqualTo(connection);
            assertThat(item.step()).isInstanceOf(NextStep.FixCredentials.class);
        });

        // A wrong new password is refused by the bank again...
        StepResult wrong = harness.kit.updateCredentials(connection, Banks.TEST_BANK_EMBEDDED,
                EmbeddedJourneyTest.credentials("alice", "still-wrong"));
        assertThat(wrong).isInstanceOf(StepResult.Proceeded.class);
        assertThat(harness.pumpAndNext(user, connection)).isInstanceOf(NextStep.FixCredentials.class);

        // ...the right one repairs the channel.
        harness.kit.updateCredential(connection, Banks.TEST_BANK_EMBEDDED, CredentialId.of("301"),
                SecretValue.of(EmbeddedJourneyTest.PASSWORD));
        assertThat(harness.pumpAndNext(user, connection)).isInstanceOf(NextStep.Done.class);
        assertThat(urgent(harness.kit.checkHealth(true))).isEmpty();
        assertThat(harness.api.channelStatus(connection, Banks.TEST_BANK_EMBEDDED)).isEqualTo(ChannelStatus.SUCCESS);
    }

    @Test
    void anExpiringRedirectChannelIsRenewedWithReauthorize() {
        KitHarness harness = new KitHarness();
        harness.api.bank(Banks.hsbc()).listsAccounts("Compte chèques").redirectValidity(Duration.ofDays(90));
        UserId user = harness.kit.createUser("erin@host.example");
        ConnectionId connection = RedirectJourneyTest.connect(harness, user);
        assertThat(urgent(harness.kit.checkHealth(true))).isEmpty();

        harness.clock.advance(Duration.ofDays(85));
        List<CheckChannelHealth.HealthItem> expiring = urgent(harness.kit.checkHealth(true));
        assertThat(expiring).singleElement().satisfies(item ->
                assertThat(item.step()).isInstanceOfSatisfying(NextStep.RenewBeforeExpiry.class,
                        renew -> assertThat(renew.channel()).isEqualTo(Banks.HSBC_REDIRECT)));

        StepResult reauthorize = harness.kit.reauthorize(connection, Banks.HSBC_REDIRECT, RedirectJourneyTest.CALLBACK);
        NextStep.RedirectUser redirect = (NextStep.RedirectUser) ((StepResult.Proceeded) reauthorize).next();
        assertThat(harness.api.calls()).last().asString().contains("authorize_url");
        Map<String, String> callback = harness.api.completeAuthorization(redirect.url());
        assertThat(callback).containsEntry("connection_id", connection.value());
        assertThat(harness.kit.completeRedirect(user, callback)).isInstanceOf(StepResult.Proceeded.class);
        assertThat(urgent(harness.kit.checkHealth(true))).isEmpty();
        assertThat(harness.next(connection)).isInstanceOf(NextStep.Done.class);
    }

    @Test
    void anEmptyChannelOfAConnectionIsReportedAndAdded() {
        KitHarness harness = new KitHarness();
        harness.api.bank(Banks.hsbc()).listsAccounts("Compte chèques").transactionsPerAccount(3);
        UserId user = harness.kit.createUser("fay@host.example");
        ConnectionId connection = RedirectJourneyTest.connect(harness, user);

        List<CheckChannelHealth.HealthItem> issues = harness.kit.checkHealth(true);
        assertThat(urgent(issues)).isEmpty();
        assertThat(issues).singleElement().satisfies(item -> assertThat(item.step()).isInstanceOfSatisfying(
                NextStep.AddChannel.class, add -> assertThat(add.channel()).isEqualTo(Banks.HSBC_EMBEDDED)));
        // ...but only once the host chooses to show it; the connection itself stays Done.
        assertThat(harness.next(connection)).isInstanceOf(NextStep.Done.class);

        StepResult added = harness.kit.addEmbeddedChannel(connection, Banks.HSBC_EMBEDDED, Map.of(
                CredentialId.of("3500"), SecretValue.of("john.doe7"),
                CredentialId.of("3501"), SecretValue.of("reponse"),
                CredentialId.of("3502"), SecretValue.of("password8")));
        assertThat(added).isInstanceOf(StepResult.Proceeded.class);
        assertThat(harness.api.received()).filteredOn(r -> r.id().equals(CredentialId.of("3502")))
                .allSatisfy(r -> assertThat(r.encrypted()).isTrue());
    }

    @Test
    void twoInstancesShareTheRefreshOfAHealthCheck() {
        KitHarness harness = new KitHarness();
        harness.api.bank(Banks.hsbc()).listsAccounts("Compte chèques").transactionsPerAccount(1);
        UserId user = harness.kit.createUser("gus@host.example");
        ConnectionId connection = RedirectJourneyTest.connect(harness, user);
        io.oxlinkit.application.OxlinKit second = harness.stores.plugInto(io.oxlinkit.application.OxlinKit.builder()).api(harness.api)
                .encryptor(new io.oxlinkit.testkit.fake.FakeCredentialEncryptor(harness.clock)).clock(harness.clock).workerId("second").build();
        long before = harness.api.count("GET /connections/" + connection);
        assertThat(urgent(harness.kit.checkHealth(true))).isEmpty();
        assertThat(urgent(second.checkHealth(true))).isEmpty();
        assertThat(harness.api.count("GET /connections/" + connection)).as("one instance refreshed it").isEqualTo(before + 1);
        harness.clock.advance(Duration.ofMinutes(2));
        second.checkHealth(true);
        assertThat(harness.api.count("GET /connections/" + connection)).as("the lease lapsed").isEqualTo(before + 2);
    }
}
