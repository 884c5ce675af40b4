package io.oxlinkit.application;

import io.oxlinkit.application.port.AccountStore;
import io.oxlinkit.application.port.ConnectionStore;
import io.oxlinkit.application.port.ConnectionsApi;
import io.oxlinkit.application.port.StoredConnection;
import io.oxlinkit.application.port.TransactionStore;
import io.oxlinkit.domain.agreement.AgreementPolicy;
import io.oxlinkit.domain.agreement.Feature;
import io.oxlinkit.domain.consent.Consent;
import io.oxlinkit.domain.consent.ConsentDecision;
import io.oxlinkit.domain.consent.ConsentRequest;
import io.oxlinkit.domain.id.AccountId;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.input.InputResult;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Forwards the user's per-account consent: every pending account decided once, {@code PUT consents},
 * declined accounts removed from the store (OXLIN deletes them too), and the journey moves to SYNC_ALL.
 */
public final class GiveConsent {

    private final AgreementPolicy policy;

    private final ConnectionStore store;
    private final ConnectionsApi api;
    private final AccountStore accounts;
    private final TransactionStore transactions;
    private final JourneyRecorder recorder;

    GiveConsent(
            ConnectionStore store,
            ConnectionsApi api,
            AccountStore accounts,
            TransactionStore transactions,
            JourneyRecorder recorder,
            AgreementPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy must not be null");
        this.store = Objects.requireNonNull(store, "store must not be null");
        this.api = Objects.requireNonNull(api, "api must not be null");
        this.accounts = Objects.requireNonNull(accounts, "accounts must not be null");
        this.transactions = Objects.requireNonNull(transactions, "transactions must not be null");
        this.recorder = Objects.requireNonNull(recorder, "recorder must not be null");
    }

    /** Sends the decisions for the connection's pending accounts. */
    public StepResult give(ConnectionId connectionId, List<ConsentDecision> decisions) {
        policy.require(Feature.FULL_API_AGGREGATION);
        policy.require(Feature.CONSENT_PER_ACCOUNT);
        Optional<StoredConnection> stored = store.find(connectionId);
        if (stored.isEmpty()) {
            return StepResult.refused(
                    StepResult.Reason.UNKNOWN_CONNECTION, "connection " + connectionId + " is not stored");
        }
        Optional<ConsentRequest> request = stored.get().journey().consentRequest();
        if (request.isEmpty()) {
            return StepResult.refused(
                    StepResult.Reason.NOT_AWAITING_CONSENT,
                    "connection " + connectionId + " does not wait for consent");
        }
        InputResult<Consent> checked = request.get().decide(decisions);
        if (checked instanceof InputResult.Rejected<Consent> rejected) {
            return new StepResult.InvalidInput(rejected.errors());
        }
        Consent consent = ((InputResult.Accepted<Consent>) checked).value();
        api.giveConsent(stored.get().userId(), consent);
        for (AccountId declined : consent.toBeDeleted()) {
            transactions.deleteByAccount(declined);
            accounts.delete(declined);
        }
        StoredConnection saved = recorder.update(
                        connectionId, c -> c.with(c.journey().consentGiven(c.connection())))
                .orElseThrow();
        return new StepResult.Proceeded(connectionId, saved.journey().nextStep());
    }
}
