package io.oxlinkit.testkit.contract.api;

/**
 * The banks the API contract needs, by the behaviour it checks on them. Each emulator maps every role
 * to one of its own banks (docs/testkit.md and docs/sandbox.md list which).
 */
public enum BankRole {
    /**
     * The guide's test bank 87: a REDIRECT channel and an interactive EMBEDDED channel whose
     * LIST_ACCOUNTS asks the guide's SMS sequence (303/304, then 305/306/308/307, 309 after a wrong
     * code, 3 attempts, code {@code 123456}, 120 seconds to answer).
     */
    SMS_CHALLENGE,
    /**
     * The guide's HSBC sample: a REDIRECT and a non-interactive EMBEDDED channel over different account
     * types, each listing at least one account.
     */
    TWO_CHANNELS,
    /** An EMBEDDED channel with a required credential and one whose pattern accepts the empty value. */
    OPTIONAL_CREDENTIAL,
    /**
     * A non-interactive EMBEDDED channel listing at least two accounts whose history changes on the
     * emulator's clock: within two days of the listing, a PENDING entry turns BOOKED with its id, another
     * is replaced by a BOOKED entry with a new id (same amount and label), another vanishes, a booked
     * entry's label is corrected, an entry dated before the listing is imported late, and an account closes.
     */
    CHANGING_HISTORY,
    /** An EMBEDDED channel whose LIST_ACCOUNTS asks one prompt with TEXT, PWD, NUMERIC_PWD and DATE inputs and OK_CANCEL. */
    EVERY_CHALLENGE_TYPE,
    /** A provider OXLIN marks unavailable: it refuses new connections. */
    UNAVAILABLE
}
