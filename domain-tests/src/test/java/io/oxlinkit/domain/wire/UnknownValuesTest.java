package io.oxlinkit.domain.wire;

import static org.assertj.core.api.Assertions.assertThat;

import io.oxlinkit.domain.connection.Channel;
import io.oxlinkit.domain.connection.ChannelStatus;
import io.oxlinkit.domain.id.ChannelDefinitionId;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.journey.NextStep;
import io.oxlinkit.domain.lifecycle.RenewalPolicy;
import io.oxlinkit.domain.lifecycle.RequiredAction;
import io.oxlinkit.domain.provider.AccountType;
import io.oxlinkit.domain.provider.ChannelMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A value an enum does not know keeps its raw form beside UNKNOWN, bounded, and reaches the host's step. */
class UnknownValuesTest {

    private static Channel channel(String rawStatus) {
        ChannelStatus status = ChannelStatus.fromWire(rawStatus);
        return new Channel(
                ChannelDefinitionId.of("c1"),
                ChannelMode.EMBEDDED,
                status,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                List.of(),
                Set.of(AccountType.CHECKINGS),
                UnknownValues.none().with("status", status, rawStatus));
    }

    @Test
    void anUnknownStatusKeepsItsRawValueAndAKnownOneItsName() {
        assertThat(channel("BANK_MAINTENANCE").status()).isEqualTo(ChannelStatus.UNKNOWN);
        assertThat(channel("BANK_MAINTENANCE").rawStatus()).isEqualTo("BANK_MAINTENANCE");
        assertThat(channel("AUTH_FAILED").rawStatus()).isEqualTo("AUTH_FAILED");
        assertThat(channel("AUTH_FAILED").unknown()).isEqualTo(UnknownValues.none());
        assertThat(channel("").rawStatus())
                .as("nothing sent: the member's name")
                .isEqualTo("UNKNOWN");
    }

    @Test
    void aHostileRawValueIsCut() {
        String huge = "X".repeat(100_000);
        assertThat(channel(huge).rawStatus()).hasSize(UnknownValues.MAX_LENGTH);
    }

    @Test
    void theHostSeesTheStatusAsSent() {
        RequiredAction action =
                RequiredAction.of(channel("BANK_MAINTENANCE"), Instant.EPOCH, new RenewalPolicy(Duration.ZERO));
        assertThat(NextStep.forAction(ConnectionId.of("k1"), ChannelMode.EMBEDDED, action))
                .contains(new NextStep.CheckUnknownStatus(
                        ConnectionId.of("k1"), ChannelDefinitionId.of("c1"), "BANK_MAINTENANCE"));
    }

    @Test
    void anotherStatusSetLocallyDropsTheRawOne() {
        Channel running = channel("BANK_MAINTENANCE").withStatus(ChannelStatus.RUNNING);
        assertThat(running.rawStatus()).isEqualTo("RUNNING");
        assertThat(running.unknown()).isEqualTo(UnknownValues.none());
    }
}
