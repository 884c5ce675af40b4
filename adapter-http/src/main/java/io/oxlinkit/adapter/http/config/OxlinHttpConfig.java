package io.oxlinkit.adapter.http.config;

import io.oxlinkit.domain.secret.SecretValue;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything adapter-http needs, with safe defaults: {@code OxlinHttpConfig.builder()...build()}.
 * Base URLs must be https, except loopback hosts (the sandbox). The client secret is a
 * {@link SecretValue}: it never appears in {@code toString}.
 *
 * @param apiBaseUrl e.g. {@code https://sandbox-api.oxlin.io/v2.1}
 * @param authBaseUrl e.g. {@code https://sandbox-auth.oxlin.io} ({@code POST /token} under it)
 * @param embedBaseUrl e.g. {@code https://sandbox-embed.oxlin.io/v2.1} (widget sessions under it)
 * @param clientId the API client id
 * @param clientSecret the API client secret
 * @param userScopes scopes asked for user tokens
 * @param connectTimeout per connection attempt (default 5 s)
 * @param readTimeout per request (default 30 s)
 * @param overallTimeout for one call, retries included (default 90 s)
 * @param maxAttempts attempts per call, first included (default 4)
 * @param initialBackoff first retry delay before jitter (default 200 ms)
 * @param backoffMultiplier growth of the delay (default 2.0)
 * @param maxBackoff largest delay, Retry-After included (default 20 s)
 * @param tokenRefreshMargin tokens are renewed this long before they expire (default 60 s)
 * @param circuitFailureRate percent of failed calls that opens a host's breaker (default 50)
 * @param circuitWindow calls the failure rate is measured over (default 20)
 * @param circuitOpenFor how long an open breaker refuses calls (default 30 s)
 * @param rateLimitPerSecond an optional client-side limit of calls per second
 * @param maxConcurrentCalls an optional bulkhead
 * @param transactionPageSize transactions per page for streams (default 500)
 * @param pageLookAhead whether transaction streams fetch the next page while the current one is read
 *     (default false: on loopback with two cores it measured slower; worth it over a real network)
 * @param maxResponseBytes the largest response body read (default 16 MiB; a page of 500 transactions is
 *     about 200 KiB); a larger one is a decoding error
 */
public record OxlinHttpConfig(
        URI apiBaseUrl,
        URI authBaseUrl,
        URI embedBaseUrl,
        String clientId,
        SecretValue clientSecret,
        String userScopes,
        Duration connectTimeout,
        Duration readTimeout,
        Duration overallTimeout,
        int maxAttempts,
        Duration initialBackoff,
        double backoffMultiplier,
        Duration maxBackoff,
        Duration tokenRefreshMargin,
        int circuitFailureRate,
        int circuitWindow,
        Duration circuitOpenFor,
        Optional<Integer> rateLimitPerSecond,
        Optional<Integer> maxConcurrentCalls,
        int transactionPageSize,
        boolean pageLookAhead,
        long maxResponseBytes) {

    /** Validates every value. */
    public OxlinHttpConfig {
        requireSecure(Objects.requireNonNull(apiBaseUrl, "apiBaseUrl must not be null"), "apiBaseUrl");
        requireSecure(Objects.requireNonNull(authBaseUrl, "authBaseUrl must not be null"), "authBaseUrl");
        requireSecure(Objects.requireNonNull(embedBaseUrl, "embedBaseUrl must not be null"), "embedBaseUrl");
        Objects.requireNonNull(clientId, "clientId must not be null");
        Objects.requireNonNull(clientSecret, "clientSecret must not be null");
        Objects.requireNonNull(userScopes, "userScopes must not be null");
        positive(connectTimeout, "connectTimeout");
        positive(readTimeout, "readTimeout");
        positive(overallTimeout, "overallTimeout");
        if (maxResponseBytes < 1024) {
            throw new IllegalArgumentException("maxResponseBytes must be at least 1024");
        }
        positive(initialBackoff, "initialBackoff");
        positive(maxBackoff, "maxBackoff");
        Objects.requireNonNull(tokenRefreshMargin, "tokenRefreshMargin must not be null");
        positive(circuitOpenFor, "circuitOpenFor");
        Objects.requireNonNull(rateLimitPerSecond, "rateLimitPerSecond must not be null");
        Objects.requireNonNull(maxConcurrentCalls, "maxConcurrentCalls must not be null");
        if (clientId.isBlank()) {
            throw new IllegalArgumentException("clientId must not be blank");
        }
        if (maxAttempts < 1 || maxAttempts > 10) {
            throw new IllegalArgumentException("maxAttempts must be between 1 and 10");
        }
        if (backoffMultiplier < 1.0) {
            throw new IllegalArgumentException("backoffMultiplier must be at least 1");
        }
        if (circuitFailureRate < 1 || circuitFailureRate > 100) {
            throw new IllegalArgumentException("circuitFailureRate must be a percentage");
        }
        if (circuitWindow < 2) {
            throw new IllegalArgumentException("circuitWindow must be at least 2");
        }
        if (transactionPageSize < 1 || transactionPageSize > 500) {
            throw new IllegalArgumentException("transactionPageSize must be between 1 and 500");
        }
        rateLimitPerSecond.filter(n -> n < 1).ifPresent(n -> {
            throw new IllegalArgumentException("rateLimitPerSecond must be positive");
        });
        maxConcurrentCalls.filter(n -> n < 1).ifPresent(n -> {
            throw new IllegalArgumentException("maxConcurrentCalls must be positive");
        });
        if (overallTimeout.compareTo(readTimeout) < 0) {
            throw new IllegalArgumentException("overallTimeout must not be shorter than readTimeout");
        }
    }

    /** A builder with the defaults stated on the record. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this configuration. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.apiBaseUrl = apiBaseUrl;
        builder.authBaseUrl = authBaseUrl;
        builder.embedBaseUrl = embedBaseUrl;
        builder.clientId = clientId;
        builder.clientSecret = clientSecret;
        builder.userScopes = userScopes;
        builder.connectTimeout = connectTimeout;
        builder.readTimeout = readTimeout;
        builder.overallTimeout = overallTimeout;
        builder.maxAttempts = maxAttempts;
        builder.initialBackoff = initialBackoff;
        builder.backoffMultiplier = backoffMultiplier;
        builder.maxBackoff = maxBackoff;
        builder.tokenRefreshMargin = tokenRefreshMargin;
        builder.circuitFailureRate = circuitFailureRate;
        builder.circuitWindow = circuitWindow;
        builder.circuitOpenFor = circuitOpenFor;
        builder.rateLimitPerSecond = rateLimitPerSecond;
        builder.maxConcurrentCalls = maxConcurrentCalls;
        builder.transactionPageSize = transactionPageSize;
        builder.pageLookAhead = pageLookAhead;
        builder.maxResponseBytes = maxResponseBytes;
        return builder;
    }

    /** Whether a host is a loopback name or address. */
    static boolean isLoopback(String host) {
        if (host == null) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.startsWith("127.") || h.equals("[::1]") || h.equals("::1");
    }

    private static void requireSecure(URI url, String name) {
        if (!url.isAbsolute() || url.getHost() == null) {
            throw new IllegalArgumentException(name + " must be an absolute URL");
        }
        if (!"https".equalsIgnoreCase(url.getScheme())
                && !("http".equalsIgnoreCase(url.getScheme()) && isLoopback(url.getHost()))) {
            throw new IllegalArgumentException(
                    name + " must use https (plain http is allowed for loopback hosts only)");
        }
    }

    private static void positive(Duration duration, String name) {
        Objects.requireNonNull(duration, name + " must not be null");
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }

    @Override
    public String toString() {
        return "OxlinHttpConfig[apiBaseUrl=" + apiBaseUrl + ", authBaseUrl=" + authBaseUrl + ", clientId=" + clientId
                + ", clientSecret=***, maxAttempts=" + maxAttempts + "]";
    }

    /** Builds an {@link OxlinHttpConfig}; each setter checks nothing itself, {@link #build()} checks all. */
    public static final class Builder {
        private URI apiBaseUrl = URI.create("https://sandbox-api.oxlin.io/v2.1");
        private URI authBaseUrl = URI.create("https://sandbox-auth.oxlin.io");
        private URI embedBaseUrl = URI.create("https://sandbox-embed.oxlin.io/v2.1");
        private String clientId;
        private SecretValue clientSecret;
        private String userScopes =
                "profile profile_edit accounts_manage connections_manage connections_sync transactions_read";
        private Duration connectTimeout = Duration.ofSeconds(5);
        private Duration readTimeout = Duration.ofSeconds(30);
        private Duration overallTimeout = Duration.ofSeconds(90);
        private int maxAttempts = 4;
        private Duration initialBackoff = Duration.ofMillis(200);
        private double backoffMultiplier = 2.0;
        private Duration maxBackoff = Duration.ofSeconds(20);
        private Duration tokenRefreshMargin = Duration.ofSeconds(60);
        private int circuitFailureRate = 50;
        private int circuitWindow = 20;
        private Duration circuitOpenFor = Duration.ofSeconds(30);
        private Optional<Integer> rateLimitPerSecond = Optional.empty();
        private Optional<Integer> maxConcurrentCalls = Optional.empty();
        private int transactionPageSize = 500;
        private boolean pageLookAhead;
        private long maxResponseBytes = 16L * 1024 * 1024;

        private Builder() {}

        /** The API's base URL (default: the sandbox's, {@code https://sandbox-api.oxlin.io/v2.1}). */
        public Builder apiBaseUrl(URI value) {
            this.apiBaseUrl = value;
            return this;
        }

        /** The authorization server's base URL, {@code POST /token} under it (default: the sandbox's). */
        public Builder authBaseUrl(URI value) {
            this.authBaseUrl = value;
            return this;
        }

        /** The widget sessions' base URL (default: the sandbox's). */
        public Builder embedBaseUrl(URI value) {
            this.embedBaseUrl = value;
            return this;
        }

        /** The API client id OXLIN gave the host; required, never blank. */
        public Builder clientId(String value) {
            this.clientId = value;
            return this;
        }

        /** The client secret; required, kept as a {@link SecretValue} that never prints. */
        public Builder clientSecret(SecretValue value) {
            this.clientSecret = value;
            return this;
        }

        /** The scopes asked for in each user's token. */
        public Builder userScopes(String value) {
            this.userScopes = value;
            return this;
        }

        /** How long one connection attempt may take (default 5 s). */
        public Builder connectTimeout(Duration value) {
            this.connectTimeout = value;
            return this;
        }

        /** How long one request may take (default 30 s). */
        public Builder readTimeout(Duration value) {
            this.readTimeout = value;
            return this;
        }

        /** The bound on one call, its retries included (default 90 s). */
        public Builder overallTimeout(Duration value) {
            this.overallTimeout = value;
            return this;
        }

        /** Attempts per call, the first included (default 4; 1 turns retries off). */
        public Builder maxAttempts(int value) {
            this.maxAttempts = value;
            return this;
        }

        /** The first retry's delay before jitter (default 200 ms). */
        public Builder initialBackoff(Duration value) {
            this.initialBackoff = value;
            return this;
        }

        /** The factor each further retry's delay grows by (default 2.0). */
        public Builder backoffMultiplier(double value) {
            this.backoffMultiplier = value;
            return this;
        }

        /** The largest delay between two attempts, a {@code Retry-After} included (default 20 s). */
        public Builder maxBackoff(Duration value) {
            this.maxBackoff = value;
            return this;
        }

        /** How long before a token's expiry it is renewed (default 60 s). */
        public Builder tokenRefreshMargin(Duration value) {
            this.tokenRefreshMargin = value;
            return this;
        }

        /** The percentage of failed calls that opens a host's circuit breaker (default 50). */
        public Builder circuitFailureRate(int value) {
            this.circuitFailureRate = value;
            return this;
        }

        /** How many calls the failure rate is measured over (default 20). */
        public Builder circuitWindow(int value) {
            this.circuitWindow = value;
            return this;
        }

        /** How long an open breaker refuses calls (default 30 s). */
        public Builder circuitOpenFor(Duration value) {
            this.circuitOpenFor = value;
            return this;
        }

        /** A client-side cap on calls per second (none unless set). */
        public Builder rateLimitPerSecond(int value) {
            this.rateLimitPerSecond = Optional.of(value);
            return this;
        }

        /** A cap on calls in flight at once (none unless set). */
        public Builder maxConcurrentCalls(int value) {
            this.maxConcurrentCalls = Optional.of(value);
            return this;
        }

        /** Transactions per page of a stream (default 500). */
        public Builder transactionPageSize(int value) {
            this.transactionPageSize = value;
            return this;
        }

        /** Whether the next page of transactions is fetched while the current one is read (off by default). */
        public Builder pageLookAhead(boolean value) {
            this.pageLookAhead = value;
            return this;
        }

        /** The largest response body read (default 16 MiB); a larger one is a typed error. */
        public Builder maxResponseBytes(long value) {
            this.maxResponseBytes = value;
            return this;
        }

        /** Builds and validates; names the first bad or missing value. */
        public OxlinHttpConfig build() {
            return new OxlinHttpConfig(
                    apiBaseUrl,
                    authBaseUrl,
                    embedBaseUrl,
                    clientId,
                    clientSecret,
                    userScopes,
                    connectTimeout,
                    readTimeout,
                    overallTimeout,
                    maxAttempts,
                    initialBackoff,
                    backoffMultiplier,
                    maxBackoff,
                    tokenRefreshMargin,
                    circuitFailureRate,
                    circuitWindow,
                    circuitOpenFor,
                    rateLimitPerSecond,
                    maxConcurrentCalls,
                    transactionPageSize,
                    pageLookAhead,
                    maxResponseBytes);
        }
    }
}
