package io.oxlinkit.domain.journey;

/** Why a host can only wait: each reason with a sentence a UI may show. */
public enum WaitReason {
    /** LIST_ACCOUNTS runs at the bank. */
    LISTING_ACCOUNTS("listing the accounts at the bank"),
    /** LIST_ACCOUNTS succeeded; the account list is being fetched. */
    FETCHING_ACCOUNTS("fetching the list of accounts"),
    /** SYNC_ALL runs at the bank. */
    SYNCHRONIZING("synchronizing account data"),
    /** SYNC_ALL succeeded; the library is storing (or will resume storing) its data. */
    STORING_DATA("storing the synchronized data"),
    /** The data sync stopped (a failure the kit retries with a backoff); the data is not complete yet. */
    DATA_SYNC_RETRYING("the data sync stopped; it is tried again shortly"),
    /** A challenge was asked; its prompt comes with the next event. */
    CHALLENGE_PROMPT_PENDING("a challenge waits; its prompt comes with the next event"),
    /** The last synchronization failed for a reason the user cannot fix; OXLIN retries on its schedule. */
    OXLIN_RETRIES("the synchronization failed for a reason the user cannot fix; OXLIN will retry");

    private final String description;

    WaitReason(String description) {
        this.description = description;
    }

    /** A sentence a UI may show. */
    public String description() {
        return description;
    }
}
