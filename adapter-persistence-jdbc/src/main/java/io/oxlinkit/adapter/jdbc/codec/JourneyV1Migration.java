package io.oxlinkit.adapter.jdbc.codec;

import com.fasterxml.jackson.databind.JsonNode;
import io.oxlinkit.domain.account.Account;
import io.oxlinkit.domain.connection.Channel;
import io.oxlinkit.domain.connection.ChannelStatus;
import io.oxlinkit.domain.connection.Connection;
import io.oxlinkit.domain.event.SyncPhase;
import io.oxlinkit.domain.id.ChannelDefinitionId;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.journey.ChannelJourney;
import io.oxlinkit.domain.journey.ChannelTrack;
import io.oxlinkit.domain.journey.EventKey;
import io.oxlinkit.domain.journey.Journey;
import io.oxlinkit.domain.journey.NextStep;
import io.oxlinkit.domain.journey.PendingChallenge;
import io.oxlinkit.domain.journey.WaitReason;
import io.oxlinkit.domain.lifecycle.RequiredAction;
import io.oxlinkit.domain.provider.ChannelMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a version-1 journey (one stage, challenge, blocker and watermark for the whole connection, with its
 * own copy of the snapshot) as a version-2 one: a single channel followed, the channel the v1 row names
 * (its challenge, its blocker, its pending accounts) or else the first channel of its snapshot that holds
 * credentials. A v1 row naming no channel at all reads as a journey not started (the next event or refresh
 * names the channel).
 */
final class JourneyV1Migration {

    private final DomainCodec parts;
    private final RequiredActionCodec actions;

    JourneyV1Migration(DomainCodec parts, RequiredActionCodec actions) {
        this.parts = parts;
        this.actions = actions;
    }

    Journey migrate(JsonNode node) {
        ConnectionId id = ConnectionId.of(node.path("connection_id").asText());
        Optional<EventKey> watermark = JourneyCodec.keyOf(node, "watermark");
        Optional<Connection> snapshot = DomainCodec.optional(node, "snapshot").map(parts::connection);
        Optional<PendingChallenge> challenge =
                DomainCodec.optional(node, "challenge").map(parts::pending);
        Optional<NextStep> blocker = DomainCodec.optional(node, "blocker").map(parts::step);
        List<Account> pending = new ArrayList<>();
        node.path("pending_accounts").forEach(a -> pending.add(parts.account(a)));
        Optional<ChannelDefinitionId> channel = challenge
                .map(PendingChallenge::channel)
                .or(() -> blocker.flatMap(JourneyV1Migration::channelOf))
                .or(() -> pending.stream()
                        .flatMap(a -> a.channelDefinitionId().stream())
                        .findFirst())
                .or(() -> snapshot.flatMap(JourneyV1Migration::firstHoldingCredentials));
        if (channel.isEmpty()) {
            return Journey.started(id);
        }
        String stage = node.path("stage").asText("LISTING_ACCOUNTS");
        SyncPhase phase = "LISTING_ACCOUNTS".equals(stage) ? SyncPhase.LIST_ACCOUNTS : SyncPhase.SYNC_ALL;
        Optional<Channel> seen = snapshot.flatMap(s -> s.channel(channel.get()));
        ChannelMode mode = seen.map(Channel::mode).orElse(ChannelMode.UNKNOWN);
        ChannelJourney state = blocker.flatMap(b -> blocked(b, channel.get(), mode, phase))
                .or(() -> challenge.map(ChannelJourney.ChallengeAsked::new))
                .orElseGet(() -> ofStage(stage, node.path("accounts_fetched").asBoolean(), pending));
        ChannelTrack track = new ChannelTrack(channel.get(), state, watermark, seen.flatMap(Channel::lastEnd));
        return new Journey(id, List.of(track), watermark);
    }

    private static ChannelJourney ofStage(String stage, boolean accountsFetched, List<Account> pending) {
        return switch (stage) {
            case "AWAITING_CONSENT" ->
                !accountsFetched
                        ? new ChannelJourney.AwaitingAccountList(ChannelJourney.WhenNonePending.OXLIN_SYNCHRONIZES)
                        : pending.isEmpty()
                                ? new ChannelJourney.Synchronizing()
                                : new ChannelJourney.AwaitingConsent(pending);
            case "SYNCHRONIZING" -> new ChannelJourney.Synchronizing();
            case "STORING_DATA" -> new ChannelJourney.StoringData();
            case "SYNCHRONIZED" -> new ChannelJourney.Synchronized();
            default -> new ChannelJourney.ListingAccounts();
        };
    }

    /** A v1 blocker as the v2 action it stood for; a plain wait blocks nothing (the stage says it). */
    private static Optional<ChannelJourney> blocked(
            NextStep blocker, ChannelDefinitionId channel, ChannelMode mode, SyncPhase phase) {
        RequiredAction action;
        if (blocker instanceof NextStep.FixCredentials fix) {
            action = fix.mode() == ChannelMode.REDIRECT
                    ? new RequiredAction.ReauthorizeAtBank(channel, fix.reason())
                    : new RequiredAction.UpdateCredentials(channel, fix.maskedCredentials(), fix.reason());
            mode = fix.mode();
        } else if (blocker instanceof NextStep.ActOnProviderWebsite) {
            action = new RequiredAction.ActOnProviderWebsite(channel);
        } else if (blocker instanceof NextStep.RestartSynchronization restart) {
            action = new RequiredAction.RestartChallenge(channel, restart.reason());
        } else if (blocker instanceof NextStep.CheckUnknownStatus check) {
            action = new RequiredAction.CheckUnknownStatus(channel, check.reportedStatus());
        } else if (blocker instanceof NextStep.RenewBeforeExpiry renew) {
            action = new RequiredAction.RenewBeforeExpiry(channel, renew.expires());
        } else if (blocker instanceof NextStep.AddChannel) {
            action = new RequiredAction.AddChannel(channel);
        } else if (blocker instanceof NextStep.Wait wait && wait.reason() == WaitReason.OXLIN_RETRIES) {
            action = new RequiredAction.RetryLater(channel);
        } else if (blocker instanceof NextStep.Wait wait && wait.reason() == WaitReason.CHALLENGE_PROMPT_PENDING) {
            action = new RequiredAction.AnswerChallenge(channel);
        } else {
            return Optional.empty();
        }
        return Optional.of(new ChannelJourney.Blocked(action, mode, phase));
    }

    private static Optional<ChannelDefinitionId> channelOf(NextStep step) {
        if (step instanceof NextStep.FixCredentials s) {
            return Optional.of(s.channel());
        }
        if (step instanceof NextStep.ActOnProviderWebsite s) {
            return Optional.of(s.channel());
        }
        if (step instanceof NextStep.RestartSynchronization s) {
            return Optional.of(s.channel());
        }
        if (step instanceof NextStep.CheckUnknownStatus s) {
            return Optional.of(s.channel());
        }
        if (step instanceof NextStep.RenewBeforeExpiry s) {
            return Optional.of(s.channel());
        }
        return step instanceof NextStep.AddChannel s ? Optional.of(s.channel()) : Optional.empty();
    }

    private static Optional<ChannelDefinitionId> firstHoldingCredentials(Connection snapshot) {
        return snapshot.channels().stream()
                .filter(c -> c.status() != ChannelStatus.EMPTY)
                .map(Channel::definitionId)
                .findFirst();
    }
}
