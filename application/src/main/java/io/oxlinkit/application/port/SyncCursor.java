package io.oxlinkit.application.port;

import io.oxlinkit.domain.id.AccountId;
import java.util.Objects;

/**
 * Where an account's transaction sync stands: the next page to fetch, or done.
 *
 * @param accountId the account
 * @param nextPage the next page to fetch, from 1
 * @param complete whether the last page was stored
 */
public record SyncCursor(AccountId accountId, int nextPage, boolean complete) {

    /** Requires a page from 1. */
    public SyncCursor {
        Objects.requireNonNull(accountId, "accountId must not be null");
        if (nextPage < 1) {
            throw new IllegalArgumentException("nextPage must be at least 1");
        }
    }

    /** A sync that has not started. */
    public static SyncCursor start(AccountId accountId) {
        return new SyncCursor(accountId, 1, false);
    }
}
