package io.oxlinkit.domain.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.oxlinkit.domain.connection.Channel;
import io.oxlinkit.domain.connection.ChannelStatus;
import io.oxlinkit.domain.id.ChannelDefinitionId;
import io.oxlinkit.domain.provider.ChannelMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Rule 4: the action each channel status calls for. */
class RequiredActionTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    private static final RenewalPolicy POLICY = RenewalPolicy.defaults();

    private static Channel channel(ChannelMode mode, ChannelStatus status, Optional<Instant> expires) {
        return new Channel(
                ChannelDefinitionId.of("c1"),
                mode,
                status,
                expires,
                Optional.empty(),
                Optional.empty(),
                List.of(),
                Set.of());
    }

    private static RequiredAction action(ChannelMode mode, ChannelStatus status) {
        return RequiredAction.of(channel(mode, status, Optional.empty()), NOW, POLICY);
    }

    @Test
    void challengeRequiredAsksForAnAnswer() {
        assertThat(action(ChannelMode.EMBEDDED, ChannelStatus.CHALLENGE_REQUIRED))
                .isInstanceOf(RequiredAction.AnswerChallenge.class);
    }

    @ParameterizedTest
    @EnumSource(
            value = ChannelStatus.class,
            names = {"CHALLENGE_TIMED_OUT", "CHALLENGE_FAILED", "CHALLENGE_CANCELLED"})
    void endedChallengesAreRestarted(ChannelStatus status) {
        assertThat(action(ChannelMode.EMBEDDED, status))
                .isEqualTo(new RequiredAction.RestartChallenge(ChannelDefinitionId.of("c1"), status));
    }

    @ParameterizedTest
    @EnumSource(
            value = ChannelStatus.class,
            names = {"AUTH_FAILED", "TOO_MANY_ATTEMPTS", "PASSWORD_CHANGE_REQUIRED"})
    void refusedCredentialsNeedTheFormOnEmbeddedAndReauthorizationOnRedirect(ChannelStatus status) {
        assertThat(action(ChannelMode.EMBEDDED, status)).isInstanceOf(RequiredAction.UpdateCredentials.class);
        assertThat(action(ChannelMode.REDIRECT, status))
                .isEqualTo(new RequiredAction.ReauthorizeAtBank(ChannelDefinitionId.of("c1"), status));
    }

    @Test
    void userActionRequiredPointsToTheProviderWebsite() {
        assertThat(action(ChannelMode.EMBEDDED, ChannelStatus.USER_ACTION_REQUIRED))
                .isInstanceOf(RequiredAction.ActOnProviderWebsite.class);
    }

    @Test
    void emptyChannelCanBeAdded() {
        assertThat(action(ChannelMode.EMBEDDED, ChannelStatus.EMPTY)).isInstanceOf(RequiredAction.AddChannel.class);
    }

    @Test
    void successfulRedirectChannelInsideTheWindowMustBeRenewed() {
        Instant inSixDays = NOW.plus(Duration.ofDays(6));
        RequiredAction soon = RequiredAction.of(
                channel(ChannelMode.REDIRECT, ChannelStatus.SUCCESS, Optional.of(inSixDays)), NOW, POLICY);
        assertThat(soon).isEqualTo(new RequiredAction.RenewBeforeExpiry(ChannelDefinitionId.of("c1"), inSixDays));

        Instant inEightDays = NOW.plus(Duration.ofDays(8));
        assertThat(RequiredAction.of(
                        channel(ChannelMode.REDIRECT, ChannelStatus.SUCCESS, Optional.of(inEightDays)), NOW, POLICY))
                .isInstanceOf(RequiredAction.None.class);
        assertThat(RequiredAction.of(
                        channel(ChannelMode.REDIRECT, ChannelStatus.SUCCESS, Optional.of(inEightDays)),
                        NOW,
                        new RenewalPolicy(Duration.ofDays(10))))
                .isInstanceOf(RequiredAction.RenewBeforeExpiry.class);
    }

    @Test
    void runningWaitsAndNeverNeedsNothing() {
        assertThat(action(ChannelMode.EMBEDDED, ChannelStatus.RUNNING)).isInstanceOf(RequiredAction.Wait.class);
        assertThat(action(ChannelMode.EMBEDDED, ChannelStatus.NEVER).needsUser())
                .isFalse();
    }

    @Test
    void aStatusThisVersionDoesNotKnowIsShownToTheHostNeverCountedHealthy() {
        RequiredAction unknown = action(ChannelMode.EMBEDDED, ChannelStatus.fromWire("SOMETHING_NEW"));
        assertThat(unknown).isEqualTo(new RequiredAction.CheckUnknownStatus(ChannelDefinitionId.of("c1"), "UNKNOWN"));
        assertThat(unknown.needsUser()).isTrue();
        io.oxlinkit.domain.id.ConnectionId connection = io.oxlinkit.domain.id.ConnectionId.of("k1");
        assertThat(io.oxlinkit.domain.journey.NextStep.forAction(connection, ChannelMode.EMBEDDED, unknown))
                .contains(new io.oxlinkit.domain.journey.NextStep.CheckUnknownStatus(
                        connection, ChannelDefinitionId.of("c1"), "UNKNOWN"));
        io.oxlinkit.domain.connection.Connection snapshot = new io.oxlinkit.domain.connection.Connection(
                connection,
                io.oxlinkit.domain.id.ProviderId.of("87"),
                "",
                io.oxlinkit.domain.connection.ConnectionStatus.fromWire("SOMETHING_NEW"),
                true,
                List.of(channel(ChannelMode.EMBEDDED, ChannelStatus.fromWire("SOMETHING_NEW"), Optional.empty())),
                io.oxlinkit.domain.connection.Owner.unknown(),
                Optional.empty());
        assertThat(new ChannelHealth(POLICY).issues(snapshot, NOW))
                .singleElement()
                .satisfies(issue -> assertThat(issue.action()).isInstanceOf(RequiredAction.CheckUnknownStatus.class));
    }
}
