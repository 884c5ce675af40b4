package io.oxlinkit.adapter.http.token;

import static org.assertj.core.api.Assertions.assertThat;

import io.oxlinkit.domain.secret.SecretValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class FormBodyTest {

    @Property(tries = 300)
    void encodesExactlyAsTheJdksUrlEncoder(@ForAll String name, @ForAll String value) {
        try (FormBody body = new FormBody()) {
            body.add("grant_type", "password").addSecret(name, SecretValue.of(value));
            String expected = "grant_type=password&" + URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(value, StandardCharsets.UTF_8);
            assertThat(new String(body.bytes(), StandardCharsets.US_ASCII)).isEqualTo(expected);
        }
    }

    @Test
    void closingWipesTheBytesTheBodyHandedOut() {
        FormBody body = new FormBody().addSecret("client_secret", SecretValue.of("s3cret-" + "x".repeat(2_000)));
        byte[] sent = body.bytes();
        assertThat(new String(sent, StandardCharsets.US_ASCII)).contains("s3cret");

        body.close();

        assertThat(sent).containsOnly((byte) 0);
    }
}
