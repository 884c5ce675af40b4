package io.oxlinkit.application;

import java.util.List;

/**
 * What one round of the fleet's work did.
 *
 * @param usersPumped users whose queue this instance pumped this round (others were pumped by another instance)
 * @param connectionsRefreshed connections read from the API this round, within their daily budget
 * @param failures users or connections whose work stopped (it is tried again next round)
 * @param needingUsers the channels needing their users (refused credentials, renewals ahead of expiry...)
 * @param housekeeping what this round purged (nothing when another instance, or a round of the last hour, did it)
 */
public record FleetReport(
        int usersPumped,
        int connectionsRefreshed,
        int failures,
        List<HealthItem> needingUsers,
        Housekeeping.Report housekeeping) {

    /** Copies the list. */
    public FleetReport {
        needingUsers = List.copyOf(needingUsers);
        java.util.Objects.requireNonNull(housekeeping, "housekeeping must not be null");
    }
}
