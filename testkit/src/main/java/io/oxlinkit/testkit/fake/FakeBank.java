package io.oxlinkit.testkit.fake;

import io.oxlinkit.domain.connection.ChannelStatus;
import io.oxlinkit.domain.id.CredentialId;
import io.oxlinkit.domain.provider.AccountType;
import io.oxlinkit.domain.provider.Provider;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The script of one bank of the {@link FakeOxlinApi}: which challenges its synchronizations ask, which
 * accounts it lists, how many transactions each has, which credentials it accepts, and when it fails.
 * Reads as a sentence: {@code bank.listAccountsAsks(sms).listsAccounts("Checking", "Savings")
 * .acceptsCredential("3502", "password8").transactionsPerAccount(1200)}.
 */
public final class FakeBank {

    private final Provider provider;
    private final List<ChallengeStep> listAccountsSteps = new ArrayList<>();
    private final List<ChallengeStep> syncAllSteps = new ArrayList<>();
    private final Map<String, AccountType> accounts = new LinkedHashMap<>();
    private final Map<CredentialId, String> acceptedCredentials = new HashMap<>();
    private int transactionsPerAccount = 10;
    private Duration redirectValidity = Duration.ofDays(90);
    private ChannelStatus nextSyncFailure;
    private boolean changesHistory;
    private boolean reportsOwners;

    FakeBank(Provider provider) {
        this.provider = Objects.requireNonNull(provider, "provider must not be null");
    }

    /** The provider as the API lists it. */
    public Provider provider() {
        return provider;
    }

    /** LIST_ACCOUNTS asks these challenges, in order. */
    public FakeBank listAccountsAsks(List<ChallengeStep> steps) {
        listAccountsSteps.addAll(steps);
        return this;
    }

    /** SYNC_ALL asks these challenges, in order. */
    public FakeBank syncAllAsks(List<ChallengeStep> steps) {
        syncAllSteps.addAll(steps);
        return this;
    }

    /** LIST_ACCOUNTS lists accounts of these names (CHECKINGS), PENDING_CONSENT. */
    public FakeBank listsAccounts(String... names) {
        for (String name : names) {
            accounts.put(name, AccountType.CHECKINGS);
        }
        return this;
    }

    /** LIST_ACCOUNTS lists an account of this name and type. */
    public FakeBank listsAccount(String name, AccountType type) {
        accounts.put(name, type);
        return this;
    }

    /** The credential {@code id} must have this value (decrypted when encrypted), else AUTH_FAILED. */
    public FakeBank acceptsCredential(String id, String value) {
        acceptedCredentials.put(CredentialId.of(id), value);
        return this;
    }

    /** How many transactions each account serves. Default 10. */
    public FakeBank transactionsPerAccount(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative");
        }
        this.transactionsPerAccount = count;
        return this;
    }

    /** How long a REDIRECT authorization lasts. Default 90 days. */
    public FakeBank redirectValidity(Duration validity) {
        this.redirectValidity = Objects.requireNonNull(validity, "validity must not be null");
        return this;
    }

    /** The next synchronization (SYNC_ALL) fails with this channel status, once. */
    public FakeBank failNextSyncWith(ChannelStatus status) {
        this.nextSyncFailure = Objects.requireNonNull(status, "status must not be null");
        return this;
    }

    /**
     * The history changes on the fake's clock, as a bank's does: one day after an account is listed its
     * pending entries are booked (one under the same id, one under a new id, one vanishes), a label is
     * corrected and an old entry is imported late; two days after, the last account listed closes.
     */
    public FakeBank changesHistoryOverTime() {
        this.changesHistory = true;
        return this;
    }

    boolean changesHistory() {
        return changesHistory;
    }

    /**
     * Each connection's snapshot carries its owner once its accounts were listed, as OXLIN's does: a name,
     * address, birth date and phone number of that connection's own ({@code "Owner <connection id>"}...).
     */
    public FakeBank reportsOwners() {
        this.reportsOwners = true;
        return this;
    }

    boolean ownersReported() {
        return reportsOwners;
    }

    List<ChallengeStep> listAccountsSteps() {
        return listAccountsSteps;
    }

    List<ChallengeStep> syncAllSteps() {
        return syncAllSteps;
    }

    Map<String, AccountType> accounts() {
        return accounts;
    }

    Map<CredentialId, String> acceptedCredentials() {
        return acceptedCredentials;
    }

    int transactionsPerAccount() {
        return transactionsPerAccount;
    }

    Duration redirectValidity() {
        return redirectValidity;
    }

    Optional<ChannelStatus> takeNextSyncFailure() {
        Optional<ChannelStatus> failure = Optional.ofNullable(nextSyncFailure);
        nextSyncFailure = null;
        return failure;
    }
}
