package io.oxlinkit.adapter.http;

import io.oxlinkit.adapter.http.config.OxlinHttpConfig;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import feign.Feign;
import feign.Logger;
import feign.Request;
import feign.Retryer;
import feign.http2client.Http2Client;
import feign.jackson.JacksonEncoder;
import io.oxlinkit.adapter.http.client.AccountsClient;
import io.oxlinkit.adapter.http.client.ConnectionsClient;
import io.oxlinkit.adapter.http.client.KeysClient;
import io.oxlinkit.adapter.http.client.ProvidersClient;
import io.oxlinkit.adapter.http.client.QueuesClient;
import io.oxlinkit.adapter.http.client.TokenClient;
import io.oxlinkit.adapter.http.client.UsersClient;
import io.oxlinkit.adapter.http.client.WidgetClient;
import io.oxlinkit.domain.widget.WidgetSession;
import io.oxlinkit.adapter.http.exchange.Exchange;
import io.oxlinkit.adapter.http.log.RedactingFeignLogger;
import io.oxlinkit.adapter.http.resilience.Resilience;
import io.oxlinkit.adapter.http.resilience.Safety;
import io.oxlinkit.adapter.http.token.TokenManager;
import io.oxlinkit.adapter.http.wire.Bodies;
import io.oxlinkit.adapter.http.wire.TransactionReader;
import io.oxlinkit.adapter.http.wire.WireFormatException;
import io.oxlinkit.adapter.http.wire.WireReader;
import io.oxlinkit.application.port.TransactionQuery;
import io.oxlinkit.application.port.NewConnection;
import io.oxlinkit.application.port.NewUser;
import io.oxlinkit.application.port.OutgoingCredential;
import io.oxlinkit.application.port.OxlinApi;
import io.oxlinkit.application.port.OxlinApiException;
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
import io.oxlinkit.domain.secret.SecretValue;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.slf4j.LoggerFactory;

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

    private static final org.slf4j.Logger LOG = LoggerFactory.getLogger(FeignOxlinApi.class);
    /** A connection has a handful of accounts: more pages than this is a server paging for ever. */
    private static final int MAX_ACCOUNT_PAGES = 100;
    private static final int ACCOUNT_PAGE = 100;
    /** Threads fetching the next page of transaction streams ahead of their consumer (daemons, created on demand). */
    /** Fetches the next transaction page while the current one is read (streams with {@code pageLookAhead}); closed by {@link #close}. */
    private final java.util.concurrent.ExecutorService lookAhead = java.util.concurrent.Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "oxlinkit-page-look-ahead");
        thread.setDaemon(true);
        return thread;
    });
    /** Runs the watchdogs of response bodies (stall and deadline); closed by {@link #close}. */
    private final java.util.concurrent.ScheduledExecutorService watchdogs = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(
            runnable -> {
                Thread thread = new Thread(runnable, "oxlinkit-body-watchdog");
                thread.setDaemon(true);
                return thread;
            });

    private final OxlinHttpConfig config;
    private final UserSecretVault vault;
    private final Resilience resilience;
    private final TokenManager tokens;
    private final Exchange exchange;
    private final TransactionReader transactionReader;
    private final String apiHost;
    private final UsersClient users;
    private final ProvidersClient providers;
    private final KeysClient keys;
    private final ConnectionsClient connections;
    private final QueuesClient queues;
    private final AccountsClient accounts;
    private final WidgetClient widgets;
    private final String embedHost;

    /**
     * @param config endpoints, credentials, timeouts and resilience settings
     * @param vault where each user's OXLIN login, password and refresh token are kept
     * @param clock the clock tokens age by
     */
    public FeignOxlinApi(OxlinHttpConfig config, UserSecretVault vault, Clock clock) {
        this.config = config;
        this.vault = vault;
        ObjectMapper mapper = mapper();
        this.resilience = new Resilience(config, clock);
        this.exchange = new Exchange(mapper, new Exchange.BodyLimits(config.maxResponseBytes(), config.readTimeout(), config.overallTimeout(),
                resilience::timeLeft, Clock.systemUTC(), Exchange.watchdog(watchdogs)));
        this.transactionReader = new TransactionReader(mapper.getFactory());
        this.apiHost = config.apiBaseUrl().getHost() + ":" + config.apiBaseUrl().getPort();
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(config.connectTimeout())
                .version("https".equalsIgnoreCase(config.apiBaseUrl().getScheme()) ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        Request.Options options = new Request.Options(config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS,
                config.readTimeout().toMillis(), TimeUnit.MILLISECONDS, false);
        String api = config.apiBaseUrl().toString();
        Function<Class<?>, Object> target = type -> Feign.builder().client(new Http2Client(http)).options(options)
                .encoder(new JacksonEncoder(mapper)).retryer(Retryer.NEVER_RETRY)
                .logger(new RedactingFeignLogger()).logLevel(Logger.Level.BASIC).target(type, api);
        this.users = (UsersClient) target.apply(UsersClient.class);
        this.providers = (ProvidersClient) target.apply(ProvidersClient.class);
        this.keys = (KeysClient) target.apply(KeysClient.class);
        this.connections = (ConnectionsClient) target.apply(ConnectionsClient.class);
        this.queues = (QueuesClient) target.apply(QueuesClient.class);
        this.accounts = (AccountsClient) target.apply(AccountsClient.class);
        this.widgets = Feign.builder().client(new Http2Client(http)).options(options).encoder(new JacksonEncoder(mapper))
                .retryer(Retryer.NEVER_RETRY).logger(new RedactingFeignLogger()).logLevel(Logger.Level.BASIC)
                .target(WidgetClient.class, config.embedBaseUrl().toString());
        this.embedHost = config.embedBaseUrl().getHost() + ":" + config.embedBaseUrl().getPort();
        TokenClient tokenClient = Feign.builder().client(new Http2Client(http)).options(options).retryer(Retryer.NEVER_RETRY)
                .logger(new RedactingFeignLogger()).logLevel(Logger.Level.BASIC).target(TokenClient.class, config.authBaseUrl().toString());
        this.tokens = new TokenManager(tokenClient, config, vault, clock, resilience, mapper, exchange);
    }

    /** The JSON mapper of the adapter: snake_case, nulls left out, unknown fields ignored, decimals exact. */
    static ObjectMapper mapper() {
        return new ObjectMapper()
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }

    /** Stops this adapter's threads (the body watchdog, the page look-ahead). Calls after it fail. */
    @Override
    public void close() {
        watchdogs.shutdownNow();
        lookAhead.shutdownNow();
    }

    /** The configuration in use. */
    public OxlinHttpConfig config() {
        return config;
    }

    /** The resilience chain (for its circuit breaker state). */
    public Resilience resilience() {
        return resilience;
    }

    // ------------------------------------------------------------------ users

    @Override
    public UserId createUser(NewUser user) {
        Bodies.NewUser body = new Bodies.NewUser(user.email(), user.password().reveal());
        return UserId.of(tokens.asClient(auth -> call("POST /users", Safety.UNSAFE,
                () -> users.create(auth, body), Exchange.createdId())));
    }

    @Override
    public void deleteUser(UserId user) {
        try {
            asUser(user, "DELETE /users/{id}", Safety.IDEMPOTENT, auth -> users.delete(auth, user.value()), Exchange.nothing());
        } catch (OxlinApiException.NotFound alreadyGone) {
            LOG.debug("user {} was already deleted", user);
        } catch (OxlinApiException.BadRequest | OxlinApiException.Unauthorized noUserToken) {
            // A deleted user's login is refused by the token endpoint: ask again with the client token,
            // which answers 404 for a user already gone (docs/adapter-http.md, "Deleting a user").
            try {
                tokens.asClient(auth -> call("DELETE /users/{id}", Safety.IDEMPOTENT, () -> users.delete(auth, user.value()),
                        Exchange.nothing()));
            } catch (OxlinApiException.NotFound alreadyGone) {
                LOG.debug("user {} was already deleted", user);
            }
        }
        tokens.forget(user);
    }

    // ------------------------------------------------------------------ providers

    @Override
    public List<Provider> listProviders(UserId user) {
        return asUser(user, "GET /providers", Safety.IDEMPOTENT, providers::list, exchange.json(list -> {
            List<Provider> result = new ArrayList<>();
            WireReader.items(list, "providers").forEach(node -> result.add(WireReader.provider(node)));
            return result;
        }));
    }


    @Override
    public Provider provider(UserId user, ProviderId providerId) {
        return asUser(user, "GET /providers/{id}", Safety.IDEMPOTENT,
                auth -> providers.get(auth, providerId.value()), exchange.json(WireReader::provider));
    }

    @Override
    public URI authorizeUrl(UserId user, RedirectRequest request) {
        String location = asUser(user, "POST /providers/{id}/channels/{channel}/authorize_url", Safety.IDEMPOTENT, auth -> {
            Optional<SecretValue> refresh = vault.find(user, UserSecretVault.Kind.REFRESH_TOKEN).filter(r -> !TokenManager.isClaim(r));
            Bodies.WidgetParams widget = new Bodies.WidgetParams(config.clientId(), config.clientSecret().reveal(),
                    auth.substring("Bearer ".length()), refresh.map(SecretValue::reveal).orElse(null), request.providerId().value());
            refresh.ifPresent(SecretValue::wipe);
            Bodies.AuthorizeUrl body = new Bodies.AuthorizeUrl(request.redirectUri().toString(),
                    request.clientHandled() ? Boolean.TRUE : null, request.state().map(s -> s.value()).orElse(null),
                    request.existingConnection().map(ConnectionId::value).orElse(null),
                    request.existingConnection().isPresent() ? request.channel().value() : null, widget);
            return providers.authorizeUrl(auth, request.providerId().value(), request.channel().value(), body);
        }, Exchange.location());
        URI url = URI.create(location);
        if (!url.isAbsolute()) {
            throw new OxlinApiException.Decoding(201, "authorize_url answered a relative Location", "", null);
        }
        return url;
    }

    // ------------------------------------------------------------------ keys

    @Override
    public KeyId createKey(UserId user) {
        return KeyId.of(asUser(user, "POST /keys", Safety.IDEMPOTENT, auth -> keys.create(auth, new Bodies.NewKey("PGP")), Exchange.createdId()));
    }

    @Override
    public EncryptionKey key(UserId user, KeyId keyId) {
        return asUser(user, "GET /keys/{id}", Safety.IDEMPOTENT, auth -> keys.get(auth, keyId.value()), exchange.json(WireReader::key));
    }

    // ------------------------------------------------------------------ connections

    @Override
    public ConnectionId createConnection(UserId user, NewConnection request) {
        Bodies.NewConnection body = new Bodies.NewConnection(request.providerId().value(), request.channel().value(),
                request.keyId().map(KeyId::value).orElse(null), credentials(request.credentials()));
        return ConnectionId.of(asUser(user, "POST /connections", Safety.UNSAFE, auth -> connections.create(auth, body), Exchange.createdId()));
    }

    @Override
    public Connection connection(UserId user, ConnectionId connectionId) {
        return asUser(user, "GET /connections/{id}", Safety.IDEMPOTENT,
                auth -> connections.get(auth, connectionId.value()), exchange.json(WireReader::connection));
    }

    @Override
    public List<Connection> connections(UserId user) {
        return asUser(user, "GET /connections", Safety.IDEMPOTENT, connections::list, exchange.json(list -> {
            List<Connection> result = new ArrayList<>();
            WireReader.items(list, "connections").forEach(node -> result.add(WireReader.connection(node)));
            return result;
        }));
    }


    @Override
    public void deleteConnection(UserId user, ConnectionId connectionId) {
        try {
            asUser(user, "DELETE /connections/{id}", Safety.IDEMPOTENT, auth -> connections.delete(auth, connectionId.value()),
                    Exchange.nothing());
        } catch (OxlinApiException.NotFound alreadyGone) {
            LOG.debug("connection {} was already deleted", connectionId);
        }
    }

    @Override
    public void updateChannel(UserId user, ConnectionId connectionId, ChannelDefinitionId channel, Optional<KeyId> keyId,
                              List<OutgoingCredential> credentials) {
        Bodies.ChannelUpdate body = new Bodies.ChannelUpdate(channel.value(), keyId.map(KeyId::value).orElse(null), credentials(credentials));
        asUser(user, "PUT /connections/{id}/channels/{channel}", Safety.IDEMPOTENT,
                auth -> connections.updateChannel(auth, connectionId.value(), channel.value(), body), Exchange.nothing());
    }

    @Override
    public void updateCredential(UserId user, ConnectionId connectionId, Optional<KeyId> keyId, OutgoingCredential credential) {
        Bodies.OneCredential body = new Bodies.OneCredential(credential.value().reveal(), keyId.map(KeyId::value).orElse(null));
        asUser(user, "PUT /connections/{id}/credentials/{credential}", Safety.IDEMPOTENT,
                auth -> connections.updateCredential(auth, connectionId.value(), credential.id().value(), body), Exchange.nothing());
    }

    @Override
    public void sendUserInput(UserId user, ConnectionId connectionId, ChannelDefinitionId channel, List<OutgoingCredential> answers) {
        Bodies.UserInput body = new Bodies.UserInput(credentials(answers));
        asUser(user, "POST /connections/{id}/channels/{channel}/user_input", Safety.UNSAFE,
                auth -> connections.userInput(auth, connectionId.value(), channel.value(), body), Exchange.nothing());
    }

    @Override
    public void giveConsent(UserId user, Consent consent) {
        Bodies.Consents body = new Bodies.Consents(consent.decisions().stream()
                .map(d -> new Bodies.Decision(d.accountId().value(), d.granted())).toList());
        asUser(user, "PUT /connections/{id}/consents", Safety.IDEMPOTENT,
                auth -> connections.consents(auth, consent.connectionId().value(), body), Exchange.nothing());
    }

    // ------------------------------------------------------------------ queues

    @Override
    public QueueId subscribe(UserId user, Set<String> topics) {
        Bodies.Subscribe body = new Bodies.Subscribe(List.copyOf(topics));
        return QueueId.of(asUser(user, "POST /queues/subscribe", Safety.IDEMPOTENT, auth -> queues.subscribe(auth, body), Exchange.createdId()));
    }

    @Override
    public List<Event> poll(UserId user, QueueId queue) {
        return asUser(user, "GET /queues/{id}", Safety.IDEMPOTENT, auth -> queues.poll(auth, queue.value()), exchange.json(list -> {
            List<Event> events = new ArrayList<>();
            for (JsonNode node : WireReader.items(list, "events")) {
                try {
                    events.add(WireReader.event(node));
                } catch (RuntimeException unreadable) {
                    // one event the kit cannot read never costs the others of the same read (the server will not serve them again)
                    LOG.warn("an event of queue {} could not be read and was skipped ({}: {})", queue, unreadable.getClass().getSimpleName(),
                            unreadable instanceof WireFormatException ? unreadable.getMessage() : "unreadable");
                }
            }
            return events;
        }));
    }

    // ------------------------------------------------------------------ accounts and transactions

    @Override
    public List<Account> accounts(UserId user, ConnectionId connectionId) {
        List<Account> result = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (int page = 1; ; page++) {
            if (page > MAX_ACCOUNT_PAGES) {
                throw new OxlinApiException.Decoding(200, "GET /accounts served more than " + MAX_ACCOUNT_PAGES + " pages for connection "
                        + connectionId, "", null);
            }
            int current = page;
            List<Account> list = asUser(user, "GET /accounts", Safety.IDEMPOTENT,
                    auth -> accounts.accounts(auth, connectionId.value(), ACCOUNT_PAGE, current), exchange.json(json -> {
                        List<Account> read = new ArrayList<>();
                        WireReader.items(json, "accounts").forEach(node -> read.add(WireReader.account(node)));
                        return read;
                    }));
            List<Account> items = list;
            int fresh = 0;
            for (Account account : items) {
                if (seen.add(account.id().value())) {
                    result.add(account);
                    fresh++;
                }
            }
            if (items.size() > ACCOUNT_PAGE) {
                throw new OxlinApiException.Decoding(200, "GET /accounts served more rows than the " + ACCOUNT_PAGE + " asked for", "", null);
            }
            if (items.size() < ACCOUNT_PAGE) {
                return result;
            }
            if (fresh == 0) {
                throw new OxlinApiException.Decoding(200, "GET /accounts served page " + page + " with no account not seen before", "", null);
            }
        }
    }

    @Override
    public List<Transaction> transactions(UserId user, AccountId accountId, TransactionQuery query, int page, int limit) {
        if (page < 1 || limit < 1 || limit > 500) {
            throw new IllegalArgumentException("page must be at least 1 and limit between 1 and 500");
        }
        // OXLIN's filters are whole epoch seconds: rounding outwards keeps every entry the query asks for
        Long startDate = query.datedFrom().map(Instant::getEpochSecond).orElse(null);
        Long endDate = query.datedUntil().map(until -> until.getEpochSecond() + (until.getNano() > 0 ? 1 : 0)).orElse(null);
        Long startImportDate = query.importedFrom().map(Instant::getEpochSecond).orElse(null);
        return asUser(user, "GET /transactions", Safety.IDEMPOTENT,
                auth -> accounts.transactions(auth, accountId.value(), limit, page, startDate, endDate, startImportDate),
                response -> {
                    try (InputStream in = response.body().asInputStream()) {
                        return transactionReader.page(in, limit);
                    }
                });
    }

    /**
     * Every transaction of an account, newest first, as a lazy stream: the next page is fetched when the
     * stream reaches it (or, with {@code pageLookAhead}, while the current one is consumed), so at most
     * two pages are in memory whatever the history's length. Close the stream to stop a look-ahead early.
     */
    public Stream<Transaction> transactionStream(UserId user, AccountId accountId) {
        return TransactionPages.stream(page -> transactions(user, accountId, page, config.transactionPageSize()),
                config.transactionPageSize(), config.pageLookAhead() ? Optional.of(lookAhead) : Optional.empty());
    }

    // ------------------------------------------------------------------ widget

    @Override
    public WidgetSession createWidgetSession(UserId user) {
        return tokens.asUser(user, auth -> resilience.call(embedHost, Safety.IDEMPOTENT, () -> exchange.run(
                "POST /widget/widget_session", () -> widgets.createSession(new Bodies.WidgetSessionRequest(auth.substring("Bearer ".length()),
                        config.clientId(), config.clientSecret().reveal())), exchange.json(WireReader::widgetSession))));
    }

    // ------------------------------------------------------------------ plumbing

    private <T> T asUser(UserId user, String call, Safety safety, Function<String, feign.Response> send, Exchange.Reader<T> reader) {
        return tokens.asUser(user, auth -> call(call, safety, () -> send.apply(auth), reader));
    }

    private <T> T call(String call, Safety safety, Supplier<feign.Response> send, Exchange.Reader<T> reader) {
        return resilience.call(apiHost, safety, () -> exchange.run(call, send, reader));
    }

    private static List<Bodies.Credential> credentials(List<OutgoingCredential> credentials) {
        return credentials.stream().map(c -> new Bodies.Credential(c.id().value(), c.value().reveal())).toList();
    }
}
