package io.oxlinkit.adapter.http.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The refresh margin never counts for more than half a token's lifetime, and the token never shows in text. */
class AccessTokenTest {

    private static final Instant ISSUED = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void aShortLivedTokenIsUsedForHalfItsLifeEvenWithALongerMargin() {
        AccessToken token = new AccessToken("secret-token", ISSUED, ISSUED.plusSeconds(60));
        Duration margin = Duration.ofMinutes(5);
        assertThat(token.freshAt(ISSUED, margin)).isTrue();
        assertThat(token.freshAt(ISSUED.plusSeconds(29), margin)).isTrue();
        assertThat(token.freshAt(ISSUED.plusSeconds(30), margin)).isFalse();
    }

    @Test
    void aLongLivedTokenIsRefreshedTheMarginBeforeItsExpiry() {
        AccessToken token = new AccessToken("secret-token", ISSUED, ISSUED.plus(Duration.ofHours(1)));
        Duration margin = Duration.ofMinutes(5);
        assertThat(token.freshAt(ISSUED.plus(Duration.ofMinutes(54)), margin)).isTrue();
        assertThat(token.freshAt(ISSUED.plus(Duration.ofMinutes(55)), margin)).isFalse();
        assertThat(token.toString()).doesNotContain("secret-token");
    }
}
