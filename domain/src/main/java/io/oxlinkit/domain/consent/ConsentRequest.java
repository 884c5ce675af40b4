package io.oxlinkit.domain.consent;

import io.oxlinkit.domain.account.Account;
import io.oxlinkit.domain.id.AccountId;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.input.FieldError;
import io.oxlinkit.domain.input.InputResult;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The accounts of a connection waiting for the user's consent, and the check that every one of them is
 * decided exactly once.
 *
 * @param connectionId the connection
 * @param pendingAccounts the accounts in status PENDING_CONSENT
 */
public record ConsentRequest(ConnectionId connectionId, List<Account> pendingAccounts) {

    /** Copies the accounts and keeps only those pending consent of this connection. */
    public ConsentRequest {
        Objects.requireNonNull(connectionId, "connectionId must not be null");
        pendingAccounts = pendingAccounts.stream()
                .filter(Account::isPendingConsent)
                .filter(a -> a.connectionId().equals(connectionId))
                .toList();
    }

    /**
     * Checks the decisions: each pending account decided exactly once; an unknown or duplicate account
     * is refused; a pending account left undecided is refused.
     */
    public InputResult<Consent> decide(List<ConsentDecision> decisions) {
        Set<AccountId> pending = new HashSet<>();
        pendingAccounts.forEach(a -> pending.add(a.id()));
        Set<AccountId> seen = new HashSet<>();
        List<FieldError> errors = new ArrayList<>();
        for (ConsentDecision decision : decisions) {
            String id = decision.accountId().value();
            if (!pending.contains(decision.accountId())) {
                errors.add(new FieldError(
                        id,
                        FieldError.Problem.UNKNOWN_FIELD,
                        "account " + id + " is not waiting for consent on connection " + connectionId));
            } else if (!seen.add(decision.accountId())) {
                errors.add(new FieldError(id, FieldError.Problem.DUPLICATE, "account " + id + " is decided twice"));
            }
        }
        for (AccountId id : pending) {
            if (!seen.contains(id)) {
                errors.add(
                        new FieldError(id.value(), FieldError.Problem.MISSING, "account " + id + " needs a decision"));
            }
        }
        if (!errors.isEmpty()) {
            return new InputResult.Rejected<>(errors);
        }
        return new InputResult.Accepted<>(new Consent(connectionId, decisions));
    }
}
