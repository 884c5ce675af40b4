package io.oxlinkit.domain.widget;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The widget address: one '?', existing parameters kept, every value percent-encoded. */
class WidgetUrlTest {

    private static final WidgetOptions OPTIONS = new WidgetOptions(
            uri("https", "host.example", "/done/é ok"),
            Optional.of(URI.create("https://host.example/aspsp")),
            true,
            true,
            false,
            false,
            true,
            true);

    private static URI uri(String scheme, String host, String path) {
        try {
            return new URI(scheme, host, path, null);
        } catch (java.net.URISyntaxException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    @Test
    void optionsAreAppendedToAnAddressWithoutQuery() {
        URI url = WidgetUrl.build(URI.create("https://embed.oxlin.io/widget/add_connection"), OPTIONS);
        assertThat(url.toString())
                .startsWith("https://embed.oxlin.io/widget/add_connection?redirect_uri=")
                .contains("captive_mode=true")
                .contains("select_accounts=true")
                .contains("multiple_channels=false")
                .contains("select_channel=false")
                .contains("consent_per_account=true")
                .contains("wait_sync_end=true")
                .contains("aspsp_callback_uri=https%3A%2F%2Fhost.example%2Faspsp");
        assertThat(url.toString().chars().filter(c -> c == '?').count()).isEqualTo(1);
    }

    @Test
    void existingParametersAreKeptWithASingleQuestionMark() {
        URI url = WidgetUrl.build(
                URI.create("https://embed.oxlin.io/widget/add_connection?session_id=abc&lang=fr"), OPTIONS);
        assertThat(url.toString())
                .startsWith("https://embed.oxlin.io/widget/add_connection?session_id=abc&lang=fr&redirect_uri=");
        assertThat(url.toString().chars().filter(c -> c == '?').count()).isEqualTo(1);
        assertThat(url.toString()).doesNotContain("&&");
        URI trailing = WidgetUrl.build(
                URI.create("https://embed.oxlin.io/w?session_id=abc&"),
                WidgetOptions.defaults(URI.create("https://h.example/cb")));
        assertThat(trailing.toString()).contains("session_id=abc&redirect_uri=").doesNotContain("&&");
    }

    @Test
    void everyValueIsPercentEncoded() {
        URI url = WidgetUrl.build(URI.create("https://embed.oxlin.io/w"), OPTIONS);
        assertThat(url.toString())
                .contains("redirect_uri=https%3A%2F%2Fhost.example%2Fdone%2F%C3%A9%2520ok")
                .doesNotContain(" ")
                .doesNotContain("+");
        assertThat(url.getQuery()).contains("redirect_uri=" + OPTIONS.redirectUri());
    }

    @Test
    void aFragmentStaysAtTheEnd() {
        URI url = WidgetUrl.build(
                URI.create("https://embed.oxlin.io/w?s=1#step"),
                WidgetOptions.defaults(URI.create("https://h.example/cb")));
        assertThat(url.toString()).endsWith("#step").contains("?s=1&redirect_uri=");
    }
}
