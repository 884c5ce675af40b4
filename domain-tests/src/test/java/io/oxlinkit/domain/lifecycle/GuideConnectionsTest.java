package io.oxlinkit.domain.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.oxlinkit.domain.GuideSamples;
import io.oxlinkit.domain.connection.ChannelStatus;
import io.oxlinkit.domain.connection.MaskedCredential;
import io.oxlinkit.domain.id.ChannelDefinitionId;
import io.oxlinkit.domain.journey.NextStep;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rule 5: the guide's connections 18903 (AUTH_FAILED) and 18902 (EMPTY channel). */
class GuideConnectionsTest {

    private final ChannelHealth health = new ChannelHealth(RenewalPolicy.defaults());
    private final Instant now = Instant.parse("2019-07-05T10:00:00Z");

    private List<NextStep> steps(io.oxlinkit.domain.connection.Connection connection) {
        return health.issues(connection, now).stream()
                .map(i -> NextStep.forAction(i.connectionId(), i.mode(), i.action())
                        .orElseThrow())
                .toList();
    }

    @Test
    void connection18903AsksToFixCredentialsOfChannel17650ShowingTheMaskedIdentifier() {
        assertThat(steps(GuideSamples.connection18903()))
                .singleElement()
                .isInstanceOfSatisfying(NextStep.FixCredentials.class, fix -> {
                    assertThat(fix.channel()).isEqualTo(ChannelDefinitionId.of("17650"));
                    assertThat(fix.reason()).isEqualTo(ChannelStatus.AUTH_FAILED);
                    assertThat(fix.maskedCredentials())
                            .extracting(MaskedCredential::maskedValue)
                            .containsExactly("**mo");
                });
    }

    @Test
    void connection18902OffersToAddChannel13400() {
        assertThat(steps(GuideSamples.connection18902()))
                .singleElement()
                .isInstanceOfSatisfying(
                        NextStep.AddChannel.class,
                        add -> assertThat(add.channel()).isEqualTo(ChannelDefinitionId.of("13400")));
    }
}
