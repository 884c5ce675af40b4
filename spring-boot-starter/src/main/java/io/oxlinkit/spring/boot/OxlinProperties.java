package io.oxlinkit.spring.boot;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Every setting of the kit under {@code oxlin.*} (docs/spring-boot.md lists them with their defaults). A setting left
 * out keeps the kit's own default (docs/configuration.md). Secrets ({@code oxlin.api.client-secret},
 * {@code oxlin.storage.sealing-key}) come from Boot's usual secret sources: environment variables, a config tree
 * ({@code spring.config.import=configtree:/run/secrets/}), a vault; never commit them.
 *
 * @param api the HTTP adapter: endpoints, the OXLIN client, timeouts, resilience
 * @param storage the JDBC adapter on the application's {@code DataSource}
 * @param kit the use cases' settings
 * @param fleet the scheduled fleet (off unless {@code oxlin.fleet.enabled=true})
 */
@ConfigurationProperties("oxlin")
public record OxlinProperties(
        @DefaultValue Api api,
        @DefaultValue Storage storage,
        @DefaultValue Kit kit,
        @DefaultValue Fleet fleet) {

    /**
     * {@code oxlin.api.*}: {@code OxlinHttpConfig}'s settings of the same names.
     *
     * @param baseUrl the API base URL ({@code https://sandbox-api.oxlin.io/v2.1} when left out)
     * @param authBaseUrl the authentication base URL
     * @param embedBaseUrl the widget's base URL
     * @param clientId the OXLIN client id (required)
     * @param clientSecret the OXLIN client secret (required; a secret source)
     * @param userScopes the scopes asked for user tokens
     * @param connectTimeout the connection timeout
     * @param readTimeout the read timeout
     * @param overallTimeout one call's whole time, retries included
     * @param maxAttempts attempts per call
     * @param initialBackoff the first retry's wait
     * @param backoffMultiplier each retry's wait growth
     * @param maxBackoff the longest wait
     * @param tokenRefreshMargin how long before expiry a token is renewed
     * @param circuitFailureRate the failure rate (percent) that opens a breaker
     * @param circuitWindow the calls a breaker counts over
     * @param circuitOpenFor how long an open breaker refuses
     * @param rateLimitPerSecond a client-side limit of calls a second (none when left out)
     * @param maxConcurrentCalls a bulkhead of concurrent calls (none when left out)
     * @param maxResponseBytes the largest answer read
     * @param pageLookAhead whether a transaction stream fetches the next page while one is read
     */
    public record Api(
            URI baseUrl,
            URI authBaseUrl,
            URI embedBaseUrl,
            String clientId,
            String clientSecret,
            String userScopes,
            Duration connectTimeout,
            Duration readTimeout,
            Duration overallTimeout,
            Integer maxAttempts,
            Duration initialBackoff,
            Double backoffMultiplier,
            Duration maxBackoff,
            Duration tokenRefreshMargin,
            Integer circuitFailureRate,
            Integer circuitWindow,
            Duration circuitOpenFor,
            Integer rateLimitPerSecond,
            Integer maxConcurrentCalls,
            Long maxResponseBytes,
            Boolean pageLookAhead) {

        /** Hides the client secret. */
        @Override
        public String toString() {
            return "Api[baseUrl=" + baseUrl + ", clientId=" + clientId + ", clientSecret="
                    + (clientSecret == null ? "unset" : "***") + "]";
        }
    }

    /**
     * {@code oxlin.storage.*}: the JDBC adapter.
     *
     * @param sealingKeyId the name of the key sealing the users' OXLIN secrets (kept beside each sealed value)
     * @param sealingKey that key, 32 bytes in Base64 (required; a secret source)
     * @param migrate whether the kit runs its own migrations at start-up (its own history table, {@code oxk_schema_history});
     *                false when the host runs {@code JdbcStorage.schemaSql(dialect)} itself
     */
    public record Storage(
            @DefaultValue("oxlin-1") String sealingKeyId,
            String sealingKey,
            @DefaultValue("true") boolean migrate) {

        /** Hides the sealing key. */
        @Override
        public String toString() {
            return "Storage[sealingKeyId=" + sealingKeyId + ", sealingKey=" + (sealingKey == null ? "unset" : "***")
                    + ", migrate=" + migrate + "]";
        }
    }

    /**
     * {@code oxlin.kit.*}: {@code OxlinKit.builder()}'s settings of the same names.
     *
     * @param psd2Agreement whether the host holds a PSD2 agreement (without one only the widget is open)
     * @param workerId this instance's name in leases and claims
     * @param transactionPageSize transactions a page asks for (1 to 500)
     * @param renewalWindow how early expiring REDIRECT channels are reported
     * @param providerCacheTtl how long the bank list is cached
     * @param eventLease how long an event claim holds
     * @param syncLease how long a data sync holds its connection between heartbeats
     * @param syncOverlap how far before its checkpoint an incremental sync reads again
     * @param refreshesPerDay unattended reads of each connection a day (1 to 96)
     * @param synchronizeAfterSyncAll whether a pump asks for the data sync once SYNC_ALL succeeds
     * @param generatedLoginDomain the domain of the logins {@code findOrCreateUser} generates
     * @param syncThreads the threads running the data syncs the pumps ask for
     */
    public record Kit(
            @DefaultValue("true") boolean psd2Agreement,
            String workerId,
            Integer transactionPageSize,
            Duration renewalWindow,
            Duration providerCacheTtl,
            Duration eventLease,
            Duration syncLease,
            Duration syncOverlap,
            Integer refreshesPerDay,
            Boolean synchronizeAfterSyncAll,
            String generatedLoginDomain,
            @DefaultValue("4") int syncThreads) {}

    /**
     * {@code oxlin.fleet.*}: the fleet's rounds, started and stopped with the application context.
     *
     * @param enabled whether this instance runs rounds (every instance may: leases share the work)
     * @param interval the pause between two rounds
     * @param pumpThreads the users a round pumps at once
     */
    public record Fleet(
            @DefaultValue("false") boolean enabled,
            @DefaultValue("30s") Duration interval,
            @DefaultValue("4") int pumpThreads) {}
}
