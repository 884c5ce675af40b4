package io.oxlinkit.testkit.readme;

import static org.assertj.core.api.Assertions.assertThat;

import io.oxlinkit.application.OxlinKit;
import io.oxlinkit.application.StepResult;
import io.oxlinkit.domain.challenge.ChallengeAnswer;
import io.oxlinkit.domain.consent.ConsentDecision;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.CredentialId;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.domain.journey.NextStep;
import io.oxlinkit.domain.secret.SecretValue;
import io.oxlinkit.testkit.data.Banks;
import io.oxlinkit.testkit.fake.FakeClock;
import io.oxlinkit.testkit.fake.FakeCredentialEncryptor;
import io.oxlinkit.testkit.fake.FakeOxlinApi;
import io.oxlinkit.testkit.fake.GuideChallenges;
import io.oxlinkit.testkit.memory.InMemoryAdapters;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The example of the README, compiled and run so it never drifts from the API. */
class ReadmeExampleTest {

    @Test
    void hostConnectsABankWithAnSmsChallenge() {
        FakeClock clock = new FakeClock(Instant.parse("2026-11-27T10:00:00Z"));
        FakeOxlinApi api = new FakeOxlinApi(clock);
        api.bank(Banks.linxoTestBank()) // bank 87: login 300, password 301 (encrypt:true)
                .listAccountsAsks(GuideChallenges.sms("0606060606", "123456", 3))
                .listsAccounts("Compte courant", "Livret A");
        OxlinKit kit = InMemoryAdapters.create()
                .plugInto(OxlinKit.builder())
                .api(api)
                .encryptor(new FakeCredentialEncryptor(clock))
                .clock(clock)
                .build();

        UserId user = kit.createUser("alice@host.example");
        StepResult started = kit.startEmbeddedConnection(
                user,
                Banks.linxoTestBank().id(),
                Banks.TEST_BANK_EMBEDDED,
                Map.of(
                        CredentialId.of("300"),
                        SecretValue.of("alice"),
                        CredentialId.of("301"),
                        SecretValue.of("s3cret")));
        ConnectionId connection = started.connection().orElseThrow();

        NextStep step = null;
        for (int round = 0; round < 10 && !(step instanceof NextStep.Done); round++) {
            kit.pumpEvents(user); // a host runs this on a schedule
            step = kit.nextStep(connection).orElseThrow();
            if (step instanceof NextStep.AnswerChallenge challenge) {
                kit.answerChallenge(
                        connection,
                        challenge.prompt().inputs().isEmpty()
                                ? ChallengeAnswer.ok()
                                : ChallengeAnswer.ok(Map.of(CredentialId.of("306"), SecretValue.of("123456"))));
            } else if (step instanceof NextStep.CollectConsent consent) {
                kit.giveConsent(
                        connection,
                        consent.request().pendingAccounts().stream()
                                .map(account -> ConsentDecision.grant(account.id()))
                                .toList());
            }
        }
        assertThat(step).isEqualTo(new NextStep.Done(connection));
        assertThat(kit.accounts(connection)).hasSize(2);
    }
}
