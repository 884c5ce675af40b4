package io.oxlinkit.spring.boot;

import io.oxlinkit.adapter.http.config.OxlinHttpConfig;
import io.oxlinkit.domain.secret.SecretValue;
import java.util.function.Consumer;

/** {@code oxlin.api.*} onto {@link OxlinHttpConfig}: what is set replaces the adapter's default, the rest stays. */
final class HttpSettings {

    private HttpSettings() {}

    static OxlinHttpConfig from(OxlinProperties.Api api) {
        if (blank(api.clientId()) || blank(api.clientSecret())) {
            throw new IllegalStateException("oxlin.api.client-id and oxlin.api.client-secret are required");
        }
        OxlinHttpConfig.Builder builder =
                OxlinHttpConfig.builder().clientId(api.clientId()).clientSecret(SecretValue.of(api.clientSecret()));
        set(api.baseUrl(), builder::apiBaseUrl);
        set(api.authBaseUrl(), builder::authBaseUrl);
        set(api.embedBaseUrl(), builder::embedBaseUrl);
        set(api.userScopes(), builder::userScopes);
        set(api.connectTimeout(), builder::connectTimeout);
        set(api.readTimeout(), builder::readTimeout);
        set(api.overallTimeout(), builder::overallTimeout);
        set(api.maxAttempts(), builder::maxAttempts);
        set(api.initialBackoff(), builder::initialBackoff);
        set(api.backoffMultiplier(), builder::backoffMultiplier);
        set(api.maxBackoff(), builder::maxBackoff);
        set(api.tokenRefreshMargin(), builder::tokenRefreshMargin);
        set(api.circuitFailureRate(), builder::circuitFailureRate);
        set(api.circuitWindow(), builder::circuitWindow);
        set(api.circuitOpenFor(), builder::circuitOpenFor);
        set(api.rateLimitPerSecond(), builder::rateLimitPerSecond);
        set(api.maxConcurrentCalls(), builder::maxConcurrentCalls);
        set(api.maxResponseBytes(), builder::maxResponseBytes);
        set(api.pageLookAhead(), builder::pageLookAhead);
        return builder.build();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    static <T> void set(T value, Consumer<T> setter) {
        if (value != null) {
            setter.accept(value);
        }
    }
}
