package io.oxlinkit.domain.journey;

/** Where a connection stands in its first synchronizations, in order. */
public enum Stage {
    /** LIST_ACCOUNTS is running (possibly waiting on a challenge). */
    LISTING_ACCOUNTS,
    /** Accounts are listed and wait for the user's consent. */
    AWAITING_CONSENT,
    /** SYNC_ALL is running (possibly waiting on a challenge). */
    SYNCHRONIZING,
    /** SYNC_ALL succeeded at OXLIN: the library is storing the data (or will resume storing it). */
    STORING_DATA,
    /** SYNC_ALL succeeded and its data is stored. */
    SYNCHRONIZED
}
