package io.oxlinkit.domain.agreement;

/**
 * A host without the needed PSD2 agreement asked for something only licensed hosts may do. Names the
 * rule of the guide's regulatory table; thrown before any call to OXLIN.
 */
public final class NotPermittedByAgreementException extends RuntimeException {

    private final transient Feature feature;

    /** Creates the exception. */
    public NotPermittedByAgreementException(Feature feature) {
        super("not permitted without a PSD2 (AIS/PIS) agreement: " + describe(feature)
                + " (the guide's regulatory table); integrate through OXLIN's widget instead");
        this.feature = feature;
    }

    /** The rule that refused. */
    public Feature feature() {
        return feature;
    }

    private static String describe(Feature feature) {
        return switch (feature) {
            case CREATE_USERS_OUTSIDE_WIDGETS -> "creating users outside widgets";
            case SKIP_OXLIN_TERMS -> "letting end users skip OXLIN's terms and conditions";
            case CUSTOMIZE_WIDGETS -> "customizing the widgets";
            case REMOVE_OXLIN_LOGOS -> "removing OXLIN's logos";
            case FULL_API_AGGREGATION -> "aggregating in full-API mode";
            case CONSENT_PER_ACCOUNT -> "letting users consent per account";
        };
    }
}
