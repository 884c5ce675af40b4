package io.oxlinkit.domain.agreement;

/** The rows of the guide's regulatory table: what a host may do, depending on its PSD2 agreement. */
public enum Feature {
    /** Create OXLIN users outside the widgets (YES with or without an agreement). */
    CREATE_USERS_OUTSIDE_WIDGETS,
    /** Let end users skip OXLIN's terms and conditions (with an agreement they do not have to validate them). */
    SKIP_OXLIN_TERMS,
    /** Customize the widgets' colours. */
    CUSTOMIZE_WIDGETS,
    /** Remove OXLIN's logos. */
    REMOVE_OXLIN_LOGOS,
    /** Aggregate in full-API mode (the host builds forms, answers challenges, drives connections). */
    FULL_API_AGGREGATION,
    /** Let users consent per account. */
    CONSENT_PER_ACCOUNT
}
