package io.oxlinkit.domain.consent;

import io.oxlinkit.domain.id.AccountId;
import java.util.Objects;

/**
 * The user's decision on one account: share it ({@code granted}) or not (OXLIN then deletes it).
 *
 * @param accountId the account
 * @param granted whether the user agrees to share it
 */
public record ConsentDecision(AccountId accountId, boolean granted) {

    /** Requires the account. */
    public ConsentDecision {
        Objects.requireNonNull(accountId, "accountId must not be null");
    }

    /** The user shares this account. */
    public static ConsentDecision grant(AccountId accountId) {
        return new ConsentDecision(accountId, true);
    }

    /** The user does not share this account. */
    public static ConsentDecision decline(AccountId accountId) {
        return new ConsentDecision(accountId, false);
    }
}
