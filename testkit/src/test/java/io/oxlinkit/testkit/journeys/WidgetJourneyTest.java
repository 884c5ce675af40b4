package io.oxlinkit.testkit.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oxlinkit.application.OxlinKit;
import io.oxlinkit.application.StepResult;
import io.oxlinkit.domain.agreement.AgreementPolicy;
import io.oxlinkit.domain.agreement.Feature;
import io.oxlinkit.domain.agreement.NotPermittedByAgreementException;
import io.oxlinkit.domain.challenge.ChallengeAnswer;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.CredentialId;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.domain.journey.NextStep;
import io.oxlinkit.domain.secret.SecretValue;
import io.oxlinkit.domain.widget.WidgetOptions;
import io.oxlinkit.testkit.data.Banks;
import io.oxlinkit.testkit.fake.FakeClock;
import io.oxlinkit.testkit.fake.FakeCredentialEncryptor;
import io.oxlinkit.testkit.fake.FakeOxlinApi;
import io.oxlinkit.testkit.memory.InMemoryAdapters;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A host without a PSD2 agreement: full-API use cases refuse before any call; the widget connects banks. */
class WidgetJourneyTest {

    private final FakeClock clock = new FakeClock(Instant.parse("2026-11-27T10:00:00Z"));
    private final FakeOxlinApi api = new FakeOxlinApi(clock);
    private final InMemoryAdapters stores = InMemoryAdapters.create();
    private final OxlinKit kit = stores.plugInto(OxlinKit.builder())
            .api(api)
            .encryptor(new FakeCredentialEncryptor(clock))
            .clock(clock)
            .agreementPolicy(AgreementPolicy.withoutAgreement())
            .build();

    @Test
    void fullApiUseCasesRefuseBeforeAnyCall() {
        api.bank(Banks.linxoTestBank());
        UserId user = kit.createUser("nolicence@host.example");
        List<String> before = api.calls();
        Map<CredentialId, SecretValue> typed =
                Map.of(CredentialId.of("300"), SecretValue.of("a"), CredentialId.of("301"), SecretValue.of("secret"));
        assertThatThrownBy(() ->
                        kit.startEmbeddedConnection(user, Banks.linxoTestBank().id(), Banks.TEST_BANK_EMBEDDED, typed))
                .isInstanceOfSatisfying(
                        NotPermittedByAgreementException.class,
                        e -> assertThat(e.feature()).isEqualTo(Feature.FULL_API_AGGREGATION));
        assertThat(typed.values()).allMatch(SecretValue::isWiped);
        assertThatThrownBy(() -> kit.startRedirectConnection(
                        user,
                        Banks.linxoTestBank().id(),
                        Banks.TEST_BANK_REDIRECT,
                        URI.create("https://host.example/cb")))
                .isInstanceOf(NotPermittedByAgreementException.class);
        assertThatThrownBy(() -> kit.answerChallenge(ConnectionId.of("1"), ChallengeAnswer.ok()))
                .isInstanceOf(NotPermittedByAgreementException.class);
        assertThatThrownBy(() -> kit.giveConsent(ConnectionId.of("1"), List.of()))
                .isInstanceOf(NotPermittedByAgreementException.class);
        assertThatThrownBy(() -> kit.updateCredentials(ConnectionId.of("1"), Banks.TEST_BANK_EMBEDDED, Map.of()))
                .isInstanceOf(NotPermittedByAgreementException.class);
        assertThatThrownBy(() -> kit.reauthorize(
                        ConnectionId.of("1"), Banks.TEST_BANK_REDIRECT, URI.create("https://host.example/cb")))
                .isInstanceOf(NotPermittedByAgreementException.class);
        assertThat(api.calls()).isEqualTo(before);
    }

    @Test
    void theWidgetConnectsABankWithoutAnAgreement() {
        api.bank(Banks.linxoTestBank())
                .listsAccounts("Compte courant", "Livret A")
                .transactionsPerAccount(30);
        UserId user = kit.createUser("widget@host.example");
        URI url = kit.openWidget(user, WidgetOptions.defaults(URI.create("https://host.example/widget/done")))
                .url()
                .orElseThrow();
        assertThat(url.toString())
                .startsWith("https://widget.fake.example/add_connection?session_id=")
                .contains("&redirect_uri=https%3A%2F%2Fhost.example%2Fwidget%2Fdone")
                .contains("select_accounts=false");
        assertThatThrownBy(() -> kit.openWidget(
                        user, WidgetOptions.selectAccounts(URI.create("https://host.example/widget/done"), false)))
                .isInstanceOfSatisfying(
                        NotPermittedByAgreementException.class,
                        e -> assertThat(e.feature()).isEqualTo(Feature.CONSENT_PER_ACCOUNT));

        Map<String, String> callback =
                api.completeWidget(user, Banks.linxoTestBank().id());
        StepResult completed = kit.completeWidget(user, callback);
        ConnectionId connection = completed.connection().orElseThrow();
        kit.pumpEvents(user);
        assertThat(kit.nextStep(connection)).contains(new NextStep.Done(connection));
        assertThat(kit.accounts(connection))
                .hasSize(2)
                .allSatisfy(a -> assertThat(stores.transactions().count(a.id())).isEqualTo(30));
    }
}
