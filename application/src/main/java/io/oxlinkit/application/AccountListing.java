package io.oxlinkit.application;

import io.oxlinkit.application.port.AccountStore;
import io.oxlinkit.application.port.AccountsApi;
import io.oxlinkit.application.port.StoredConnection;
import io.oxlinkit.domain.account.Account;
import java.util.List;
import java.util.Objects;

/**
 * Fetches and stores a connection's account list when a channel's journey waits on it (after
 * LIST_ACCOUNTS, a re-authorization, or a snapshot showing a listing the events did not report), and
 * records it in the journey: the accounts waiting for consent make the consent step.
 */
public final class AccountListing {

    private final AccountsApi api;
    private final AccountStore accounts;

    AccountListing(AccountsApi api, AccountStore accounts) {
        this.api = Objects.requireNonNull(api, "api must not be null");
        this.accounts = Objects.requireNonNull(accounts, "accounts must not be null");
    }

    /** The connection with its account list recorded when its journey waits on one; else unchanged. */
    public StoredConnection settle(StoredConnection connection) {
        if (!connection.journey().needsAccountList()) {
            return connection;
        }
        List<Account> listed =
                ServerScope.accountsOf(connection.id(), api.accounts(connection.userId(), connection.id()));
        accounts.saveAll(listed);
        return connection.with(connection.journey().accountsListed(listed));
    }
}
