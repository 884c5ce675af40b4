package io.oxlinkit.domain.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every cell of the guide's regulatory table. */
class AgreementPolicyTest {

    @ParameterizedTest(name = "{0}: with agreement {1}, without {2}")
    @CsvSource({
        "CREATE_USERS_OUTSIDE_WIDGETS, YES, YES",
        "SKIP_OXLIN_TERMS,             YES, NO",
        "CUSTOMIZE_WIDGETS,            YES, NO",
        "REMOVE_OXLIN_LOGOS,           YES, NO",
        "FULL_API_AGGREGATION,         YES, NO",
        "CONSENT_PER_ACCOUNT,          YES, NO"
    })
    void theTableDecidesEachFeature(Feature feature, String withAgreement, String withoutAgreement) {
        assertThat(AgreementPolicy.withPsd2Agreement().allows(feature)).isEqualTo(withAgreement.equals("YES"));
        assertThat(AgreementPolicy.withoutAgreement().allows(feature)).isEqualTo(withoutAgreement.equals("YES"));
        if (withoutAgreement.equals("NO")) {
            assertThatThrownBy(() -> AgreementPolicy.withoutAgreement().require(feature))
                    .isInstanceOfSatisfying(
                            NotPermittedByAgreementException.class,
                            e -> assertThat(e.feature()).isEqualTo(feature))
                    .hasMessageContaining("PSD2");
        }
        AgreementPolicy.withPsd2Agreement().require(feature);
    }

    @ParameterizedTest(name = "end user validates OXLIN terms: with agreement {0}, without {1}")
    @CsvSource("NO, YES")
    void endUsersValidateOxlinTermsOnlyWithoutAnAgreement(String withAgreement, String withoutAgreement) {
        assertThat(AgreementPolicy.withPsd2Agreement().endUserMustValidateOxlinTerms())
                .isEqualTo(withAgreement.equals("YES"));
        assertThat(AgreementPolicy.withoutAgreement().endUserMustValidateOxlinTerms())
                .isEqualTo(withoutAgreement.equals("YES"));
    }
}
