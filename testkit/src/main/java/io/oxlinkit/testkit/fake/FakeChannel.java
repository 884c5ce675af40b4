package io.oxlinkit.testkit.fake;

import io.oxlinkit.domain.connection.Channel;
import io.oxlinkit.domain.connection.ChannelStatus;
import io.oxlinkit.domain.connection.MaskedCredential;
import io.oxlinkit.domain.provider.ChannelDefinition;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** One channel of a fake connection: its status and dates, its job, and what the next job is scripted to do. */
final class FakeChannel {

    final ChannelDefinition definition;
    ChannelStatus status = ChannelStatus.EMPTY;
    Optional<Instant> expires = Optional.empty();
    Optional<Instant> lastSuccess = Optional.empty();
    Optional<Instant> lastEnd = Optional.empty();
    List<MaskedCredential> masked = List.of();
    FakeJob job = new FakeJob.Idle();
    /** The last credentials sent were refused by the bank: every job ends in AUTH_FAILED until they change. */
    boolean credentialsRefused;

    Optional<ChannelStatus> nextJobFailure = Optional.empty();
    boolean smsOnNextJob;

    FakeChannel(ChannelDefinition definition) {
        this.definition = definition;
    }

    boolean holdsCredentials() {
        return status != ChannelStatus.EMPTY && status != ChannelStatus.NEVER;
    }

    boolean isAsking() {
        return job instanceof FakeJob.Asking;
    }

    Channel view() {
        return new Channel(
                definition.id(),
                definition.mode(),
                status,
                expires,
                lastSuccess,
                lastEnd,
                masked,
                definition.accountTypes());
    }
}
