package io.oxlinkit.domain.consent;

import static org.assertj.core.api.Assertions.assertThat;

import io.oxlinkit.domain.GuideSamples;
import io.oxlinkit.domain.account.AccountStatus;
import io.oxlinkit.domain.id.AccountId;
import io.oxlinkit.domain.input.FieldError;
import io.oxlinkit.domain.input.InputResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rule 7: every pending account decided exactly once. */
class ConsentRequestTest {

    private final ConsentRequest request = new ConsentRequest(
            GuideSamples.CONNECTION,
            List.of(
                    GuideSamples.account("a1", AccountStatus.PENDING_CONSENT),
                    GuideSamples.account("a2", AccountStatus.PENDING_CONSENT),
                    GuideSamples.account("a3", AccountStatus.ACTIVE)));

    private static List<FieldError> errors(InputResult<Consent> result) {
        return ((InputResult.Rejected<Consent>) result).errors();
    }

    @Test
    void onlyPendingAccountsAreAsked() {
        assertThat(request.pendingAccounts()).extracting(a -> a.id().value()).containsExactly("a1", "a2");
    }

    @Test
    void completeDecisionsAreAcceptedAndDeclinedAccountsAreToBeDeleted() {
        Consent consent = request.decide(
                        List.of(ConsentDecision.grant(AccountId.of("a1")), ConsentDecision.decline(AccountId.of("a2"))))
                .orElseThrow();
        assertThat(consent.granted()).containsExactly(AccountId.of("a1"));
        assertThat(consent.toBeDeleted()).containsExactly(AccountId.of("a2"));
    }

    @Test
    void unknownAccountIsRejected() {
        InputResult<Consent> result = request.decide(List.of(
                ConsentDecision.grant(AccountId.of("a1")),
                ConsentDecision.grant(AccountId.of("a2")),
                ConsentDecision.grant(AccountId.of("a3"))));
        assertThat(errors(result))
                .extracting(FieldError::field, FieldError::problem)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a3", FieldError.Problem.UNKNOWN_FIELD));
    }

    @Test
    void duplicateAccountIsRejected() {
        InputResult<Consent> result = request.decide(List.of(
                ConsentDecision.grant(AccountId.of("a1")),
                ConsentDecision.decline(AccountId.of("a1")),
                ConsentDecision.grant(AccountId.of("a2"))));
        assertThat(errors(result)).extracting(FieldError::problem).containsExactly(FieldError.Problem.DUPLICATE);
    }

    @Test
    void undecidedAccountIsRejected() {
        InputResult<Consent> result = request.decide(List.of(ConsentDecision.grant(AccountId.of("a1"))));
        assertThat(errors(result))
                .extracting(FieldError::field, FieldError::problem)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a2", FieldError.Problem.MISSING));
    }
}
