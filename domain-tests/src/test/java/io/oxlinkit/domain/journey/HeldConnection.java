package io.oxlinkit.domain.journey;

import io.oxlinkit.domain.account.Account;
import io.oxlinkit.domain.connection.Connection;
import io.oxlinkit.domain.event.Event;
import java.util.List;

/** What a host stores for a connection in these tests: its one snapshot and its journey, folded as the kit does. */
final class HeldConnection {

    Connection snapshot;
    Journey journey;

    HeldConnection(Connection snapshot, Journey journey) {
        this.snapshot = snapshot;
        this.journey = journey;
    }

    HeldConnection apply(Event event) {
        Connection current = journey.snapshotAfter(event, snapshot);
        journey = journey.apply(event, snapshot);
        snapshot = current;
        return this;
    }

    HeldConnection listed(List<Account> accounts) {
        if (journey.needsAccountList()) {
            journey = journey.accountsListed(accounts);
        }
        return this;
    }

    HeldConnection refreshed(Connection fresh) {
        snapshot = fresh;
        journey = journey.reconcile(fresh);
        return this;
    }

    NextStep next() {
        return journey.nextStep();
    }

    ChannelJourney state(io.oxlinkit.domain.id.ChannelDefinitionId channel) {
        return journey.track(channel).orElseThrow().state();
    }
}
