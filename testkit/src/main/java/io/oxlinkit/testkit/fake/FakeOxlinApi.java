package io.oxlinkit.testkit.fake;

import io.oxlinkit.application.port.NewConnection;
import io.oxlinkit.application.port.NewUser;
import io.oxlinkit.application.port.OutgoingCredential;
import io.oxlinkit.application.port.OxlinApi;
import io.oxlinkit.application.port.OxlinApiException;
import io.oxlinkit.domain.account.Account;
import io.oxlinkit.domain.account.AccountClassification;
import io.oxlinkit.domain.account.AccountStatus;
import io.oxlinkit.domain.account.Money;
import io.oxlinkit.domain.account.Transaction;
import io.oxlinkit.domain.account.TransactionStatus;
import io.oxlinkit.domain.account.TransactionType;
import io.oxlinkit.domain.challenge.ChallengePrompt;
import io.oxlinkit.domain.connection.Channel;
import io.oxlinkit.domain.connection.ChannelStatus;
import io.oxlinkit.domain.connection.Connection;
import io.oxlinkit.domain.connection.ConnectionStatus;
import io.oxlinkit.domain.connection.MaskedCredential;
import io.oxlinkit.domain.connection.Owner;
import io.oxlinkit.domain.consent.Consent;
import io.oxlinkit.domain.consent.ConsentDecision;
import io.oxlinkit.domain.event.Event;
import io.oxlinkit.domain.event.EventHeader;
import io.oxlinkit.domain.event.EventType;
import io.oxlinkit.domain.event.SyncPhase;
import io.oxlinkit.domain.id.AccountId;
import io.oxlinkit.domain.id.ChannelDefinitionId;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.CredentialId;
import io.oxlinkit.domain.id.EventId;
import io.oxlinkit.domain.id.KeyId;
import io.oxlinkit.domain.id.ProviderId;
import io.oxlinkit.domain.id.QueueId;
import io.oxlinkit.domain.id.TransactionId;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.domain.key.EncryptionKey;
import io.oxlinkit.domain.provider.ChannelDefinition;
import io.oxlinkit.domain.provider.ChannelMode;
import io.oxlinkit.domain.provider.CredentialField;
import io.oxlinkit.domain.provider.Provider;
import io.oxlinkit.domain.redirect.RedirectRequest;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A scriptable in-memory OXLIN API for host tests: register banks with {@link #bank(Provider)}, drive
 * your code, and the fake answers as OXLIN would, queueing the events of each synchronization
 * (challenges, account lists, successes and failures) for {@code poll}. It checks what it receives:
 * a plaintext in an {@code encrypt:true} field fails the call with an {@link AssertionError}. It
 * records every call and every value received, and takes injected faults.
 *
 * <p>Thread-safe (every call is serialized). Not a faithful HTTP emulator: that is the sandbox's job.
 */
public final class FakeOxlinApi implements OxlinApi {

    private static final Instant TRANSACTIONS_START = Instant.parse("2026-01-01T00:00:00Z");
    private static final String PGP_MESSAGE = "-----BEGIN PGP MESSAGE-----";

    /** One value the fake received. */
    public record Received(String operation, CredentialId id, String value, boolean encrypted) {
        @Override
        public String toString() {
            return "Received[" + operation + ", " + id + ", encrypted=" + encrypted + "]";
        }
    }

    private final Clock clock;
    private final Map<ProviderId, FakeBank> banks = new LinkedHashMap<>();
    private final Map<UserId, String> users = new HashMap<>();
    private final Map<UserId, QueueId> queues = new HashMap<>();
    private final Map<UserId, List<Event>> pending = new HashMap<>();
    private final Map<UserId, List<Event>> delivered = new HashMap<>();
    private final Map<KeyId, EncryptionKey> keys = new HashMap<>();
    private final Map<ConnectionId, FakeConnection> connections = new LinkedHashMap<>();
    private final Map<String, RedirectSession> sessions = new HashMap<>();
    private final List<String> calls = new ArrayList<>();
    private final List<Received> received = new ArrayList<>();
    private final Deque<RuntimeException> faults = new ArrayDeque<>();
    private Duration keyValidity = Duration.ofHours(1);
    /** Ids start at a random base, so fakes of different test runs never reuse ids in a shared database. */
    private long sequence = java.util.concurrent.ThreadLocalRandom.current().nextLong(1, 1_000_000) * 1_000_000L;

    private record RedirectSession(UserId user, RedirectRequest request) {
    }

    private static final class FakeConnection {
        final ConnectionId id;
        final UserId user;
        final FakeBank bank;
        final Map<ChannelDefinitionId, Channel> channels = new LinkedHashMap<>();
        final List<Account> accounts = new ArrayList<>();
        ChannelDefinitionId activeChannel;
        SyncPhase phase = SyncPhase.LIST_ACCOUNTS;
        List<ChallengeStep> steps = List.of();
        int stepIndex;
        int attemptsLeft;
        ConnectionStatus status = ConnectionStatus.RUNNING;

        FakeConnection(ConnectionId id, UserId user, FakeBank bank) {
            this.id = id;
            this.user = user;
            this.bank = bank;
        }
    }

    /** A fake whose events and key expirations follow {@code clock}. */
    public FakeOxlinApi(Clock clock) {
        this.clock = clock;
    }

    // ---------------------------------------------------------------- scripting

    /** Registers a bank and returns its script. */
    public synchronized FakeBank bank(Provider provider) {
        FakeBank bank = new FakeBank(provider);
        banks.put(provider.id(), bank);
        return bank;
    }

    /** How long keys created by {@code createKey} last. Default 1 hour. */
    public synchronized FakeOxlinApi keyValidity(Duration validity) {
        this.keyValidity = validity;
        return this;
    }

    /** The next calls (of any kind) throw these, in order. */
    public synchronized FakeOxlinApi failNextCalls(RuntimeException... failures) {
        faults.addAll(List.of(failures));
        return this;
    }

    /** OXLIN runs a SYNC_ALL on its own schedule (auto-sync). */
    public synchronized void triggerSync(ConnectionId id) {
        FakeConnection connection = existing(id);
        startPhase(connection, SyncPhase.SYNC_ALL);
    }

    /** The user did not answer in time: the current challenge ends in CHALLENGE_TIMED_OUT. */
    public synchronized void timeOutChallenge(ConnectionId id) {
        fail(existing(id), ChannelStatus.CHALLENGE_TIMED_OUT);
    }

    /** Moves a REDIRECT channel's expiry, as if authorized long ago. */
    public synchronized void expireChannelAt(ConnectionId id, ChannelDefinitionId channel, Instant expires) {
        FakeConnection connection = existing(id);
        Channel current = connection.channels.get(channel);
        connection.channels.put(channel, new Channel(channel, current.mode(), current.status(), Optional.of(expires),
                current.lastSuccess(), current.lastEnd(), current.maskedCredentials(), current.accountTypes()));
    }

    /**
     * The user finished at the bank's authorize page: returns the query the browser brings back to the
     * host's redirect URI ({@code connection_id}, {@code status}, {@code queue_id}; or {@code code} and
     * {@code state} for a client-handled redirect).
     */
    public synchronized Map<String, String> completeAuthorization(URI authorizeUrl) {
        String session = authorizeUrl.getQuery().replace("session=", "");
        RedirectSession redirect = sessions.get(session);
        if (redirect == null) {
            throw new IllegalArgumentException("no authorize session " + session);
        }
        RedirectRequest request = redirect.request();
        Map<String, String> query = new LinkedHashMap<>();
        if (request.clientHandled()) {
            query.put("code", "code-" + session);
            request.state().ifPresent(s -> query.put("state", s.value()));
            return query;
        }
        FakeConnection connection;
        if (request.existingConnection().isPresent()) {
            connection = existing(request.existingConnection().get());
            authorizeRedirectChannel(connection, request.channel());
        } else {
            connection = newRedirectConnection(redirect.user(), request.providerId(), request.channel());
        }
        query.put("connection_id", connection.id.value());
        query.put("status", connection.status.name());
        Optional.ofNullable(queues.get(redirect.user())).ifPresent(q -> query.put("queue_id", q.value()));
        return query;
    }

    /** Queues again every event already delivered to the user (at-least-once delivery). */
    public synchronized void redeliverAll(UserId user) {
        pending.computeIfAbsent(user, u -> new ArrayList<>()).addAll(0, delivered.getOrDefault(user, List.of()));
    }

    /** Reverses the order of the user's waiting events (out-of-order delivery). */
    public synchronized void reverseWaitingEvents(UserId user) {
        Collections.reverse(pending.computeIfAbsent(user, u -> new ArrayList<>()));
    }

    // ---------------------------------------------------------------- inspection

    /** Every call received, as {@code "METHOD /path"}, in order. */
    public synchronized List<String> calls() {
        return List.copyOf(calls);
    }

    /** How many calls matched {@code "METHOD /path"} exactly. */
    public synchronized long count(String call) {
        return calls.stream().filter(call::equals).count();
    }

    /** Every credential and answer value received, as sent. */
    public synchronized List<Received> received() {
        return List.copyOf(received);
    }

    /** The channel status the fake holds. */
    public synchronized ChannelStatus channelStatus(ConnectionId id, ChannelDefinitionId channel) {
        return existing(id).channels.get(channel).status();
    }

    // ---------------------------------------------------------------- users, providers, keys

    @Override
    public synchronized UserId createUser(NewUser user) {
        call("POST /users");
        UserId id = UserId.of(Long.toString(next()));
        users.put(id, user.email());
        return id;
    }

    @Override
    public synchronized void deleteUser(UserId user) {
        call("DELETE /users/" + user);
        users.remove(user);
        connections.values().removeIf(c -> c.user.equals(user));
    }

    @Override
    public synchronized List<Provider> listProviders(UserId user) {
        call("GET /providers");
        requireUser(user);
        return banks.values().stream().map(FakeBank::provider).toList();
    }

    @Override
    public synchronized Provider provider(UserId user, ProviderId providerId) {
        call("GET /providers/" + providerId);
        requireUser(user);
        return bankOf(providerId).provider();
    }

    @Override
    public synchronized URI authorizeUrl(UserId user, RedirectRequest request) {
        call("POST /providers/" + request.providerId() + "/channels/" + request.channel() + "/authorize_url");
        requireUser(user);
        bankOf(request.providerId());
        request.existingConnection().ifPresent(id -> owned(user, id));
        String session = Long.toString(next());
        sessions.put(session, new RedirectSession(user, request));
        return URI.create("https://bank.fake.example/authorize?session=" + session);
    }

    @Override
    public synchronized KeyId createKey(UserId user) {
        call("POST /keys");
        requireUser(user);
        KeyId id = KeyId.of(Long.toString(next()));
        keys.put(id, new EncryptionKey(id, "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nfake-" + id + "\n-----END PGP PUBLIC KEY BLOCK-----\n",
                clock.instant().plus(keyValidity)));
        return id;
    }

    @Override
    public synchronized EncryptionKey key(UserId user, KeyId keyId) {
        call("GET /keys/" + keyId);
        requireUser(user);
        EncryptionKey key = keys.get(keyId);
        if (key == null) {
            throw new OxlinApiException.NotFound("not_found", "key " + keyId + " not found", "");
        }
        return key;
    }

    // ---------------------------------------------------------------- connections

    @Override
    public synchronized ConnectionId createConnection(UserId user, NewConnection request) {
        call("POST /connections");
        requireUser(user);
        FakeBank bank = bankOf(request.providerId());
        ChannelDefinition definition = bank.provider().channel(request.channel())
                .orElseThrow(() -> new OxlinApiException.BadRequest("invalid_channel", "unknown channel " + request.channel(), ""));
        if (definition.mode() == ChannelMode.REDIRECT) {
            String code = request.credentials().isEmpty() ? "" : request.credentials().get(0).value().reveal();
            RedirectSession session = sessions.get(code.replace("code-", ""));
            if (session == null || !code.startsWith("code-")) {
                throw new OxlinApiException.BadRequest("invalid_grant", "unknown authorization code", "");
            }
            return newRedirectConnection(user, request.providerId(), request.channel()).id;
        }
        checkEncryption("POST /connections", definition, request.keyId(), request.credentials());
        FakeConnection connection = new FakeConnection(ConnectionId.of(Long.toString(next())), user, bank);
        connections.put(connection.id, connection);
        connection.activeChannel = definition.id();
        connection.channels.put(definition.id(), new Channel(definition.id(), ChannelMode.EMBEDDED, ChannelStatus.RUNNING,
                Optional.empty(), Optional.empty(), Optional.empty(), masked(definition, request.credentials()),
                definition.accountTypes()));
        for (ChannelDefinition other : bank.provider().channelDefinitions()) {
            connection.channels.putIfAbsent(other.id(), new Channel(other.id(), other.mode(), ChannelStatus.EMPTY, Optional.empty(),
                    Optional.empty(), Optional.empty(), List.of(), other.accountTypes()));
        }
        if (credentialsRefused(bank, request.credentials())) {
            fail(connection, ChannelStatus.AUTH_FAILED);
        } else {
            startPhase(connection, SyncPhase.LIST_ACCOUNTS);
        }
        return connection.id;
    }

    @Override
    public synchronized Connection connection(UserId user, ConnectionId id) {
        call("GET /connections/" + id);
        return snapshot(owned(user, id));
    }

    @Override
    public synchronized List<Connection> connections(UserId user) {
        call("GET /connections");
        return connections.values().stream().filter(c -> c.user.equals(user)).map(this::snapshot).toList();
    }

    @Override
    public synchronized void deleteConnection(UserId user, ConnectionId id) {
        call("DELETE /connections/" + id);
        if (connections.containsKey(id)) {
            owned(user, id);
            connections.remove(id);
        }
    }

    @Override
    public synchronized void updateChannel(UserId user, ConnectionId id, ChannelDefinitionId channel, Optional<KeyId> keyId,
                                           List<OutgoingCredential> credentials) {
        call("PUT /connections/" + id + "/channels/" + channel);
        FakeConnection connection = owned(user, id);
        ChannelDefinition definition = connection.bank.provider().channel(channel)
                .orElseThrow(() -> new OxlinApiException.NotFound("not_found", "channel " + channel + " not found", ""));
        checkEncryption("PUT channel", definition, keyId, credentials);
        connection.activeChannel = channel;
        Channel current = connection.channels.get(channel);
        connection.channels.put(channel, new Channel(channel, definition.mode(), ChannelStatus.RUNNING, current.expires(),
                current.lastSuccess(), current.lastEnd(), masked(definition, credentials), definition.accountTypes()));
        if (credentialsRefused(connection.bank, credentials)) {
            fail(connection, ChannelStatus.AUTH_FAILED);
        } else {
            startPhase(connection, connection.accounts.isEmpty() ? SyncPhase.LIST_ACCOUNTS : SyncPhase.SYNC_ALL);
        }
    }

    @Override
    public synchronized void updateCredential(UserId user, ConnectionId id, Optional<KeyId> keyId, OutgoingCredential credential) {
        call("PUT /connections/" + id + "/credentials/" + credential.id());
        FakeConnection connection = owned(user, id);
        ChannelDefinition definition = connection.bank.provider().channel(connection.activeChannel).orElseThrow();
        checkEncryption("PUT credential", definition, keyId, List.of(credential));
        if (credentialsRefused(connection.bank, List.of(credential))) {
            fail(connection, ChannelStatus.AUTH_FAILED);
        } else {
            setChannelStatus(connection, ChannelStatus.RUNNING);
            startPhase(connection, SyncPhase.SYNC_ALL);
        }
    }

    @Override
    public synchronized void sendUserInput(UserId user, ConnectionId id, ChannelDefinitionId channel,
                                           List<OutgoingCredential> answers) {
        call("POST /connections/" + id + "/channels/" + channel + "/user_input");
        FakeConnection connection = owned(user, id);
        if (connection.stepIndex >= connection.steps.size()
                || connection.channels.get(channel).status() != ChannelStatus.CHALLENGE_REQUIRED) {
            throw new OxlinApiException.Conflict("no_challenge", "connection " + id + " waits on no challenge", "");
        }
        Map<String, String> values = new HashMap<>();
        for (OutgoingCredential answer : answers) {
            String value = answer.value().reveal();
            received.add(new Received("user_input", answer.id(), value, answer.encrypted()));
            values.put(answer.id().value(), value);
        }
        ChallengeStep step = connection.steps.get(connection.stepIndex);
        Optional<CredentialId> confirmation = step.prompt().confirmation().map(c -> c.id());
        if (confirmation.isPresent() && "false".equals(values.get(confirmation.get().value()))) {
            fail(connection, ChannelStatus.CHALLENGE_CANCELLED);
            return;
        }
        if (step.accepts().test(values)) {
            connection.stepIndex++;
            advance(connection);
            return;
        }
        connection.attemptsLeft--;
        if (connection.attemptsLeft <= 0) {
            fail(connection, ChannelStatus.CHALLENGE_FAILED);
        } else {
            ask(connection, step.onWrong().apply(connection.attemptsLeft));
        }
    }

    @Override
    public synchronized void giveConsent(UserId user, Consent consent) {
        call("PUT /connections/" + consent.connectionId() + "/consents");
        FakeConnection connection = owned(user, consent.connectionId());
        for (ConsentDecision decision : consent.decisions()) {
            int index = indexOf(connection, decision.accountId());
            if (index < 0) {
                throw new OxlinApiException.BadRequest("invalid_account", "account " + decision.accountId() + " unknown", "");
            }
            if (decision.granted()) {
                connection.accounts.set(index, connection.accounts.get(index).withStatus(AccountStatus.ACTIVE));
            } else {
                connection.accounts.remove(index);
            }
        }
        startPhase(connection, SyncPhase.SYNC_ALL);
    }

    // ---------------------------------------------------------------- widget

    @Override
    public synchronized io.oxlinkit.domain.widget.WidgetSession createWidgetSession(UserId user) {
        call("POST /widget/widget_session");
        requireUser(user);
        String session = Long.toString(next());
        return new io.oxlinkit.domain.widget.WidgetSession(session, URI.create("https://widget.fake.example/add_connection?session_id=" + session));
    }

    /**
     * The user went through the widget at {@code providerId} (its challenges answered inside the widget)
     * and shared the accounts the bank script lists: the connection exists, its LIST_ACCOUNTS and SYNC_ALL
     * events are queued, and the query the widget sends the user back with is returned.
     */
    public synchronized Map<String, String> completeWidget(UserId user, ProviderId providerId) {
        FakeBank bank = bankOf(providerId);
        ChannelDefinition channel = bank.provider().channelDefinitions().get(0);
        FakeConnection connection = new FakeConnection(ConnectionId.of(Long.toString(next())), user, bank);
        connections.put(connection.id, connection);
        connection.activeChannel = channel.id();
        for (ChannelDefinition other : bank.provider().channelDefinitions()) {
            connection.channels.put(other.id(), new Channel(other.id(), other.mode(), other.id().equals(channel.id())
                    ? ChannelStatus.RUNNING : ChannelStatus.EMPTY, Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
                    other.accountTypes()));
        }
        connection.phase = SyncPhase.LIST_ACCOUNTS;
        connection.steps = List.of();
        connection.stepIndex = 0;
        advance(connection);
        connection.accounts.replaceAll(a -> a.withStatus(AccountStatus.ACTIVE));
        startPhase(connection, SyncPhase.SYNC_ALL);
        Map<String, String> query = new LinkedHashMap<>();
        query.put("connection_id", connection.id.value());
        query.put("status", connection.status.name());
        return query;
    }

    // ---------------------------------------------------------------- queues, accounts, transactions

    @Override
    public synchronized QueueId subscribe(UserId user, Set<String> topics) {
        call("POST /queues/subscribe");
        requireUser(user);
        QueueId queue = QueueId.of("q" + next());
        queues.put(user, queue);
        return queue;
    }

    @Override
    public synchronized List<Event> poll(UserId user, QueueId queue) {
        call("GET /queues/" + queue);
        if (!queue.equals(queues.get(user))) {
            throw new OxlinApiException.NotFound("not_found", "queue " + queue + " not found", "");
        }
        List<Event> events = new ArrayList<>(pending.getOrDefault(user, List.of()));
        pending.remove(user);
        delivered.computeIfAbsent(user, u -> new ArrayList<>()).addAll(events);
        return events;
    }

    @Override
    public synchronized List<Account> accounts(UserId user, ConnectionId id) {
        call("GET /accounts?connection_id=" + id);
        return List.copyOf(owned(user, id).accounts);
    }

    @Override
    public synchronized List<Transaction> transactions(UserId user, AccountId accountId, int page, int limit) {
        call("GET /transactions?account_id=" + accountId + "&page=" + page);
        FakeConnection connection = connections.values().stream().filter(c -> c.user.equals(user))
                .filter(c -> indexOf(c, accountId) >= 0).findFirst()
                .orElseThrow(() -> new OxlinApiException.NotFound("not_found", "account " + accountId + " not found", ""));
        Account account = connection.accounts.get(indexOf(connection, accountId));
        if (account.status() == AccountStatus.PENDING_CONSENT) {
            return List.of();
        }
        int total = connection.bank.transactionsPerAccount();
        List<Transaction> result = new ArrayList<>();
        for (int i = (page - 1) * limit; i < Math.min(total, page * limit); i++) {
            result.add(transaction(accountId, i));
        }
        return result;
    }

    /** The i-th transaction the fake serves for an account (newest first), for assertions. */
    public static Transaction transaction(AccountId accountId, int index) {
        BigDecimal amount = BigDecimal.valueOf((index % 7 - 3) * 1250L + 1, 2);
        return new Transaction(TransactionId.of(accountId.value() + "-t" + index), accountId, new Money(amount,
                java.util.Currency.getInstance("EUR")), TRANSACTIONS_START.minus(index, ChronoUnit.HOURS), "Transaction " + index,
                amount.signum() < 0 ? TransactionType.DEBIT : TransactionType.CREDIT, TransactionStatus.BOOKED,
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    // ---------------------------------------------------------------- the synchronization script

    private FakeConnection newRedirectConnection(UserId user, ProviderId providerId, ChannelDefinitionId channel) {
        FakeBank bank = bankOf(providerId);
        ChannelDefinition definition = bank.provider().channel(channel).orElseThrow();
        FakeConnection connection = new FakeConnection(ConnectionId.of(Long.toString(next())), user, bank);
        connections.put(connection.id, connection);
        connection.activeChannel = channel;
        for (ChannelDefinition other : bank.provider().channelDefinitions()) {
            connection.channels.put(other.id(), new Channel(other.id(), other.mode(), ChannelStatus.EMPTY, Optional.empty(),
                    Optional.empty(), Optional.empty(), List.of(), other.accountTypes()));
        }
        authorizeRedirectChannel(connection, definition.id());
        startPhase(connection, SyncPhase.LIST_ACCOUNTS);
        return connection;
    }

    private void authorizeRedirectChannel(FakeConnection connection, ChannelDefinitionId channel) {
        ChannelDefinition definition = connection.bank.provider().channel(channel).orElseThrow();
        Instant now = clock.instant();
        connection.channels.put(channel, new Channel(channel, ChannelMode.REDIRECT, ChannelStatus.SUCCESS,
                Optional.of(now.plus(connection.bank.redirectValidity())), Optional.of(now), Optional.of(now), List.of(),
                definition.accountTypes()));
        connection.activeChannel = channel;
        connection.status = ConnectionStatus.SUCCESS;
    }

    private void startPhase(FakeConnection connection, SyncPhase phase) {
        connection.phase = phase;
        connection.status = ConnectionStatus.RUNNING;
        connection.steps = phase == SyncPhase.LIST_ACCOUNTS ? connection.bank.listAccountsSteps() : connection.bank.syncAllSteps();
        connection.stepIndex = 0;
        if (phase == SyncPhase.SYNC_ALL) {
            Optional<ChannelStatus> failure = connection.bank.takeNextSyncFailure();
            if (failure.isPresent()) {
                fail(connection, failure.get());
                return;
            }
        }
        advance(connection);
    }

    private void advance(FakeConnection connection) {
        if (connection.stepIndex < connection.steps.size()) {
            ChallengeStep step = connection.steps.get(connection.stepIndex);
            connection.attemptsLeft = step.attempts();
            ask(connection, step.prompt());
            return;
        }
        Instant now = clock.instant();
        Channel channel = connection.channels.get(connection.activeChannel);
        connection.channels.put(channel.definitionId(), new Channel(channel.definitionId(), channel.mode(), ChannelStatus.SUCCESS,
                channel.expires(), Optional.of(now), Optional.of(now), channel.maskedCredentials(), channel.accountTypes()));
        connection.status = ConnectionStatus.SUCCESS;
        if (connection.phase == SyncPhase.LIST_ACCOUNTS) {
            if (connection.accounts.isEmpty()) {
                connection.bank.accounts().forEach((name, type) -> connection.accounts.add(new Account(
                        AccountId.of(connection.id.value() + "-" + (connection.accounts.size() + 1)), connection.id, Optional.of(name),
                        Optional.of("FR76" + next()), Optional.empty(), Optional.of(Money.of("1000.00", "EUR")), Optional.of(now), type,
                        AccountStatus.PENDING_CONSENT, AccountClassification.PERSONAL, Optional.of(channel.definitionId()))));
            }
            emit(connection, EventType.LIST_ACCOUNTS_SUCCESS, null);
        } else {
            emit(connection, EventType.SYNC_ALL_SUCCESS, null);
        }
    }

    private void ask(FakeConnection connection, ChallengePrompt prompt) {
        setChannelStatus(connection, ChannelStatus.CHALLENGE_REQUIRED);
        emit(connection, connection.phase == SyncPhase.LIST_ACCOUNTS
                ? EventType.LIST_ACCOUNTS_USER_INPUT_REQUESTED : EventType.SYNC_ALL_USER_INPUT_REQUESTED, prompt);
    }

    private void fail(FakeConnection connection, ChannelStatus status) {
        setChannelStatus(connection, status);
        connection.status = ConnectionStatus.FAILED;
        connection.stepIndex = connection.steps.size();
        emit(connection, connection.phase == SyncPhase.LIST_ACCOUNTS ? EventType.LIST_ACCOUNTS_FAILURE : EventType.SYNC_ALL_FAILURE, null);
    }

    private void setChannelStatus(FakeConnection connection, ChannelStatus status) {
        Channel channel = connection.channels.get(connection.activeChannel);
        connection.channels.put(channel.definitionId(), channel.withStatus(status));
    }

    private void emit(FakeConnection connection, EventType type, ChallengePrompt prompt) {
        EventHeader header = new EventHeader(EventId.of(Long.toString(next())), connection.id,
                clock.instant().truncatedTo(ChronoUnit.SECONDS), Optional.of(connection.activeChannel),
                Optional.of(snapshot(connection)));
        Event event;
        if (prompt != null) {
            event = new Event.UserInputRequested(header, type, prompt);
        } else if (type == EventType.LIST_ACCOUNTS_SUCCESS || type == EventType.SYNC_ALL_SUCCESS) {
            event = new Event.SynchronizationSucceeded(header, type);
        } else {
            event = new Event.SynchronizationFailed(header, type);
        }
        pending.computeIfAbsent(connection.user, u -> new ArrayList<>()).add(event);
    }

    private Connection snapshot(FakeConnection connection) {
        return new Connection(connection.id, connection.bank.provider().id(), connection.bank.provider().name(), connection.status,
                true, List.copyOf(connection.channels.values()), Owner.unknown(), Optional.empty());
    }

    // ---------------------------------------------------------------- checks

    private void checkEncryption(String operation, ChannelDefinition definition, Optional<KeyId> keyId,
                                 List<OutgoingCredential> credentials) {
        for (OutgoingCredential credential : credentials) {
            String value = credential.value().reveal();
            received.add(new Received(operation, credential.id(), value, credential.encrypted()));
            Optional<CredentialField> field = definition.field(credential.id().value());
            if (field.isEmpty()) {
                throw new OxlinApiException.BadRequest("invalid_credential", "unknown credential " + credential.id(), "");
            }
            if (field.get().encrypt()) {
                if (!credential.encrypted() || !value.startsWith(PGP_MESSAGE)) {
                    throw new AssertionError("fake OXLIN: field " + credential.id() + " is encrypt:true but arrived unencrypted");
                }
                if (keyId.isEmpty() || !keys.containsKey(keyId.get())) {
                    throw new OxlinApiException.BadRequest("invalid_key", "encrypted values need a known key_id", "");
                }
                if (!clock.instant().isBefore(keys.get(keyId.get()).expiration())) {
                    throw new OxlinApiException.Unprocessable("key_expired", "key " + keyId.get() + " has expired", "");
                }
            }
        }
    }

    private boolean credentialsRefused(FakeBank bank, List<OutgoingCredential> credentials) {
        for (OutgoingCredential credential : credentials) {
            String expected = bank.acceptedCredentials().get(credential.id());
            if (expected == null) {
                continue;
            }
            String value = credential.value().reveal();
            String plain = credential.encrypted()
                    ? FakeCredentialEncryptor.reveal(value).map(FakeCredentialEncryptor.Opened::plaintext).orElse(value)
                    : value;
            if (!expected.equals(plain)) {
                return true;
            }
        }
        return false;
    }

    private static List<MaskedCredential> masked(ChannelDefinition definition, List<OutgoingCredential> credentials) {
        List<MaskedCredential> masked = new ArrayList<>();
        for (OutgoingCredential credential : credentials) {
            boolean secret = definition.field(credential.id().value()).map(f -> f.type().isMasked() || f.encrypt()).orElse(true);
            if (!secret) {
                String value = credential.value().reveal();
                masked.add(new MaskedCredential(credential.id(), "**" + value.substring(Math.max(0, value.length() - 2))));
            }
        }
        return masked;
    }

    // ---------------------------------------------------------------- plumbing

    private void call(String description) {
        calls.add(description);
        RuntimeException fault = faults.poll();
        if (fault != null) {
            throw fault;
        }
    }

    private long next() {
        return ++sequence;
    }

    private void requireUser(UserId user) {
        if (!users.containsKey(user)) {
            throw new OxlinApiException.Unauthorized("invalid_token", "unknown user", "");
        }
    }

    private FakeBank bankOf(ProviderId providerId) {
        FakeBank bank = banks.get(providerId);
        if (bank == null) {
            throw new OxlinApiException.NotFound("not_found", "provider " + providerId + " not found", "");
        }
        return bank;
    }

    private FakeConnection existing(ConnectionId id) {
        FakeConnection connection = connections.get(id);
        if (connection == null) {
            throw new IllegalArgumentException("the fake holds no connection " + id);
        }
        return connection;
    }

    private FakeConnection owned(UserId user, ConnectionId id) {
        FakeConnection connection = connections.get(id);
        if (connection == null || !connection.user.equals(user)) {
            throw new OxlinApiException.NotFound("not_found", "connection " + id + " not found", "");
        }
        return connection;
    }

    private static int indexOf(FakeConnection connection, AccountId accountId) {
        for (int i = 0; i < connection.accounts.size(); i++) {
            if (connection.accounts.get(i).id().equals(accountId)) {
                return i;
            }
        }
        return -1;
    }
}
