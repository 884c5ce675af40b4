package io.oxlinkit.adapter.http.token;

import java.time.Instant;

/**
 * An access token and when it stops working. The token is a secret: {@code toString} hides it.
 *
 * @param value the bearer token
 * @param issuedAt when it was received
 * @param expiresAt its expiry
 */
record AccessToken(String value, Instant issuedAt, Instant expiresAt) {

    /**
     * Whether the token is still worth using at {@code now}: it outlives now by the refresh margin, the
     * margin never counting for more than half the token's lifetime (a margin longer than a short lifetime
     * would otherwise fetch a new token before every call).
     */
    boolean freshAt(Instant now, java.time.Duration margin) {
        java.time.Duration half =
                java.time.Duration.between(issuedAt, expiresAt).dividedBy(2);
        java.time.Duration effective = margin.compareTo(half) > 0 ? half : margin;
        return now.plus(effective).isBefore(expiresAt);
    }

    String header() {
        return "Bearer " + value;
    }

    @Override
    public String toString() {
        return "AccessToken[***, issuedAt=" + issuedAt + ", expiresAt=" + expiresAt + "]";
    }
}
