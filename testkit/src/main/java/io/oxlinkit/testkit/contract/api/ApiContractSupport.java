package io.oxlinkit.testkit.contract.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.oxlinkit.application.port.NewConnection;
import io.oxlinkit.application.port.OutgoingCredential;
import io.oxlinkit.application.port.OxlinApi;
import io.oxlinkit.domain.account.Account;
import io.oxlinkit.domain.account.Transaction;
import io.oxlinkit.domain.connection.ChannelStatus;
import io.oxlinkit.domain.connection.Connection;
import io.oxlinkit.domain.consent.Consent;
import io.oxlinkit.domain.consent.ConsentDecision;
import io.oxlinkit.domain.event.Event;
import io.oxlinkit.domain.event.EventType;
import io.oxlinkit.domain.id.AccountId;
import io.oxlinkit.domain.id.ChannelDefinitionId;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.CredentialId;
import io.oxlinkit.domain.id.KeyId;
import io.oxlinkit.domain.id.QueueId;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.domain.key.EncryptionKey;
import io.oxlinkit.domain.provider.ChannelDefinition;
import io.oxlinkit.domain.provider.ChannelMode;
import io.oxlinkit.domain.provider.CredentialField;
import io.oxlinkit.domain.provider.Provider;
import io.oxlinkit.domain.redirect.RedirectRequest;
import io.oxlinkit.domain.secret.SecretValue;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every part of the API contract shares: a fresh emulator and user per test, a queue, and the
 * steps a client takes (fill a form, create a connection, read the queue, consent, page a history).
 */
public abstract class ApiContractSupport {

    /** Where the contract's redirects come back to. */
    protected static final URI CALLBACK = URI.create("https://host.example/oxlin/callback");
    /** The SMS code of the guide's test bank. */
    protected static final String SMS_CODE = "123456";
    /** A login every test bank's login pattern accepts. */
    protected static final String LOGIN = "alice.contract";

    protected Emulator emulator;
    protected OxlinApi api;
    protected UserId user;
    protected QueueId queue;
    private final List<Event> seen = new ArrayList<>();
    private Optional<EncryptionKey> key = Optional.empty();

    /** A fresh emulator for one test. */
    protected abstract Emulator startEmulator();

    @BeforeEach
    void startEmulatorAndUser() {
        emulator = startEmulator();
        api = emulator.api();
        user = emulator.newUser();
        queue = api.subscribe(user, java.util.Set.of("connections"));
    }

    @AfterEach
    void closeEmulator() {
        emulator.close();
    }

    // ---------------------------------------------------------------- banks and forms

    protected Provider provider(BankRole role) {
        return api.provider(user, emulator.bank(role));
    }

    protected ChannelDefinition channel(BankRole role, ChannelMode mode) {
        return provider(role).channels(mode).get(0);
    }

    /** Every field filled: logins with {@link #LOGIN}, secrets with {@code secret}, encrypted where required. */
    protected List<OutgoingCredential> everyField(ChannelDefinition definition, String secret) {
        return fields(definition, field -> true, secret);
    }

    /** Only the fields whose pattern refuses the empty value. */
    protected List<OutgoingCredential> requiredFields(ChannelDefinition definition, String secret) {
        return fields(definition, field -> !acceptsEmpty(field), secret);
    }

    protected static boolean acceptsEmpty(CredentialField field) {
        return field.rule()
                .check(field.id().value(), field.label(), SecretValue.of(""))
                .isEmpty();
    }

    protected List<OutgoingCredential> fields(
            ChannelDefinition definition, Predicate<CredentialField> included, String secret) {
        List<OutgoingCredential> values = new ArrayList<>();
        for (CredentialField field : definition.credentials()) {
            if (included.test(field)) {
                values.add(outgoing(field.id(), typedValue(field, secret), field.encrypt()));
            }
        }
        return values;
    }

    /** What a user types into a field: {@link #LOGIN} for a login, a URL for a URL field, else {@code secret}. */
    protected static String typedValue(CredentialField field, String secret) {
        return switch (field.type()) {
            case TEXT -> LOGIN;
            case URL -> "https://scenario.example/ok";
            default -> secret;
        };
    }

    protected OutgoingCredential outgoing(CredentialId id, String plain, boolean encrypt) {
        SecretValue value = SecretValue.of(plain);
        if (!encrypt) {
            return new OutgoingCredential(id, value, false);
        }
        return new OutgoingCredential(id, SecretValue.of(emulator.encryptor().encrypt(key(), value)), true);
    }

    protected EncryptionKey key() {
        if (key.isEmpty() || !key.get().isUsableAt(emulator.now(), java.time.Duration.ofMinutes(1))) {
            KeyId id = api.createKey(user);
            key = Optional.of(api.key(user, id));
        }
        return key.get();
    }

    protected Optional<KeyId> keyId(List<OutgoingCredential> credentials) {
        return credentials.stream().anyMatch(OutgoingCredential::encrypted)
                ? Optional.of(key().id())
                : Optional.empty();
    }

    // ---------------------------------------------------------------- connections

    protected ConnectionId createEmbedded(BankRole role, String secret) {
        ChannelDefinition definition = channel(role, ChannelMode.EMBEDDED);
        List<OutgoingCredential> values = everyField(definition, secret);
        return api.createConnection(
                user, new NewConnection(emulator.bank(role), definition.id(), keyId(values), values));
    }

