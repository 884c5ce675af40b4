package io.oxlinkit.application;

import io.oxlinkit.domain.account.Account;
import io.oxlinkit.domain.account.Transaction;
import io.oxlinkit.domain.id.AccountId;
import io.oxlinkit.domain.id.ConnectionId;
import java.util.List;

/**
 * What the server sends is kept only when it belongs to what was asked: the accounts of the connection read,
 * the transactions of the account read. A row naming another connection or account is refused, reported (a
 * warning naming ids only) and never stored: a server that mixes up its users' data must not make the kit
 * store one user's data under another.
 */
final class ServerScope {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ServerScope.class);

    private ServerScope() {}

    static List<Account> accountsOf(ConnectionId asked, List<Account> served) {
        List<Account> kept =
                served.stream().filter(a -> a.connectionId().equals(asked)).toList();
        if (kept.size() < served.size()) {
            LOG.warn(
                    "the accounts of connection {} came with {} account(s) of another connection; those were refused",
                    asked,
                    served.size() - kept.size());
        }
        return kept;
    }

    static List<Transaction> transactionsOf(AccountId asked, List<Transaction> served) {
        List<Transaction> kept =
                served.stream().filter(t -> t.accountId().equals(asked)).toList();
        if (kept.size() < served.size()) {
            LOG.warn(
                    "a page of account {} came with {} transaction(s) of another account; those were refused",
                    asked,
                    served.size() - kept.size());
        }
        return kept;
    }
}
