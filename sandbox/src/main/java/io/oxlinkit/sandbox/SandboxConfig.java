package io.oxlinkit.sandbox;

import java.time.Duration;
import java.util.Objects;

/**
 * How a sandbox runs.
 *
 * @param port the TCP port, 0 for a free one
 * @param clientId the API client id it accepts
 * @param clientSecret the API client secret it accepts
 * @param tokenTtl how long access tokens last (virtual time)
 * @param keyValidity how long PGP keys last (virtual time)
 * @param transactionsPerAccount transactions each new account serves, unless seeded otherwise
 * @param maxBodyBytes the largest request body accepted (413 above)
 */
public record SandboxConfig(
        int port,
        String clientId,
        String clientSecret,
        Duration tokenTtl,
        Duration keyValidity,
        int transactionsPerAccount,
        int maxBodyBytes) {

    /** The client id of {@link #defaults()}. */
    public static final String DEFAULT_CLIENT_ID = "sandbox-client";
    /** The client secret of {@link #defaults()}: a public test value, not a secret. */
    public static final String DEFAULT_CLIENT_SECRET = "sandbox-secret";

    /** Checks the values. */
    public SandboxConfig {
        Objects.requireNonNull(clientId, "clientId must not be null");
        Objects.requireNonNull(clientSecret, "clientSecret must not be null");
        Objects.requireNonNull(tokenTtl, "tokenTtl must not be null");
        Objects.requireNonNull(keyValidity, "keyValidity must not be null");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0 to 65535");
        }
        if (transactionsPerAccount < 0) {
            throw new IllegalArgumentException("transactionsPerAccount must not be negative");
        }
    }

    /** A free port, the default client, 1-hour tokens and keys, 250 transactions per account, 1 MiB bodies. */
    public static SandboxConfig defaults() {
        return new SandboxConfig(
                0, DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, Duration.ofHours(1), Duration.ofHours(1), 250, 1 << 20);
    }

    /** The same on another port. */
    public SandboxConfig withPort(int newPort) {
        return new SandboxConfig(
                newPort, clientId, clientSecret, tokenTtl, keyValidity, transactionsPerAccount, maxBodyBytes);
    }

    /** The same with another number of transactions per new account. */
    public SandboxConfig withTransactionsPerAccount(int count) {
        return new SandboxConfig(port, clientId, clientSecret, tokenTtl, keyValidity, count, maxBodyBytes);
    }
}
