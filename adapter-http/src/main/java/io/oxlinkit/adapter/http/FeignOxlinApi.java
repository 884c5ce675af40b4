package io.oxlinkit.adapter.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.oxlinkit.adapter.http.config.OxlinHttpConfig;
import io.oxlinkit.adapter.http.resilience.Resilience;
import io.oxlinkit.adapter.http.resilience.ResilienceRegistries;
import io.oxlinkit.adapter.http.token.TokenManager;
import io.oxlinkit.application.port.ApiCallObserver;
import io.oxlinkit.application.port.NewConnection;
import io.oxlinkit.application.port.NewUser;
import io.oxlinkit.application.port.OutgoingCredential;
import io.oxlinkit.application.port.OxlinApi;
import io.oxlinkit.application.port.TransactionQuery;
import io.oxlinkit.application.port.UserSecretVault;
import io.oxlinkit.domain.account.Account;
import io.oxlinkit.domain.account.Transaction;
import io.oxlinkit.domain.connection.Connection;
import io.oxlinkit.domain.consent.Consent;
import io.oxlinkit.domain.event.Event;
import io.oxlinkit.domain.id.AccountId;
import io.oxlinkit.domain.id.ChannelDefinitionId;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.KeyId;
import io.oxlinkit.domain.id.ProviderId;
import io.oxlinkit.domain.id.QueueId;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.domain.key.EncryptionKey;
import io.oxlinkit.domain.provider.Provider;
import io.oxlinkit.domain.redirect.RedirectRequest;
import io.oxlinkit.domain.widget.WidgetSession;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The OXLIN API v2.1 over HTTP: Feign on the JDK {@link HttpClient}, Jackson, and Resilience4j
 * (see {@link Resilience}), with per-user tokens ({@link TokenManager}), typed errors and tolerant
 * reading. Thread-safe; create one per application.
 *
 * <pre>{@code
 * OxlinApi api = new FeignOxlinApi(OxlinHttpConfig.builder()
 *         .apiBaseUrl(URI.create("https://sandbox-api.oxlin.io/v2.1"))
 *         .authBaseUrl(URI.create("https://sandbox-auth.oxlin.io"))
 *         .clientId(clientId).clientSecret(SecretValue.of(clientSecretChars))
 *         .build(), vault, Clock.systemUTC());
 * }</pre>
 */
public final class FeignOxlinApi implements OxlinApi, AutoCloseable {

    private final HttpTransport transport;
    private final HttpUsers users;
    private final HttpProviders providers;
    private final HttpKeys keys;
    private final HttpConnections connections;
    private final HttpQueues queues;
    private final HttpAccounts accounts;
    private final HttpWidget widget;

    /**
     * @param config endpoints, credentials, timeouts and resilience settings
     * @param vault where each user's OXLIN login, password and refresh token are kept
     * @param clock the clock tokens age by
     */
    public FeignOxlinApi(OxlinHttpConfig config, UserSecretVault vault, Clock clock) {
        this(config, vault, clock, ResilienceRegistries.create(), ApiCallObserver.NONE);
    }

    /**
     * The same, its retries, breakers, limiter and bulkhead created in {@code registries} (so metrics can bind them)
     * and every call reported to {@code observer}; the {@code oxlin-kit-micrometer} module gives both.
     */
    public FeignOxlinApi(
            OxlinHttpConfig config,
            UserSecretVault vault,
            Clock clock,
            ResilienceRegistries registries,
            ApiCallObserver observer) {
        this.transport = new HttpTransport(config, vault, clock, registries, observer);
        this.users = new HttpUsers(transport);
        this.providers = new HttpProviders(transport);
        this.keys = new HttpKeys(transport);
        this.connections = new HttpConnections(transport);
        this.queues = new HttpQueues(transport);
        this.accounts = new HttpAccounts(transport);
        this.widget = new HttpWidget(transport);
    }

