package io.oxlinkit.application;

import io.oxlinkit.application.port.ChangeFeed;
import io.oxlinkit.application.port.StoredConnection;
import io.oxlinkit.domain.account.Account;
import io.oxlinkit.domain.account.Transaction;
import io.oxlinkit.domain.challenge.ChallengeAnswer;
import io.oxlinkit.domain.consent.ConsentDecision;
import io.oxlinkit.domain.id.AccountId;
import io.oxlinkit.domain.id.ChannelDefinitionId;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.CredentialId;
import io.oxlinkit.domain.id.ProviderId;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.domain.journey.ChannelStep;
import io.oxlinkit.domain.journey.NextStep;
import io.oxlinkit.domain.provider.Provider;
import io.oxlinkit.domain.redirect.RedirectCallback;
import io.oxlinkit.domain.redirect.RedirectState;
import io.oxlinkit.domain.secret.SecretValue;
import io.oxlinkit.domain.widget.WidgetOptions;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The facade a host holds: every use case of the full-API flow, in the order the guide needs them,
 * behind one object built by {@link #builder()}. Thread-safe when its ports are.
 *
 * <pre>{@code
 * OxlinKit kit = OxlinKit.builder().api(api).encryptor(encryptor).stores(...).build();
 * UserId user = kit.createUser("customer-42@host.example");
 * StepResult started = kit.startEmbeddedConnection(user, bank, channel, values);
 * kit.pumpEvents(user);                       // or on a schedule
 * switch over kit.nextStep(connection) ...    // AnswerChallenge, CollectConsent, Done...
 * }</pre>
 */
public final class OxlinKit {

    private final OxlinKitParts parts;
    private final UseCaseScope scope;

    OxlinKit(OxlinKitParts parts) {
        this.parts = parts;
        this.scope = new UseCaseScope(parts.settings().telemetry());
    }

    /** A builder taking the ports; see {@link OxlinKitBuilder} for defaults. */
    public static OxlinKitBuilder builder() {
        return new OxlinKitBuilder();
    }

    /**
     * The OXLIN user of the host's customer {@code hostReference} (any stable key of the host's: a customer
     * number), created on first call with a generated login; safe to retry after any crash or lost answer, which
     * ends with one working user ({@link FindOrCreateUser}).
     */
    public UserId findOrCreateUser(String hostReference) {
        return scope.unscoped(
                "find-or-create-user", () -> parts.findOrCreateUser().findOrCreate(hostReference));
    }

    /** The same with the customer's own address as the login. */
    public UserId findOrCreateUser(String hostReference, String email) {
        return scope.unscoped(
                "find-or-create-user", () -> parts.findOrCreateUser().findOrCreate(hostReference, email));
    }

    /** Creates an OXLIN user; its generated password is sealed in the vault. Not safe to retry: prefer findOrCreateUser. */
    public UserId createUser(String email) {
        return scope.unscoped("create-user", () -> parts.createUser().create(email));
    }

    /**
     * Deletes the user at OXLIN with their connections, then erases every local row and sealed secret of theirs
     * (see {@link DeleteUser}); idempotent, and a rerun finishes a deletion that stopped half-way.
     */
    public void deleteUser(UserId user) {
        scope.about("delete-user", user, () -> parts.deleteUser().delete(user));
    }

    /**
     * Deletes the connection at OXLIN, then erases its accounts, transactions, feed entries, events and leases
     * locally (see {@link DeleteConnection}); answers false when it is not stored (already deleted).
     */
    public boolean deleteConnection(ConnectionId connection) {
        return scope.about(
                "delete-connection", connection, () -> parts.deleteConnection().delete(connection));
    }

    /**
     * Writes everything stored for the user to {@code sink}, for an access request (secrets listed as held, never
     * exported); the JDBC adapter's {@code UserDataJson.writer(out)} makes it one JSON document.
     */
    public void exportUserData(UserId user, UserDataSink sink) {
        scope.about("export-user-data", user, () -> parts.exportUserData().export(user, sink));
    }

    /** Purges applied events, tombstones and lapsed leases older than the builder's {@link Retention}. */
    public Housekeeping.Report housekeeping() {
        return scope.unscoped("housekeeping", () -> parts.housekeeping().run());
    }

    /** Providers a user can connect to now (unavailable ones left out). */
    public List<Provider> providers(UserId user) {
        return scope.about("list-providers", user, () -> parts.listProviders().connectable(user));
    }

    /** One provider, unavailable or not. */
    public Optional<Provider> provider(UserId user, ProviderId id) {
        return scope.about("get-provider", user, () -> parts.listProviders().provider(user, id));
    }

    /** Opens an EMBEDDED connection; the values are checked, encrypted where required, and wiped. */
    public StepResult startEmbeddedConnection(
            UserId user, ProviderId provider, ChannelDefinitionId channel, Map<CredentialId, SecretValue> values) {
        return scope.about(
                "start-embedded-connection", user, () -> parts.startEmbedded().start(user, provider, channel, values));
    }

    /** Starts a REDIRECT connection that OXLIN creates; send the user to the returned URL. */
    public RedirectResult startRedirectConnection(
            UserId user, ProviderId provider, ChannelDefinitionId channel, URI redirectUri) {
        return scope.about(
                "start-redirect-connection",
                user,
                () -> parts.startRedirect().start(user, provider, channel, redirectUri));
    }

    /** Starts a REDIRECT connection the host creates from the returned code ({@code use_client_redirect}). */
    public RedirectResult startClientHandledRedirect(
            UserId user,
            ProviderId provider,
            ChannelDefinitionId channel,
            URI redirectUri,
            Optional<RedirectState> state) {
        return scope.about(
                "start-redirect-connection",
                user,
                () -> parts.startRedirect().startClientHandled(user, provider, channel, redirectUri, state));
    }

    /** Finishes a redirect from its callback's query parameters (OXLIN-created connection). */
    public StepResult completeRedirect(UserId user, Map<String, String> callbackQuery) {
        return scope.about(
                "complete-redirect",
                user,
                () -> parts.completeRedirect().complete(user, RedirectCallback.fromQuery(callbackQuery)));
    }

    /** Finishes a client-handled redirect: creates the connection from the returned code. */
    public StepResult completeClientHandledRedirect(
            UserId user, ProviderId provider, ChannelDefinitionId channel, Map<String, String> callbackQuery) {
        return scope.about(
                "complete-redirect",
                user,
                () -> parts.completeRedirect()
                        .completeClientHandled(user, provider, channel, RedirectCallback.fromQuery(callbackQuery)));
    }

    /** Answers the challenge a connection waits on; values are wiped. */
    public StepResult answerChallenge(ConnectionId connection, ChallengeAnswer answer) {
        return scope.about(
                "answer-challenge", connection, () -> parts.answerChallenge().answer(connection, answer));
    }

    /** Forwards the user's per-account consent. */
    public StepResult giveConsent(ConnectionId connection, List<ConsentDecision> decisions) {
        return scope.about("give-consent", connection, () -> parts.giveConsent().give(connection, decisions));
    }

    /** Polls the user's queue and applies that user's events (at least once, deduplicated); other users' wait for their pumps. */
    public PumpReport pumpEvents(UserId user) {
        return scope.about("pump-events", user, () -> parts.pumpEvents().pump(user));
    }

    /** Pumps every subscribed user in turn (a host that drains every queue from one place). */
    public PumpReport pumpAll() {
        return scope.unscoped("pump-events", () -> parts.pumpEvents().pumpAll());
    }

    /** Copies the connection's accounts and transactions into the stores, resuming where a sync stopped. */
    public SyncReport synchronize(ConnectionId connection) {
        return scope.about("synchronize", connection, () -> parts.synchronize().synchronize(connection));
    }

    /** Every stored channel needing the user, assessed from the stored snapshots (no API call). */
    public List<HealthItem> checkHealth() {
        return scope.unscoped("check-health", () -> parts.checkHealth().check());
    }

    /** Every channel needing the user, each connection read from the API first (one instance per connection, by lease). */
    public List<HealthItem> refreshHealth() {
        return scope.unscoped("refresh-health", () -> parts.checkHealth().refresh());
    }

    /** Gives an EMBEDDED channel new credentials (values wiped). */
    public StepResult updateCredentials(
            ConnectionId connection, ChannelDefinitionId channel, Map<CredentialId, SecretValue> values) {
        return scope.about(
                "update-credentials",
                connection,
                () -> parts.updateCredentials().update(connection, channel, values));
    }

    /** Replaces one credential of an EMBEDDED channel (value wiped). */
    public StepResult updateCredential(
            ConnectionId connection, ChannelDefinitionId channel, CredentialId credential, SecretValue value) {
        return scope.about(
                "update-credentials",
                connection,
                () -> parts.updateCredentials().updateOne(connection, channel, credential, value));
    }

    /** Renews or repairs a REDIRECT channel: the next step is {@code RedirectUser}. */
    public RedirectResult reauthorize(ConnectionId connection, ChannelDefinitionId channel, URI redirectUri) {
        return scope.about(
                "reauthorize", connection, () -> parts.reauthorize().reauthorize(connection, channel, redirectUri));
    }

    /** Adds an EMPTY EMBEDDED channel with the user's values (wiped). */
    public StepResult addEmbeddedChannel(
            ConnectionId connection, ChannelDefinitionId channel, Map<CredentialId, SecretValue> values) {
        return scope.about(
                "add-channel", connection, () -> parts.addChannel().addEmbedded(connection, channel, values));
    }

    /** Adds an EMPTY REDIRECT channel: the next step is {@code RedirectUser}. */
    public RedirectResult addRedirectChannel(ConnectionId connection, ChannelDefinitionId channel, URI redirectUri) {
        return scope.about(
                "add-channel", connection, () -> parts.addChannel().addRedirect(connection, channel, redirectUri));
    }

    /**
     * Opens OXLIN's widget (webview) for a user: the address to send them to. The way to connect banks
     * for hosts without a PSD2 agreement, and for some flows of licensed hosts (account selection).
     */
    public RedirectResult openWidget(UserId user, WidgetOptions options) {
        return scope.about("open-widget", user, () -> parts.openWidget().open(user, options));
    }

    /** Finishes a widget flow from the callback's query parameters; the pump then follows the connection. */
    public StepResult completeWidget(UserId user, Map<String, String> callbackQuery) {
        return scope.about("complete-widget", user, () -> parts.completeWidget().complete(user, callbackQuery));
    }

    /**
     * Reads the connection from the API and reconciles its journey with what the server says: when events
     * were missed (a queue keeps them only for a while), the journey still reaches the right step.
     */
    public StepResult refreshConnection(ConnectionId connection) {
        return scope.about(
                "refresh-connection", connection, () -> parts.refresh().refresh(connection));
    }

    /**
     * The calls that take a connection or an account, tied to {@code user}: another user's id is answered as an
     * unknown one ({@link UserScope}). A host serving many users passes the ids its requests carry through this.
     */
    public UserScope forUser(UserId user) {
        return new UserScope(this, parts.connections(), parts.accounts(), user);
    }

    /**
     * The fleet's periodic work (pump every user, refresh connections within their daily budget, list the
     * channels needing their users), safe to run from every instance on one database: call
     * {@code runOnce} from the host's scheduler, or {@code start} on a scheduled executor.
     */
    public Fleet fleet() {
        return new Fleet(
                parts.pumpEvents(),
                parts.subscriptionStore(),
                parts.connections(),
                parts.refresh(),
                parts.checkHealth(),
                parts.leases(),
                parts.settings().clock(),
                parts.settings().workerId(),
                parts.settings().refreshesPerDay(),
                parts.housekeeping(),
                parts.settings().fleetExecutor());
    }

    /**
     * The ledger's changes (transactions added or modified by syncs, in commit order) after {@code consumer}'s
     * acknowledged position, at most {@code limit}; acknowledge the page's {@code next} once it is handled.
     */
    public ChangeFeed.Page changesSince(String consumer, int limit) {
        return parts.changeFeed().changesSince(consumerName(consumer), limit);
    }

    /** The position of the ledger's newest change: a new consumer acknowledging it starts from now. */
    public long changesHead() {
        return parts.changeFeed().head();
    }

    /** Moves {@code consumer}'s cursor to {@code position}: those changes are not served to it again. */
    public void acknowledgeChanges(String consumer, long position) {
        parts.changeFeed().acknowledge(consumerName(consumer), position);
    }

    private static String consumerName(String consumer) {
        if (consumer == null || consumer.isBlank() || consumer.length() > 128) {
            throw new IllegalArgumentException("a consumer is named by 1 to 128 characters");
        }
        return consumer;
    }

    /** The latest progress of the connection's data sync run by this instance (pages, transactions, accounts done). */
    public Optional<SyncProgress> syncProgress(ConnectionId connection) {
        return parts.synchronize().progress(connection);
    }

    /** What each followed channel of a stored connection asks of the host (a UI showing every channel). */
    public List<ChannelStep> nextSteps(ConnectionId connection) {
        return parts.connections()
                .find(connection)
                .map(c -> c.journey().nextSteps())
                .orElse(List.of());
    }

    /** What the host shows next for a stored connection (the channels' steps folded by {@code NextStepPriority}). */
    public Optional<NextStep> nextStep(ConnectionId connection) {
        return parts.connections().find(connection).map(c -> c.journey().nextStep());
    }

    /** A stored connection with its journey. */
    public Optional<StoredConnection> connection(ConnectionId connection) {
        return parts.connections().find(connection);
    }

    /** The stored accounts of a connection. */
    public List<Account> accounts(ConnectionId connection) {
        return parts.accounts().findByConnection(connection);
    }

    /** A page of an account's stored transactions, newest first. */
    public List<Transaction> transactions(AccountId account, int offset, int limit) {
        return parts.transactions().findByAccount(account, offset, limit);
    }
}
