package io.oxlinkit.adapter.http.token;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.oxlinkit.adapter.http.client.TokenClient;
import io.oxlinkit.adapter.http.config.OxlinHttpConfig;
import io.oxlinkit.adapter.http.exchange.Exchange;
import io.oxlinkit.adapter.http.resilience.Resilience;
import io.oxlinkit.adapter.http.resilience.Safety;
import io.oxlinkit.application.port.OxlinApiException;
import io.oxlinkit.application.port.UserSecretVault;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.domain.secret.SecretValue;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * OAuth tokens: a client-credentials token (scope {@code users_create}) for creating users, and one
 * token per user for everything else. Tokens are cached and renewed shortly before they expire (the
 * refresh token first, the password grant as fallback); one renewal runs at a time per user even
 * under concurrent calls; a 401 invalidates the token used, and the call is retried exactly once
 * with a new one. The user's password and refresh token live in the {@link UserSecretVault}.
 *
 * <p>A refresh token is used once, across instances: before sending it, an attempt swaps it in the vault
 * for a claim marker ({@link UserSecretVault#replace}, atomic on a shared store), so an instance that finds
 * the marker waits for the new refresh token the winner stores instead of sending the spent one; a marker
 * older than 30 s (a crashed attempt) gives way to the password grant.
 */
public final class TokenManager {

    private static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(5);
    /** What the vault holds while one attempt uses the refresh token: no OAuth token has this form. */
    private static final String CLAIM_PREFIX = "oxlinkit-refresh-claimed:";
    /** A claim older than this is an attempt that crashed: the password grant takes over. */
    private static final Duration CLAIM_STALE = Duration.ofSeconds(30);

    private static final Duration CLAIM_WAIT = Duration.ofMillis(100);
    private static final int CLAIM_WAITS = 50;
    /** Cache key of the client token: no OXLIN user id has this form. */
    private static final UserId CLIENT = UserId.of("oxlinkit:client-credentials");

    private final TokenClient client;
    private final OxlinHttpConfig config;
    private final UserSecretVault vault;
    private final Clock clock;
    private final Resilience resilience;
    private final ObjectMapper mapper;
    private final Exchange exchange;
    private final Map<UserId, AccessToken> tokens = new ConcurrentHashMap<>();
    private final Map<UserId, Object> locks = new ConcurrentHashMap<>();

    /** Creates it on what it needs; the adapter wires it. */
    public TokenManager(
            TokenClient client,
            OxlinHttpConfig config,
            UserSecretVault vault,
            Clock clock,
            Resilience resilience,
            ObjectMapper mapper,
            Exchange exchange) {
        this.client = client;
        this.config = config;
        this.vault = vault;
        this.clock = clock;
        this.resilience = resilience;
        this.mapper = mapper;
        this.exchange = exchange;
    }

    /** Runs {@code call} with the client token; on 401, once more with a new one. */
    public <T> T asClient(Function<String, T> call) {
        return withToken(CLIENT, call);
    }

    /** Runs {@code call} with the user's token; on 401, once more with a new one. */
    public <T> T asUser(UserId user, Function<String, T> call) {
        return withToken(user, call);
    }

    /** The user's current token, for the {@code widget_params} OXLIN needs during a redirect. */
    public String currentToken(UserId user) {
        return token(user).value();
    }

    /** Forgets a user's tokens (after the user is deleted). */
    public void forget(UserId user) {
        tokens.remove(user);
        locks.remove(user);
    }

    private <T> T withToken(UserId user, Function<String, T> call) {
        AccessToken token = token(user);
        try {
            return call.apply(token.header());
        } catch (OxlinApiException.Unauthorized expired) {
            tokens.remove(user, token);
            return call.apply(token(user).header());
        }
    }

    private AccessToken token(UserId user) {
        AccessToken cached = tokens.get(user);
        if (cached != null && cached.freshAt(clock.instant(), config.tokenRefreshMargin())) {
            return cached;
        }
        synchronized (locks.computeIfAbsent(user, u -> new Object())) {
            cached = tokens.get(user);
            if (cached != null && cached.freshAt(clock.instant(), config.tokenRefreshMargin())) {
                return cached;
            }
            AccessToken fresh = user.equals(CLIENT) ? clientToken() : userToken(user);
            tokens.put(user, fresh);
            return fresh;
        }
    }

    private AccessToken clientToken() {
        FormBody form = base("client_credentials");
        form.add("scope", "users_create");
        return request(form, Optional.empty());
    }

    private AccessToken userToken(UserId user) {
        for (int round = 0; round <= CLAIM_WAITS; round++) {
            Optional<SecretValue> refresh = vault.find(user, UserSecretVault.Kind.REFRESH_TOKEN);
            if (refresh.isEmpty()) {
                return passwordGrant(user);
            }
            SecretValue current = refresh.get();
            Optional<Instant> claimedAt = claimedAt(current);
            if (claimedAt.isPresent()) {
                current.wipe();
                if (!clock.instant().isBefore(claimedAt.get().plus(CLAIM_STALE))) {
                    return passwordGrant(user);
                }
                pause();
                continue;
            }
            SecretValue claim =
                    SecretValue.of(CLAIM_PREFIX + clock.instant().getEpochSecond() + ":" + UUID.randomUUID());
            try {
                if (!vault.replace(user, UserSecretVault.Kind.REFRESH_TOKEN, current, claim)) {
                    pause();
                    continue;
                }
                return refreshWith(user, current, claim);
            } finally {
                current.wipe();
                claim.wipe();
            }
        }
        return passwordGrant(user);
    }

    /**
     * Uses a refresh token this manager claimed (so no other thread or instance sends it too). A refusal falls
     * back to the password grant; a transport failure puts the token back for the next attempt.
     */
    private AccessToken refreshWith(UserId user, SecretValue token, SecretValue claim) {
        FormBody form = base("refresh_token");
        form.addSecret("refresh_token", token);
        try {
            return request(form, Optional.of(user));
        } catch (OxlinApiException.BadRequest | OxlinApiException.Unauthorized refused) {
            return passwordGrant(user);
        } catch (RuntimeException failure) {
            vault.replace(user, UserSecretVault.Kind.REFRESH_TOKEN, claim, token);
            throw failure;
        }
    }

    /** When the stored value is another attempt's claim on the refresh token, when it was claimed. */
    private static Optional<Instant> claimedAt(SecretValue stored) {
        String text = stored.reveal();
        if (!text.startsWith(CLAIM_PREFIX)) {
            return Optional.empty();
        }
        String rest = text.substring(CLAIM_PREFIX.length());
        int colon = rest.indexOf(':');
        try {
            return Optional.of(Instant.ofEpochSecond(Long.parseLong(colon < 0 ? rest : rest.substring(0, colon))));
        } catch (NumberFormatException corrupt) {
            return Optional.of(Instant.EPOCH);
        }
    }

    /** Whether a stored refresh token is in fact a claim marker (never to be sent anywhere). */
    public static boolean isClaim(SecretValue stored) {
        return stored.reveal().startsWith(CLAIM_PREFIX);
    }

    private static void pause() {
        try {
            Thread.sleep(CLAIM_WAIT.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new OxlinApiException.Transport("interrupted while another attempt refreshed the token", interrupted);
        }
    }

    private AccessToken passwordGrant(UserId user) {
        SecretValue login = vault.find(user, UserSecretVault.Kind.LOGIN).orElseThrow(() -> missingCredentials(user));
        SecretValue password =
                vault.find(user, UserSecretVault.Kind.PASSWORD).orElseThrow(() -> missingCredentials(user));
        try {
            return passwordGrant(login, password, Optional.of(user));
        } finally {
            login.wipe();
            password.wipe();
        }
    }

    private AccessToken passwordGrant(SecretValue login, SecretValue password, Optional<UserId> user) {
        FormBody form = base("password");
        form.addSecret("username", login);
        form.addSecret("password", password);
        form.add("scope", config.userScopes());
        return request(form, user);
    }

    /**
     * Runs one call with a token obtained for a login whose user id is not known yet (nothing is cached or kept:
     * the refresh token OXLIN answers is dropped). The values are read, not wiped.
     */
    public <T> T asLogin(SecretValue login, SecretValue password, Function<String, T> call) {
        return call.apply(
                "Bearer " + passwordGrant(login, password, Optional.empty()).value());
    }

    private static OxlinApiException missingCredentials(UserId user) {
        return new OxlinApiException.Unauthorized(
                "no_credentials",
                "no login is kept for user " + user
                        + ": create users through OxlinKit.createUser so the library can obtain their tokens",
                "");
    }

    private FormBody base(String grant) {
        return new FormBody()
                .add("grant_type", grant)
                .add("provider", "LINXO_CONNECT")
                .add("client_id", config.clientId())
                .addSecret("client_secret", config.clientSecret());
    }

    /** Sends the form (its bytes are wiped once the call ends, whatever its outcome) and keeps the refresh token. */
    private AccessToken request(FormBody form, Optional<UserId> user) {
        JsonNode json;
        try (form) {
            byte[] body = form.bytes();
            json = resilience.call(
                    config.authBaseUrl().getHost() + ":" + config.authBaseUrl().getPort(),
                    "POST /token",
                    Safety.IDEMPOTENT,
                    () -> send(body));
        }
        String access = json.path("access_token").asText("");
        if (access.isEmpty()) {
            throw new OxlinApiException.Decoding(200, "POST /token answered no access_token", "", null);
        }
        long seconds = json.path("expires_in").asLong(DEFAULT_LIFETIME.getSeconds());
        String refresh = json.path("refresh_token").asText("");
        if (user.isPresent() && !refresh.isEmpty()) {
            SecretValue secret = SecretValue.of(refresh);
            vault.store(user.get(), UserSecretVault.Kind.REFRESH_TOKEN, secret);
            secret.wipe();
        }
        Instant now = clock.instant();
        return new AccessToken(access, now, now.plusSeconds(Math.max(1, seconds)));
    }

    private JsonNode send(byte[] body) {
        return exchange.run("POST /token", () -> client.token(body), exchange.json());
    }
}
