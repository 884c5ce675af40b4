package io.oxlinkit.domain.journey;

import io.oxlinkit.domain.GuideSamples;
import io.oxlinkit.domain.account.Account;
import io.oxlinkit.domain.account.AccountClassification;
import io.oxlinkit.domain.account.AccountStatus;
import io.oxlinkit.domain.connection.Channel;
import io.oxlinkit.domain.connection.ChannelStatus;
import io.oxlinkit.domain.connection.Connection;
import io.oxlinkit.domain.connection.ConnectionStatus;
import io.oxlinkit.domain.connection.Owner;
import io.oxlinkit.domain.event.Event;
import io.oxlinkit.domain.event.EventHeader;
import io.oxlinkit.domain.event.EventType;
import io.oxlinkit.domain.event.SyncPhase;
import io.oxlinkit.domain.id.AccountId;
import io.oxlinkit.domain.id.ChannelDefinitionId;
import io.oxlinkit.domain.id.EventId;
import io.oxlinkit.domain.id.ProviderId;
import io.oxlinkit.domain.provider.AccountType;
import io.oxlinkit.domain.provider.ChannelMode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A test double of the server side of one connection with a REDIRECT and an EMBEDDED channel (HSBC's
 * shape in the guide): each call moves one channel as OXLIN would and returns the event it queues, with
 * the whole connection's snapshot at that moment. One second passes per call.
 */
final class TwoChannelServer {

    static final ChannelDefinitionId REDIRECT = ChannelDefinitionId.of("11901");
    static final ChannelDefinitionId EMBEDDED = ChannelDefinitionId.of("11902");

    private final Map<ChannelDefinitionId, Channel> channels = new LinkedHashMap<>();
    private long now = 1_000;
    private int ids = 0;

    TwoChannelServer() {
        channels.put(REDIRECT, channel(REDIRECT, ChannelMode.REDIRECT, ChannelStatus.NEVER, Optional.empty()));
        channels.put(EMBEDDED, channel(EMBEDDED, ChannelMode.EMBEDDED, ChannelStatus.EMPTY, Optional.empty()));
    }

    /** A job starts on the channel: it is RUNNING (no event). */
    void start(ChannelDefinitionId channel) {
        now++;
        set(channel, ChannelStatus.RUNNING, false);
    }

    /** The user's answer reached the channel's job: it runs on (no event). */
    void answered(ChannelDefinitionId channel) {
        set(channel, ChannelStatus.RUNNING, false);
    }

    /** A REDIRECT channel authorized again at the bank: SUCCESS now, no job (no event), as both emulators do. */
    void authorized(ChannelDefinitionId channel) {
        set(channel, ChannelStatus.SUCCESS, true);
    }

    Event ask(ChannelDefinitionId channel, SyncPhase phase) {
        set(channel, ChannelStatus.CHALLENGE_REQUIRED, false);
        EventType type = phase == SyncPhase.LIST_ACCOUNTS
                ? EventType.LIST_ACCOUNTS_USER_INPUT_REQUESTED
                : EventType.SYNC_ALL_USER_INPUT_REQUESTED;
        return new Event.UserInputRequested(header(channel), type, GuideSamples.smsCodePrompt());
    }

    Event succeed(ChannelDefinitionId channel, SyncPhase phase) {
        set(channel, ChannelStatus.SUCCESS, true);
        EventType type =
                phase == SyncPhase.LIST_ACCOUNTS ? EventType.LIST_ACCOUNTS_SUCCESS : EventType.SYNC_ALL_SUCCESS;
        return new Event.SynchronizationSucceeded(header(channel), type);
    }

    Event fail(ChannelDefinitionId channel, SyncPhase phase, ChannelStatus status) {
        set(channel, status, true);
        EventType type =
                phase == SyncPhase.LIST_ACCOUNTS ? EventType.LIST_ACCOUNTS_FAILURE : EventType.SYNC_ALL_FAILURE;
        return new Event.SynchronizationFailed(header(channel), type);
    }

    /** The connection as {@code GET /connections/{id}} shows it now. */
    Connection snapshot() {
        return new Connection(
                GuideSamples.CONNECTION,
                ProviderId.of("119"),
                "HSBC",
                ConnectionStatus.RUNNING,
                true,
                List.copyOf(channels.values()),
                Owner.unknown(),
                Optional.empty());
    }

    /** An account reached through {@code channel}, waiting for consent. */
    static Account pending(String id, ChannelDefinitionId channel) {
        return new Account(
                AccountId.of(id),
                GuideSamples.CONNECTION,
                Optional.of("Compte " + id),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                AccountType.CHECKINGS,
                AccountStatus.PENDING_CONSENT,
                AccountClassification.PERSONAL,
                Optional.of(channel));
    }

    private void set(ChannelDefinitionId id, ChannelStatus status, boolean ended) {
        now++;
        Channel old = channels.get(id);
        Optional<Instant> at = Optional.of(Instant.ofEpochSecond(now));
        channels.put(
                id,
                new Channel(
                        id,
                        old.mode(),
                        status,
                        old.expires(),
                        ended && status == ChannelStatus.SUCCESS ? at : old.lastSuccess(),
                        ended ? at : old.lastEnd(),
                        old.maskedCredentials(),
                        old.accountTypes()));
    }

    private EventHeader header(ChannelDefinitionId channel) {
        return new EventHeader(
                EventId.of(String.valueOf(++ids)),
                GuideSamples.CONNECTION,
                Instant.ofEpochSecond(now),
                Optional.of(channel),
                Optional.of(snapshot()));
    }

    private static Channel channel(
            ChannelDefinitionId id, ChannelMode mode, ChannelStatus status, Optional<Instant> lastEnd) {
        return new Channel(
                id,
                mode,
                status,
                Optional.empty(),
                Optional.empty(),
                lastEnd,
                List.of(),
                Set.of(AccountType.CHECKINGS));
    }
}
