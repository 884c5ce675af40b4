package io.oxlinkit.application;

import io.oxlinkit.application.port.AccountStore;
import io.oxlinkit.application.port.ConnectionStore;
import io.oxlinkit.application.port.StoredConnection;
import io.oxlinkit.domain.account.Account;
import io.oxlinkit.domain.account.Transaction;
import io.oxlinkit.domain.challenge.ChallengeAnswer;
import io.oxlinkit.domain.consent.ConsentDecision;
import io.oxlinkit.domain.id.AccountId;
import io.oxlinkit.domain.id.ChannelDefinitionId;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.CredentialId;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.domain.journey.NextStep;
import io.oxlinkit.domain.secret.SecretValue;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The facade's calls that take a connection or an account, tied to one user: each first checks that the
 * connection (or the account's connection) is stored for that user, and answers for another user's id exactly
 * as for an id that does not exist (an empty answer, or a refusal), so a host serving many users cannot act on,
 * or learn of, another user's data by passing its id. Get one with {@code kit.forUser(user)}; it is cheap.
 *
 * <pre>{@code
 * UserScope mine = kit.forUser(sessionUser);
 * mine.nextStep(connectionIdFromTheRequest).ifPresent(step -> render(step));
 * }</pre>
 */
public final class UserScope {

    private final OxlinKit kit;
    private final ConnectionStore connections;
    private final AccountStore accounts;
    private final UserId user;

    UserScope(OxlinKit kit, ConnectionStore connections, AccountStore accounts, UserId user) {
        this.kit = Objects.requireNonNull(kit, "kit must not be null");
        this.connections = Objects.requireNonNull(connections, "connections must not be null");
        this.accounts = Objects.requireNonNull(accounts, "accounts must not be null");
        this.user = Objects.requireNonNull(user, "user must not be null");
    }

    /** The user this scope serves. */
    public UserId user() {
        return user;
    }

    /** Whether the connection is stored for this user. */
    public boolean owns(ConnectionId connection) {
        return connections.find(connection).map(c -> c.userId().equals(user)).orElse(false);
    }

    /** Whether the account belongs to one of this user's connections. */
    public boolean owns(AccountId account) {
        return accounts.find(account).map(a -> owns(a.connectionId())).orElse(false);
    }

    /** {@link OxlinKit#nextStep}, answering another user's ids as unknown ones. */
    public Optional<NextStep> nextStep(ConnectionId connection) {
        return owns(connection) ? kit.nextStep(connection) : Optional.empty();
    }

    /** {@link OxlinKit#nextSteps}, answering another user's ids as unknown ones. */
    public List<io.oxlinkit.domain.journey.ChannelStep> nextSteps(ConnectionId connection) {
        return owns(connection) ? kit.nextSteps(connection) : List.of();
    }

    /** {@link OxlinKit#connection}, answering another user's ids as unknown ones. */
    public Optional<StoredConnection> connection(ConnectionId connection) {
        return owns(connection) ? kit.connection(connection) : Optional.empty();
    }

    /** {@link OxlinKit#syncProgress}, answering another user's ids as unknown ones. */
    public Optional<SyncProgress> syncProgress(ConnectionId connection) {
        return owns(connection) ? kit.syncProgress(connection) : Optional.empty();
    }

    /** {@link OxlinKit#accounts}, answering another user's ids as unknown ones. */
    public List<Account> accounts(ConnectionId connection) {
        return owns(connection) ? kit.accounts(connection) : List.of();
    }

    /** {@link OxlinKit#transactions}, answering another user's ids as unknown ones. */
    public List<Transaction> transactions(AccountId account, int offset, int limit) {
        return owns(account) ? kit.transactions(account, offset, limit) : List.of();
    }

    /** {@link OxlinKit#answerChallenge}, answering another user's ids as unknown ones. */
    public StepResult answerChallenge(ConnectionId connection, ChallengeAnswer answer) {
        return owns(connection) ? kit.answerChallenge(connection, answer) : unknown(connection);
    }

    /** {@link OxlinKit#giveConsent}, answering another user's ids as unknown ones. */
    public StepResult giveConsent(ConnectionId connection, List<ConsentDecision> decisions) {
        return owns(connection) ? kit.giveConsent(connection, decisions) : unknown(connection);
    }

    /** {@link OxlinKit#updateCredentials}, answering another user's ids as unknown ones. */
    public StepResult updateCredentials(
            ConnectionId connection, ChannelDefinitionId channel, Map<CredentialId, SecretValue> values) {
        if (!owns(connection)) {
            values.values().forEach(SecretValue::wipe);
            return unknown(connection);
        }
        return kit.updateCredentials(connection, channel, values);
    }

    /** {@link OxlinKit#addEmbeddedChannel}, answering another user's ids as unknown ones. */
    public StepResult addEmbeddedChannel(
            ConnectionId connection, ChannelDefinitionId channel, Map<CredentialId, SecretValue> values) {
        if (!owns(connection)) {
            values.values().forEach(SecretValue::wipe);
            return unknown(connection);
        }
        return kit.addEmbeddedChannel(connection, channel, values);
    }

    /** {@link OxlinKit#refreshConnection}, answering another user's ids as unknown ones. */
    public StepResult refreshConnection(ConnectionId connection) {
        return owns(connection) ? kit.refreshConnection(connection) : unknown(connection);
    }

    /** {@link OxlinKit#reauthorize}, answering another user's ids as unknown ones. */
    public RedirectResult reauthorize(ConnectionId connection, ChannelDefinitionId channel, URI redirectUri) {
        return owns(connection) ? kit.reauthorize(connection, channel, redirectUri) : unknownRedirect(connection);
    }

    /** {@link OxlinKit#addRedirectChannel}, answering another user's ids as unknown ones. */
    public RedirectResult addRedirectChannel(ConnectionId connection, ChannelDefinitionId channel, URI redirectUri) {
        return owns(connection)
                ? kit.addRedirectChannel(connection, channel, redirectUri)
                : unknownRedirect(connection);
    }

    /** Deletes the connection if it is this user's (see {@link OxlinKit#deleteConnection}); another user's is left alone. */
    public boolean deleteConnection(ConnectionId connection) {
        return owns(connection) && kit.deleteConnection(connection);
    }

    private static StepResult unknown(ConnectionId connection) {
        return StepResult.refused(StepResult.Reason.UNKNOWN_CONNECTION, "connection " + connection + " is not stored");
    }

    private static RedirectResult unknownRedirect(ConnectionId connection) {
        return new RedirectResult.Refused(
                StepResult.Reason.UNKNOWN_CONNECTION, "connection " + connection + " is not stored");
    }
}
