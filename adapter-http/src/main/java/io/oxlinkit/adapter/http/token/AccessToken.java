package io.oxlinkit.adapter.http.token;

import java.time.Instant;

/**
 * An access token and when it stops working. The token is a secret: {@code toString} hides it.
 *
 * @param value the bearer token
 * @param expiresAt its expiry
 */
record AccessToken(String value, Instant expiresAt) {

    boolean freshAt(Instant now, java.time.Duration margin) {
        return now.plus(margin).isBefore(expiresAt);
    }

    String header() {
        return "Bearer " + value;
    }

    @Override
    public String toString() {
        return "AccessToken[***, expiresAt=" + expiresAt + "]";
    }
}