    /** The JSON mapper of the adapter: snake_case, nulls left out, unknown fields ignored, decimals exact. */
    static ObjectMapper mapper() {
        return HttpTransport.mapper();
    }

    /** Stops this adapter's threads (the body watchdog, the page look-ahead). Calls after it fail. */
    @Override
    public void close() {
        transport.close();
    }

    /** The configuration in use. */
    public OxlinHttpConfig config() {
        return transport.config;
    }

    /** The registries of the resilience chain's retries, breakers, limiter and bulkhead. */
    public ResilienceRegistries registries() {
        return transport.resilience.registries();
    }

    /** The resilience chain (for its circuit breaker state). */
    public Resilience resilience() {
        return transport.resilience;
    }

    @Override
    public UserId createUser(NewUser user) {
        return users.createUser(user);
    }

    @Override
    public UserId identify(NewUser user) {
        return users.identify(user);
    }

    @Override
    public void deleteUser(UserId user) {
        users.deleteUser(user);
    }

    @Override
    public List<Provider> listProviders(UserId user) {
        return providers.listProviders(user);
    }

    @Override
    public Provider provider(UserId user, ProviderId providerId) {
        return providers.provider(user, providerId);
    }

    @Override
    public URI authorizeUrl(UserId user, RedirectRequest request) {
        return providers.authorizeUrl(user, request);
    }

    @Override
    public KeyId createKey(UserId user) {
        return keys.createKey(user);
    }

    @Override
    public EncryptionKey key(UserId user, KeyId keyId) {
        return keys.key(user, keyId);
    }

    @Override
    public ConnectionId createConnection(UserId user, NewConnection request) {
        return connections.createConnection(user, request);
    }

    @Override
    public Connection connection(UserId user, ConnectionId connectionId) {
        return connections.connection(user, connectionId);
    }

    @Override
    public List<Connection> connections(UserId user) {
        return connections.connections(user);
    }

    @Override
    public void deleteConnection(UserId user, ConnectionId connectionId) {
        connections.deleteConnection(user, connectionId);
    }

    @Override
    public void updateChannel(
            UserId user,
            ConnectionId connectionId,
            ChannelDefinitionId channel,
            Optional<KeyId> keyId,
            List<OutgoingCredential> credentials) {
        connections.updateChannel(user, connectionId, channel, keyId, credentials);
    }

    @Override
    public void updateCredential(
            UserId user, ConnectionId connectionId, Optional<KeyId> keyId, OutgoingCredential credential) {
        connections.updateCredential(user, connectionId, keyId, credential);
    }

    @Override
    public void sendUserInput(
            UserId user, ConnectionId connectionId, ChannelDefinitionId channel, List<OutgoingCredential> answers) {
        connections.sendUserInput(user, connectionId, channel, answers);
    }

    @Override
    public void giveConsent(UserId user, Consent consent) {
        connections.giveConsent(user, consent);
    }

    @Override
    public QueueId subscribe(UserId user, Set<String> topics) {
        return queues.subscribe(user, topics);
    }

    @Override
    public List<Event> poll(UserId user, QueueId queue) {
        return queues.poll(user, queue);
    }

    @Override
    public List<Account> accounts(UserId user, ConnectionId connectionId) {
        return accounts.accounts(user, connectionId);
    }

    @Override
    public List<Transaction> transactions(
            UserId user, AccountId accountId, TransactionQuery query, int page, int limit) {
        return accounts.transactions(user, accountId, query, page, limit);
    }

    /**
     * Every transaction of an account, newest first, as a lazy stream: the next page is fetched when the
     * stream reaches it (or, with {@code pageLookAhead}, while the current one is consumed), so at most
     * two pages are in memory whatever the history's length. Close the stream to stop a look-ahead early.
     */
    public Stream<Transaction> transactionStream(UserId user, AccountId accountId) {
        return accounts.transactionStream(user, accountId);
    }

    @Override
    public WidgetSession createWidgetSession(UserId user) {
        return widget.createWidgetSession(user);
    }
}
