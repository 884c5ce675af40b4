package io.oxlinkit.application.port;

import io.oxlinkit.domain.account.Account;
import io.oxlinkit.domain.account.Transaction;
import io.oxlinkit.domain.id.AccountId;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.UserId;
import java.util.List;

/** Accounts and transactions. Every method may throw {@link OxlinApiException}; all are idempotent reads. */
public interface AccountsApi {

    /** Every account of a connection, PENDING_CONSENT ones included. */
    List<Account> accounts(UserId user, ConnectionId connectionId);

    /**
     * One page of the account's transactions that answer {@code query}, newest first.
     *
     * @param query the date filters ({@link TransactionQuery#all()} for the whole history)
     * @param page the page number, from 1
     * @param limit the page size, 1 to 500
     * @return the page; a page shorter than {@code limit} is the last
     */
    List<Transaction> transactions(UserId user, AccountId accountId, TransactionQuery query, int page, int limit);

    /** One page of the account's whole history, newest first: {@link #transactions(UserId, AccountId, TransactionQuery, int, int)} unfiltered. */
    default List<Transaction> transactions(UserId user, AccountId accountId, int page, int limit) {
        return transactions(user, accountId, TransactionQuery.all(), page, limit);
    }
}
