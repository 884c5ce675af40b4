package io.oxlinkit.sandbox;

import java.util.Locale;

/** The two kinds of synchronization job: LIST_ACCOUNTS at creation, SYNC_ALL after consent and on OXLIN's schedule. */
enum Phase {
    LIST_ACCOUNTS,
    SYNC_ALL;

    String eventType(String outcome) {
        return name() + "_" + outcome;
    }

    /** The name of the event property that carries a challenge ({@code list_accounts_user_input_requested}). */
    String challengeProperty() {
        return name().toLowerCase(Locale.ROOT) + "_user_input_requested";
    }
}
