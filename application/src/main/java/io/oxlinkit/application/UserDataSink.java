package io.oxlinkit.application;

import io.oxlinkit.application.port.UserSecretVault;
import io.oxlinkit.domain.account.Account;
import io.oxlinkit.domain.account.Transaction;
import io.oxlinkit.domain.connection.Connection;
import io.oxlinkit.domain.event.Event;
import io.oxlinkit.domain.id.QueueId;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.domain.key.EncryptionKey;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where {@link ExportUserData} writes what is stored for a user, in order: the user, then each connection with
 * its accounts, each account followed by its transactions, then the events not applied yet, then the end. It is
 * told piece by piece, so an export of years of history holds one page at a time. The JDBC adapter's
 * {@code UserDataJson} writes it as one JSON document.
 */
public interface UserDataSink {

    /** The user: which secrets are held (never their values), the current key and the event queue. */
    void user(
            UserId user,
            Instant exportedAt,
            Set<UserSecretVault.Kind> secretsHeld,
            Optional<EncryptionKey> key,
            Optional<QueueId> queue);

    /** A connection begins, with its latest snapshot (channels, masked credentials, the owner when sent). */
    void connection(Connection connection);

    /** An account of the current connection begins. */
    void account(Account account);

    /** A transaction of the current account. */
    void transaction(Transaction transaction);

    /** The current account ends. */
    void endAccount();

    /** The current connection ends. */
    void endConnection();

    /** The events recorded for the user and not applied yet, then the end of the export. */
    void end(List<Event> unappliedEvents);
}