    /** An EMBEDDED connection whose LIST_ACCOUNTS succeeded (non-interactive banks). */
    protected ConnectionId listedEmbedded(BankRole role) {
        ConnectionId connection = createEmbedded(role, emulator.acceptedSecret());
        awaitEvent(connection, EventType.LIST_ACCOUNTS_SUCCESS);
        return connection;
    }

    /** A connection OXLIN created after the user approved the REDIRECT channel of {@code role}. */
    protected ConnectionId redirectConnection(BankRole role) {
        ChannelDefinition definition = channel(role, ChannelMode.REDIRECT);
        URI authorize = api.authorizeUrl(
                user, RedirectRequest.oxlinCreatesConnection(emulator.bank(role), definition.id(), CALLBACK));
        Map<String, String> back = emulator.approveAtBank(authorize);
        assertThat(back).containsKey("connection_id");
        return ConnectionId.of(back.get("connection_id"));
    }

    protected Connection snapshot(ConnectionId connection) {
        return api.connection(user, connection);
    }

    protected ChannelStatus status(ConnectionId connection, ChannelDefinitionId channel) {
        return snapshot(connection)
                .channel(channel)
                .orElseThrow(() -> new AssertionError("no channel " + channel))
                .status();
    }

    protected List<Account> accounts(ConnectionId connection) {
        return api.accounts(user, connection);
    }

    protected List<Account> accountsOf(ConnectionId connection, ChannelDefinitionId channel) {
        return accounts(connection).stream()
                .filter(a -> a.channelDefinitionId().equals(Optional.of(channel)))
                .toList();
    }

    protected void grantAll(ConnectionId connection) {
        List<ConsentDecision> decisions = accounts(connection).stream()
                .filter(Account::isPendingConsent)
                .map(a -> ConsentDecision.grant(a.id()))
                .toList();
        api.giveConsent(user, new Consent(connection, decisions));
    }

    /** The SMS sequence answered right on {@code channel}. */
    protected void answerSms(ConnectionId connection, ChannelDefinitionId channel) {
        awaitEvent(
                connection,
                e -> e instanceof Event.UserInputRequested r
                        && r.prompt().confirmation().isPresent()
                        && r.prompt().inputs().isEmpty());
        api.sendUserInput(user, connection, channel, List.of(confirm("304", true)));
        awaitEvent(
                connection,
                e -> e instanceof Event.UserInputRequested r
                        && !r.prompt().inputs().isEmpty());
        api.sendUserInput(user, connection, channel, List.of(answer("306", SMS_CODE), confirm("307", true)));
    }

    protected static OutgoingCredential answer(String id, String value) {
        return new OutgoingCredential(CredentialId.of(id), SecretValue.of(value), false);
    }

    protected static OutgoingCredential confirm(String id, boolean ok) {
        return answer(id, Boolean.toString(ok));
    }

    // ---------------------------------------------------------------- events

    /** Reads the queue once; returns what came and remembers it. */
    protected List<Event> read() {
        List<Event> events = api.poll(user, queue);
        seen.addAll(events);
        return events;
    }

    /** Every event read so far in this test. */
    protected List<Event> seen() {
        return List.copyOf(seen);
    }

    protected Event awaitEvent(ConnectionId connection, EventType type) {
        return awaitEvent(connection, e -> e.type() == type);
    }

    protected Event awaitEvent(ConnectionId connection, EventType type, ChannelDefinitionId channel) {
        return awaitEvent(
                connection,
                e -> e.type() == type && e.header().channelDefinitionId().equals(Optional.of(channel)));
    }

    /**
     * The first event not yet consumed that matches, reading the queue as needed (a few reads, no
     * waiting: both emulators queue an event before the call that caused it returns). Events of
     * different channels may come in any order: only the matching one is consumed.
     */
    protected Event awaitEvent(ConnectionId connection, Predicate<Event> matching) {
        for (int attempt = 0; attempt < 3; attempt++) {
            for (int i = 0; i < pending.size(); i++) {
                Event event = pending.get(i);
                if (event.header().connectionId().equals(connection) && matching.test(event)) {
                    pending.remove(i);
                    return event;
                }
            }
            pending.addAll(read());
        }
        throw new AssertionError("no matching event for connection " + connection + "; read: " + describe(seen));
    }

    private final List<Event> pending = new ArrayList<>();

    protected static String describe(List<Event> events) {
        return events.stream()
                .map(e -> e.type() + "@"
                        + e.header()
                                .channelDefinitionId()
                                .map(ChannelDefinitionId::value)
                                .orElse("-"))
                .toList()
                .toString();
    }

    // ---------------------------------------------------------------- transactions

    /** Every transaction of the account, page after page of {@code limit}, until a short page. */
    protected List<Transaction> history(AccountId account, int limit) {
        return history(user, account, limit);
    }

    /** The same, as {@code owner}. */
    protected List<Transaction> history(UserId owner, AccountId account, int limit) {
        List<Transaction> all = new ArrayList<>();
        for (int page = 1; page < 10_000; page++) {
            List<Transaction> one = api.transactions(owner, account, page, limit);
            all.addAll(one);
            if (one.size() < limit) {
                return all;
            }
        }
        throw new AssertionError("the history of " + account + " never ends");
    }

    protected List<Transaction> history(AccountId account) {
        return history(account, 100);
    }
}
