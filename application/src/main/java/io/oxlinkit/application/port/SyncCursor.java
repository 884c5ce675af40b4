package io.oxlinkit.application.port;

import io.oxlinkit.domain.id.AccountId;
import java.util.Objects;

/**
 * Where an account's transaction sync stands: the next page of a full read to fetch, or done, and the
 * checkpoint the syncs reached.
 *
 * @param accountId the account
 * @param nextPage the next page of a full read to fetch, from 1
 * @param complete whether the full read's last page was stored (later syncs are incremental)
 * @param checkpoint the newest dates seen, where an incremental sync starts its overlap windows
 */
public record SyncCursor(AccountId accountId, int nextPage, boolean complete, SyncCheckpoint checkpoint) {

    /** Requires a page from 1. */
    public SyncCursor {
        Objects.requireNonNull(accountId, "accountId must not be null");
        Objects.requireNonNull(checkpoint, "checkpoint must not be null");
        if (nextPage < 1) {
            throw new IllegalArgumentException("nextPage must be at least 1");
        }
    }

    /** A cursor with no checkpoint (nothing seen yet). */
    public SyncCursor(AccountId accountId, int nextPage, boolean complete) {
        this(accountId, nextPage, complete, SyncCheckpoint.none());
    }

    /** A sync that has not started. */
    public static SyncCursor start(AccountId accountId) {
        return new SyncCursor(accountId, 1, false);
    }
}
