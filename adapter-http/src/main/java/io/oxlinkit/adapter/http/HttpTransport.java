package io.oxlinkit.adapter.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
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
import io.oxlinkit.adapter.http.config.OxlinHttpConfig;
import io.oxlinkit.adapter.http.exchange.Exchange;
import io.oxlinkit.adapter.http.log.RedactingFeignLogger;
import io.oxlinkit.adapter.http.resilience.Resilience;
import io.oxlinkit.adapter.http.resilience.Safety;
import io.oxlinkit.adapter.http.token.TokenManager;
import io.oxlinkit.adapter.http.wire.TransactionReader;
import io.oxlinkit.application.port.UserSecretVault;
import io.oxlinkit.domain.id.UserId;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What every resource of the HTTP adapter shares: one JDK client and its Feign clients, the resilience chain,
 * the token manager, the bounded exchange, and the threads (body watchdog, page look-ahead) closed with it.
 */
final class HttpTransport implements AutoCloseable {

    /** Fetches the next transaction page while the current one is read (streams with {@code pageLookAhead}); closed by {@link #close}. */
    private final java.util.concurrent.ExecutorService lookAhead =
            java.util.concurrent.Executors.newCachedThreadPool(runnable -> {
                Thread thread = new Thread(runnable, "oxlinkit-page-look-ahead");
                thread.setDaemon(true);
                return thread;
            });
    /** Runs the watchdogs of response bodies (stall and deadline); closed by {@link #close}. */
    private final java.util.concurrent.ScheduledExecutorService watchdogs =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "oxlinkit-body-watchdog");
                thread.setDaemon(true);
                return thread;
            });

    final OxlinHttpConfig config;
    final UserSecretVault vault;
    final Resilience resilience;
    final TokenManager tokens;
    final Exchange exchange;
    final TransactionReader transactionReader;
    final String apiHost;
    final UsersClient users;
    final ProvidersClient providers;
    final KeysClient keys;
    final ConnectionsClient connections;
    final QueuesClient queues;
    final AccountsClient accounts;
    final WidgetClient widgets;
    final String embedHost;

    HttpTransport(
            OxlinHttpConfig config,
            UserSecretVault vault,
            Clock clock,
            io.oxlinkit.adapter.http.resilience.ResilienceRegistries registries,
            io.oxlinkit.application.port.ApiCallObserver observer) {
        this.config = config;
        this.vault = vault;
        ObjectMapper mapper = mapper();
        this.resilience = new Resilience(config, clock, registries, observer);
        this.exchange = new Exchange(
                mapper,
                new Exchange.BodyLimits(
                        config.maxResponseBytes(),
                        config.readTimeout(),
                        config.overallTimeout(),
                        resilience::timeLeft,
                        Clock.systemUTC(),
                        Exchange.watchdog(watchdogs)));
        this.transactionReader = new TransactionReader(mapper.getFactory());
        this.apiHost = config.apiBaseUrl().getHost() + ":" + config.apiBaseUrl().getPort();
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(config.connectTimeout())
                .version(
                        "https".equalsIgnoreCase(config.apiBaseUrl().getScheme())
                                ? HttpClient.Version.HTTP_2
                                : HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        Request.Options options = new Request.Options(
                config.connectTimeout().toMillis(),
                TimeUnit.MILLISECONDS,
                config.readTimeout().toMillis(),
                TimeUnit.MILLISECONDS,
                false);
        String api = config.apiBaseUrl().toString();
        Function<Class<?>, Object> target = type -> Feign.builder()
                .client(new Http2Client(http))
                .options(options)
                .encoder(new JacksonEncoder(mapper))
                .retryer(Retryer.NEVER_RETRY)
                .logger(new RedactingFeignLogger())
                .logLevel(Logger.Level.BASIC)
                .target(type, api);
        this.users = (UsersClient) target.apply(UsersClient.class);
        this.providers = (ProvidersClient) target.apply(ProvidersClient.class);
        this.keys = (KeysClient) target.apply(KeysClient.class);
        this.connections = (ConnectionsClient) target.apply(ConnectionsClient.class);
        this.queues = (QueuesClient) target.apply(QueuesClient.class);
        this.accounts = (AccountsClient) target.apply(AccountsClient.class);
        this.widgets = Feign.builder()
                .client(new Http2Client(http))
                .options(options)
                .encoder(new JacksonEncoder(mapper))
                .retryer(Retryer.NEVER_RETRY)
                .logger(new RedactingFeignLogger())
                .logLevel(Logger.Level.BASIC)
                .target(WidgetClient.class, config.embedBaseUrl().toString());
        this.embedHost =
                config.embedBaseUrl().getHost() + ":" + config.embedBaseUrl().getPort();
        TokenClient tokenClient = Feign.builder()
                .client(new Http2Client(http))
                .options(options)
                .retryer(Retryer.NEVER_RETRY)
                .logger(new RedactingFeignLogger())
                .logLevel(Logger.Level.BASIC)
                .target(TokenClient.class, config.authBaseUrl().toString());
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

    java.util.concurrent.ExecutorService lookAhead() {
        return lookAhead;
    }

    <T> T asUser(
            UserId user, String call, Safety safety, Function<String, feign.Response> send, Exchange.Reader<T> reader) {
        return tokens.asUser(user, auth -> call(call, safety, () -> send.apply(auth), reader));
    }

    <T> T call(String call, Safety safety, Supplier<feign.Response> send, Exchange.Reader<T> reader) {
        return resilience.call(apiHost, call, safety, () -> exchange.run(call, send, reader));
    }

    @Override
    public void close() {
        watchdogs.shutdownNow();
        lookAhead.shutdownNow();
    }
}
