package io.oxlinkit.domain.journey;

/** Where a connection stands in its first synchronizations, in order. */
public enum Stage {
    /** LIST_ACCOUNTS is running (possibly waiting on a challenge). */
    LISTING_ACCOUNTS,
    /** Accounts are listed and wait for the user's consent. */
    AWAITING_CONSENT,
    /** SYNC_ALL is running (possibly waiting on a challenge). */
    SYNCHRONIZING,
    /** SYNC_ALL succeeded: data is available. */
    SYNCHRONIZED
}
