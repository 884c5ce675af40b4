package io.oxlinkit.domain.agreement;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a host may do, from the guide's regulatory table:
 *
 * <pre>
 *                                                      PSD2 agreement   no agreement
 * Create user outside widgets                                YES            YES
 * End user has to validate OXLIN terms and conditions        NO             YES
 * Can customize widgets (color)                              YES            NO
 * Removal of OXLIN logos                                     YES            NO
 * Do aggregation in full API mode                            YES            NO
 * User can consent per accounts                              YES            NO
 * </pre>
 *
 * Use cases ask it first: a host without an agreement calling a full-API use case gets a
 * {@link NotPermittedByAgreementException} before any call to OXLIN.
 */
public final class AgreementPolicy {

    private final boolean agreement;
    private final Set<Feature> allowed;

    private AgreementPolicy(boolean agreement, Set<Feature> allowed) {
        this.agreement = agreement;
        this.allowed = allowed;
    }

    /** A host holding its own PSD2 (AIS/PIS) agreement: everything in the table is allowed. */
    public static AgreementPolicy withPsd2Agreement() {
        return new AgreementPolicy(true, EnumSet.allOf(Feature.class));
    }

    /** A host without an agreement: only creating users outside widgets; everything else through the widget. */
    public static AgreementPolicy withoutAgreement() {
        return new AgreementPolicy(false, EnumSet.of(Feature.CREATE_USERS_OUTSIDE_WIDGETS));
    }

    /** Whether the host holds an agreement. */
    public boolean hasAgreement() {
        return agreement;
    }

    /** Whether the feature is allowed. */
    public boolean allows(Feature feature) {
        return allowed.contains(feature);
    }

    /** Whether end users must validate OXLIN's terms and conditions (the table's second row). */
    public boolean endUserMustValidateOxlinTerms() {
        return !allows(Feature.SKIP_OXLIN_TERMS);
    }

    /** Throws when the feature is not allowed. */
    public void require(Feature feature) {
        if (!allows(feature)) {
            throw new NotPermittedByAgreementException(feature);
        }
    }

    @Override
    public String toString() {
        return agreement ? "AgreementPolicy[PSD2 agreement]" : "AgreementPolicy[no agreement]";
    }
}
