package io.oxlinkit.testkit.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import io.oxlinkit.application.HealthItem;
import io.oxlinkit.application.StepResult;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.CredentialId;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.domain.journey.NextStep;
import io.oxlinkit.domain.secret.SecretValue;
import io.oxlinkit.testkit.data.Banks;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Journey (c): a later AUTH_FAILED detected and repaired; an expiring redirect channel renewed. */
class ChannelLifecycleJourneyTest {

    private static List<HealthItem> urgent(List<HealthItem> items) {
        return items.stream().filter(HealthItem::urgent).toList();
    }

    @Test
    void anEmptyChannelOfAConnectionIsReportedAndAdded() {
        KitHarness harness = new KitHarness();
        harness.api.bank(Banks.hsbc()).listsAccounts("Compte chèques").transactionsPerAccount(3);
        UserId user = harness.kit.createUser("fay@host.example");
        ConnectionId connection = RedirectJourneyTest.connect(harness, user);

        List<HealthItem> issues = harness.kit.refreshHealth();
        assertThat(urgent(issues)).isEmpty();
        assertThat(issues)
                .singleElement()
                .satisfies(item -> assertThat(item.step())
                        .isInstanceOfSatisfying(
                                NextStep.AddChannel.class,
                                add -> assertThat(add.channel()).isEqualTo(Banks.HSBC_EMBEDDED)));
        // ...but only once the host chooses to show it; the connection itself stays Done.
        assertThat(harness.next(connection)).isInstanceOf(NextStep.Done.class);

        StepResult added = harness.kit.addEmbeddedChannel(
                connection,
                Banks.HSBC_EMBEDDED,
                Map.of(
                        CredentialId.of("3500"), SecretValue.of("john.doe7"),
                        CredentialId.of("3501"), SecretValue.of("reponse"),
                        CredentialId.of("3502"), SecretValue.of("password8")));
        assertThat(added).isInstanceOf(StepResult.Proceeded.class);
        assertThat(harness.api.received())
                .filteredOn(r -> r.id().equals(CredentialId.of("3502")))
                .allSatisfy(r -> assertThat(r.encrypted()).isTrue());
    }

    @Test
    void twoInstancesShareTheRefreshOfAHealthCheck() {
        KitHarness harness = new KitHarness();
        harness.api.bank(Banks.hsbc()).listsAccounts("Compte chèques").transactionsPerAccount(1);
        UserId user = harness.kit.createUser("gus@host.example");
        ConnectionId connection = RedirectJourneyTest.connect(harness, user);
        io.oxlinkit.application.OxlinKit second = harness.stores
                .plugInto(io.oxlinkit.application.OxlinKit.builder())
                .api(harness.api)
                .encryptor(new io.oxlinkit.testkit.fake.FakeCredentialEncryptor(harness.clock))
                .clock(harness.clock)
                .workerId("second")
                .build();
        long before = harness.api.count("GET /connections/" + connection);
        assertThat(urgent(harness.kit.refreshHealth())).isEmpty();
        assertThat(urgent(second.refreshHealth())).isEmpty();
        assertThat(harness.api.count("GET /connections/" + connection))
                .as("one instance refreshed it")
                .isEqualTo(before + 1);
        harness.clock.advance(Duration.ofMinutes(2));
        second.refreshHealth();
        assertThat(harness.api.count("GET /connections/" + connection))
                .as("the lease lapsed")
                .isEqualTo(before + 2);
    }
}
