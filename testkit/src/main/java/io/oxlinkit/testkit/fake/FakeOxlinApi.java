package io.oxlinkit.testkit.fake;

import io.oxlinkit.application.port.NewConnection;
import io.oxlinkit.application.port.NewUser;
import io.oxlinkit.application.port.OutgoingCredential;
import io.oxlinkit.application.port.OxlinApi;
import io.oxlinkit.application.port.OxlinApiException;
import io.oxlinkit.application.port.TransactionQuery;
import io.oxlinkit.domain.account.Account;
import io.oxlinkit.domain.account.Transaction;
import io.oxlinkit.domain.connection.ChannelStatus;
import io.oxlinkit.domain.connection.Connection;
import io.oxlinkit.domain.consent.Consent;
import io.oxlinkit.domain.event.Event;
import io.oxlinkit.domain.id.AccountId;
import io.oxlinkit.domain.id.ChannelDefinitionId;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.CredentialId;
import io.oxlinkit.domain.id.KeyId;
import io.oxlinkit.domain.id.ProviderId;
import io.oxlinkit.domain.id.QueueId;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.domain.key.EncryptionKey;
import io.oxlinkit.domain.provider.ChannelDefinition;
import io.oxlinkit.domain.provider.ChannelMode;
import io.oxlinkit.domain.provider.Provider;
import io.oxlinkit.domain.redirect.RedirectRequest;
import io.oxlinkit.domain.widget.WidgetSession;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A scriptable in-memory OXLIN API for host tests: register banks with {@link #bank(Provider)}, drive
 * your code, and the fake answers as OXLIN would. Each channel of a connection has its own status and
 * its own jobs (LIST_ACCOUNTS, SYNC_ALL), which ask that channel's challenges and queue events naming
 * that channel; the connection's status follows its channels (PARTIAL_SUCCESS when some fail). It checks
 * what it receives (unknown or missing fields, plaintext where {@code encrypt:true}, expired keys) and
 * refuses as the server does, records every call and value, and takes scripted faults.
 *
 * <p>Thread-safe (every call is serialized). The sandbox is the HTTP emulator; this is its independent,
 * in-memory reading of the same guide, held to the same {@code OxlinApiContract}.
 */
public final class FakeOxlinApi implements OxlinApi {

    /** One value the fake received. */
    public record Received(String operation, CredentialId id, String value, boolean encrypted) {
        @Override
        public String toString() {
            return "Received[" + operation + ", " + id + ", encrypted=" + encrypted + "]";
        }
    }

    private final Clock clock;
    /** Ids start at a random base, so fakes of different test runs never reuse ids in a shared database. */
    private long sequence = ThreadLocalRandom.current().nextLong(1, 1_000_000) * 1_000_000L;

    private final FakeBanks banks = new FakeBanks();
    private final FakeCallLog log = new FakeCallLog();
    private final FakeFaultPlan faults = new FakeFaultPlan();
    private final FakeTokens tokens;
    private final FakeDirectory directory;
    private final FakeQueues queues = new FakeQueues();
    private final FakeLedger ledger = new FakeLedger();
    private final FakeRedirects redirects;
    private final FakeSyncEngine engine;
    private final FakeConnections connections;
    private final FakeUserAtBank atBank;
    private final FakeServerControls server;

    /** The server-side hooks: jobs that fail or ask, tokens that expire, queue reads that repeat, histories seeded, the server down. */
    public FakeServerControls server() {
        return server;
    }

    /** A fake whose events, challenges, keys, tokens and histories follow {@code clock}. */
    public FakeOxlinApi(Clock clock) {
        this.clock = clock;
        this.tokens = new FakeTokens(clock);
        this.directory = new FakeDirectory(clock, this::nextId);
        this.redirects = new FakeRedirects(this::nextId);
        this.engine = new FakeSyncEngine(clock, this::nextId, queues, ledger);
        this.connections =
                new FakeConnections(clock, this::nextId, engine, ledger, new FakeCredentialCheck(directory, log));
        this.atBank = new FakeUserAtBank(clock, redirects, connections, ledger, queues, engine);
        this.server = new FakeServerControls(this, connections, ledger, tokens, queues, faults, directory);
    }

    // ---------------------------------------------------------------- scripting (test seams)

    /** Registers a bank and returns its script. */
    public synchronized FakeBank bank(Provider provider) {
        return banks.register(provider);
    }

    /** How long keys created by {@code createKey} last. Default 1 hour. */
    public synchronized FakeOxlinApi keyValidity(Duration validity) {
        directory.keyValidity(validity);
        return this;
    }

    /** The next calls (of any kind) throw these, in order. */
    public synchronized FakeOxlinApi failNextCalls(RuntimeException... failures) {
        faults.failNext(List.of(failures));
        return this;
    }

    /** OXLIN's own schedule: a SYNC_ALL on every channel that holds credentials. */
    public synchronized void triggerSync(ConnectionId id) {
        connections.scheduledSync(id);
    }

    /** The user did not answer in time: every challenge of the connection ends in CHALLENGE_TIMED_OUT now. */
    public synchronized void timeOutChallenge(ConnectionId id) {
        FakeConnection connection = connections.existing(id);
        connection.channels().forEach(channel -> engine.timeOut(connection, channel));
    }

    /** Moves a REDIRECT channel's expiry, as if authorized long ago. */
    public synchronized void expireChannelAt(ConnectionId id, ChannelDefinitionId channel, Instant expires) {
        connections.existing(id).channel(channel).expires = Optional.of(expires);
    }

    /**
     * The user approved at the bank's authorize page: the query the browser brings back to the host's
     * redirect URI ({@code connection_id}, {@code status}, {@code queue_id}; or {@code code} and
     * {@code state} for a client-handled redirect).
     */
    public synchronized Map<String, String> completeAuthorization(URI authorizeUrl) {
        return atBank.approve(
                authorizeUrl, banks.of(redirects.peek(authorizeUrl).request().providerId()));
    }

    /** The user refused at the bank: the query carries {@code error=access_denied} and nothing is created. */
    public synchronized Map<String, String> denyAuthorization(URI authorizeUrl) {
        return atBank.deny(authorizeUrl);
    }

    /**
     * The user went through the widget at {@code providerId} and shared every account its first channel
     * lists: the connection exists, its SYNC_ALL events are queued; returns the widget's callback query.
     */
    public synchronized Map<String, String> completeWidget(UserId user, ProviderId providerId) {
        return atBank.widget(user, banks.of(providerId));
    }

    // ---------------------------------------------------------------- inspection

    /** Every call received, as {@code "METHOD /path"}, in order. */
    public synchronized List<String> calls() {
        return log.calls();
    }

    /** How many calls matched {@code "METHOD /path"} exactly. */
    public synchronized long count(String call) {
        return log.count(call);
    }

    /** Every credential and answer value received, as sent. */
    public synchronized List<Received> received() {
        return log.received();
    }

    /** The channel status the fake holds. */
    public synchronized ChannelStatus channelStatus(ConnectionId id, ChannelDefinitionId channel) {
        return connections.existing(id).channel(channel).status;
    }

    /** How many user tokens the fake has granted (a user's first call, and each call after its token ran out). */
    public synchronized long tokenGrants() {
        return tokens.grants();
    }

    /** The i-th transaction of an account's plain history (newest first), for assertions. */
    public static Transaction transaction(AccountId accountId, int index) {
        return FakeHistory.plain(accountId, index);
    }

    // ---------------------------------------------------------------- the port

    @Override
    public synchronized UserId createUser(NewUser user) {
        enter("POST /users");
        return directory.createUser(user.email(), user.password().reveal());
    }

    @Override
    public synchronized UserId identify(NewUser user) {
        enter("GET /users/me");
        return directory.identify(user.email(), user.password().reveal());
    }

    @Override
    public synchronized void deleteUser(UserId user) {
        enter("DELETE /users/" + user);
        if (directory.deleteUser(user)) {
            connections.removeUser(user);
            queues.forget(user);
        }
        tokens.forget(user);
    }

    @Override
    public synchronized List<Provider> listProviders(UserId user) {
        enterAs("GET /providers", user);
        return banks.providers();
    }

    @Override
    public synchronized Provider provider(UserId user, ProviderId providerId) {
        enterAs("GET /providers/" + providerId, user);
        return banks.of(providerId).provider();
    }

    @Override
    public synchronized URI authorizeUrl(UserId user, RedirectRequest request) {
        enterAs("POST /providers/" + request.providerId() + "/channels/" + request.channel() + "/authorize_url", user);
        ChannelDefinition definition = FakeBanks.definition(banks.of(request.providerId()), request.channel());
        if (definition.mode() != ChannelMode.REDIRECT) {
            throw new OxlinApiException.BadRequest(
                    "invalid_channel", "channel " + request.channel() + " is not a REDIRECT channel", "");
        }
        request.existingConnection().ifPresent(id -> connections.owned(user, id));
        return redirects.open(user, request);
    }

    @Override
    public synchronized KeyId createKey(UserId user) {
        enterAs("POST /keys", user);
        return directory.createKey(user);
    }

    @Override
    public synchronized EncryptionKey key(UserId user, KeyId keyId) {
        enterAs("GET /keys/" + keyId, user);
        return directory.key(user, keyId);
    }

    @Override
    public synchronized ConnectionId createConnection(UserId user, NewConnection request) {
        enterAs("POST /connections", user);
        return connections.create(user, banks.of(request.providerId()), request, redirects);
    }

    @Override
    public synchronized Connection connection(UserId user, ConnectionId id) {
        enterAs("GET /connections/" + id, user);
        return connections.owned(user, id).snapshot();
    }

    @Override
    public synchronized List<Connection> connections(UserId user) {
        enterAs("GET /connections", user);
        return connections.of(user).stream().map(FakeConnection::snapshot).toList();
    }

    @Override
    public synchronized void deleteConnection(UserId user, ConnectionId id) {
        enterAs("DELETE /connections/" + id, user);
        connections.delete(user, id);
    }

    @Override
    public synchronized void updateChannel(
            UserId user,
            ConnectionId id,
            ChannelDefinitionId channel,
            Optional<KeyId> keyId,
            List<OutgoingCredential> credentials) {
        enterAs("PUT /connections/" + id + "/channels/" + channel, user);
        connections.updateChannel(user, id, channel, keyId, credentials);
    }

    @Override
    public synchronized void updateCredential(
            UserId user, ConnectionId id, Optional<KeyId> keyId, OutgoingCredential credential) {
        enterAs("PUT /connections/" + id + "/credentials/" + credential.id(), user);
        connections.updateCredential(user, id, keyId, credential);
    }

    @Override
    public synchronized void sendUserInput(
            UserId user, ConnectionId id, ChannelDefinitionId channel, List<OutgoingCredential> answers) {
        enterAs("POST /connections/" + id + "/channels/" + channel + "/user_input", user);
        answers.forEach(a -> log.received("user_input", a.id(), a.value().reveal(), a.encrypted()));
        connections.answer(user, id, channel, FakeConnections.values(answers));
    }

    @Override
    public synchronized void giveConsent(UserId user, Consent consent) {
        enterAs("PUT /connections/" + consent.connectionId() + "/consents", user);
        connections.consent(user, consent);
    }

    @Override
    public synchronized WidgetSession createWidgetSession(UserId user) {
        enterAs("POST /widget/widget_session", user);
        String session = nextId();
        return new WidgetSession(
                session, URI.create("https://widget.fake.example/add_connection?session_id=" + session));
    }

    @Override
    public synchronized QueueId subscribe(UserId user, Set<String> topics) {
        enterAs("POST /queues/subscribe", user);
        QueueId queue = QueueId.of("q" + nextId());
        queues.subscribe(user, queue);
        return queue;
    }

    @Override
    public synchronized List<Event> poll(UserId user, QueueId queue) {
        enterAs("GET /queues/" + queue, user);
        return queues.read(user, queue);
    }

    @Override
    public synchronized List<Account> accounts(UserId user, ConnectionId id) {
        enterAs("GET /accounts?connection_id=" + id, user);
        return ledger.accounts(connections.owned(user, id), clock.instant());
    }

    @Override
    public synchronized List<Transaction> transactions(
            UserId user, AccountId accountId, TransactionQuery query, int page, int limit) {
        enterAs(
                "GET /transactions?account_id=" + accountId + "&page=" + page
                        + query.datedFrom()
                                .map(at -> "&start_date=" + at.getEpochSecond())
                                .orElse("")
                        + query.datedUntil()
                                .map(at -> "&end_date=" + at.getEpochSecond())
                                .orElse("")
                        + query.importedFrom()
                                .map(at -> "&start_import_date=" + at.getEpochSecond())
                                .orElse(""),
                user);
        FakeHistory.Filter filter = new FakeHistory.Filter(query.datedFrom(), query.datedUntil(), query.importedFrom());
        return ledger.transactions(user, accountId, filter, page, limit, clock.instant());
    }

    // ---------------------------------------------------------------- plumbing

    private void enter(String call) {
        log.call(call);
        faults.check();
        engine.tick(connections.all());
    }

    private void enterAs(String call, UserId user) {
        enter(call);
        directory.requireUser(user);
        tokens.use(user);
    }

    private String nextId() {
        return Long.toString(++sequence);
    }
}
