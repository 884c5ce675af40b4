package io.oxlinkit.domain.event;

/** The two synchronizations of a new connection, in the order they happen. */
public enum SyncPhase {
    /** At creation: lists the accounts reachable through the channel; stores nothing. */
    LIST_ACCOUNTS,
    /** After consent (and on OXLIN's schedule): fetches account data and transactions. */
    SYNC_ALL,
    /** An event this version cannot place. */
    UNKNOWN
}
