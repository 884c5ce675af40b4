package io.oxlinkit.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The token endpoint (client, password and refresh grants) and bearer authentication. Refresh tokens are
 * single use, as careful OAuth servers make them: a refresh grant answers a new refresh token, and a spent one
 * presented again is refused (and counted).
 */
final class Tokens {

    /** Who a token acts for: a user, or the client itself ({@code userId} null). */
    record Principal(String userId, Set<String> scopes) {
        boolean isClient() {
            return userId == null;
        }
    }

    private record Token(Principal principal, Instant expiresAt) {}

    private final SandboxConfig config;
    private final VirtualClock clock;
    private final Users users;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Token> tokens = new HashMap<>();
    private final Map<String, String> refreshTokens = new HashMap<>();
    private final java.util.Set<String> spentRefreshTokens = new java.util.HashSet<>();
    private long refreshReuses;

    Tokens(SandboxConfig config, VirtualClock clock, Users users) {
        this.config = config;
        this.clock = clock;
        this.users = users;
    }

    ObjectNode grant(Map<String, String> form) {
        String grant = require(form, "grant_type");
        if (!config.clientId().equals(form.get("client_id"))
                || !config.clientSecret().equals(form.get("client_secret"))) {
            throw new ApiError(401, "invalid_client", "unknown client or wrong secret");
        }
        Principal principal;
        String refresh = null;
        switch (grant) {
            case "client_credentials" ->
                principal = new Principal(null, scopes(form.getOrDefault("scope", "users_create")));
            case "password" -> {
                String userId = users.login(require(form, "username"), require(form, "password"))
                        .orElseThrow(() -> ApiError.badRequest("invalid_grant", "wrong username or password"));
                principal = new Principal(userId, scopes(form.getOrDefault("scope", "")));
                refresh = secret();
                refreshTokens.put(refresh, userId);
            }
            case "refresh_token" -> {
                String presented = require(form, "refresh_token");
                if (spentRefreshTokens.contains(presented)) {
                    refreshReuses++;
                    throw ApiError.badRequest("invalid_grant", "refresh token already used");
                }
                String userId = refreshTokens.remove(presented);
                if (userId == null || !users.exists(userId)) {
                    throw ApiError.badRequest("invalid_grant", "unknown refresh token");
                }
                spentRefreshTokens.add(presented);
                principal = new Principal(userId, Set.of());
                refresh = secret();
                refreshTokens.put(refresh, userId);
            }
            default -> throw ApiError.badRequest("unsupported_grant_type", "grant_type " + grant + " is not supported");
        }
        String access = secret();
        tokens.put(access, new Token(principal, clock.now().plus(config.tokenTtl())));
        ObjectNode body = Json.object();
        body.put("access_token", access);
        body.put("token_type", "Bearer");
        body.put("expires_in", config.tokenTtl().getSeconds());
        if (refresh != null) {
            body.put("refresh_token", refresh);
        }
        body.put("scope", String.join(" ", principal.scopes()));
        return body;
    }

    /** How many times a refresh token already used was presented again (each refused). */
    long refreshReuses() {
        return refreshReuses;
    }

    Principal authenticate(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            throw ApiError.unauthorized("a bearer token is required");
        }
        Token token = tokens.get(authorization.substring("Bearer ".length()).trim());
        if (token == null) {
            throw ApiError.unauthorized("unknown token");
        }
        if (!clock.now().isBefore(token.expiresAt())) {
            throw ApiError.unauthorized("the token has expired");
        }
        return token.principal();
    }

    boolean clientMatches(String clientId, String clientSecret) {
        return config.clientId().equals(clientId) && config.clientSecret().equals(clientSecret);
    }

    void expireAll() {
        tokens.replaceAll((k, t) -> new Token(t.principal(), clock.now()));
    }

    Duration ttl() {
        return config.tokenTtl();
    }

    String secret() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String require(Map<String, String> form, String field) {
        String value = form.get(field);
        if (value == null || value.isBlank()) {
            throw ApiError.badRequest("invalid_request", "field '" + field + "' is required");
        }
        return value;
    }

    private static Set<String> scopes(String raw) {
        Set<String> scopes = new TreeSet<>();
        for (String scope : raw.split("[ ,]+")) {
            if (!scope.isBlank()) {
                scopes.add(scope);
            }
        }
        return scopes;
    }
}
