package io.oxlinkit.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oxlinkit.adapter.http.config.OxlinHttpConfig;
import io.oxlinkit.domain.secret.SecretValue;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** The configuration refuses plain http off loopback and never shows its secret. */
class OxlinHttpConfigTest {

    private static OxlinHttpConfig.Builder valid() {
        return OxlinHttpConfig.builder().clientId("client").clientSecret(SecretValue.of("top-secret-value"));
    }

    @Test
    void httpsIsRequiredExceptOnLoopback() {
        assertThatThrownBy(() -> valid().apiBaseUrl(URI.create("http://api.example.com/v2.1"))
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("https");
        assertThatThrownBy(
                        () -> valid().authBaseUrl(URI.create("http://10.0.0.1")).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(valid().apiBaseUrl(URI.create("http://127.0.0.1:8089/v2.1"))
                        .authBaseUrl(URI.create("http://localhost:8089"))
                        .build())
                .isNotNull();
        assertThat(valid().build().apiBaseUrl().getScheme()).isEqualTo("https");
    }

    @Test
    void theSecretNeverShows() {
        assertThat(valid().build().toString()).doesNotContain("top-secret-value");
    }

    @Test
    void contradictoryOrMissingSettingsAreRefused() {
        assertThatThrownBy(() -> OxlinHttpConfig.builder()
                        .clientSecret(SecretValue.of("x"))
                        .build())
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("clientId");
        assertThatThrownBy(() -> valid().maxAttempts(0).build()).hasMessageContaining("maxAttempts");
        assertThatThrownBy(() ->
                        valid().overallTimeout(java.time.Duration.ofSeconds(1)).build())
                .hasMessageContaining("overallTimeout");
        assertThatThrownBy(() -> valid().transactionPageSize(501).build()).hasMessageContaining("transactionPageSize");
    }
}
