package io.oxlinkit.testkit.data;

import io.oxlinkit.domain.connection.Channel;
import io.oxlinkit.domain.connection.ChannelStatus;
import io.oxlinkit.domain.connection.Connection;
import io.oxlinkit.domain.connection.ConnectionStatus;
import io.oxlinkit.domain.connection.MaskedCredential;
import io.oxlinkit.domain.connection.Owner;
import io.oxlinkit.domain.id.ChannelDefinitionId;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.CredentialId;
import io.oxlinkit.domain.id.ProviderId;
import io.oxlinkit.domain.provider.AccountType;
import io.oxlinkit.domain.provider.ChannelMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Builds a {@link Connection} (and its channels) with sane defaults. */
public final class ConnectionBuilder {

    private String id = "1000";
    private String providerId = "87";
    private ConnectionStatus status = ConnectionStatus.SUCCESS;
    private final List<Channel> channels = new ArrayList<>();

    /** Sets the id. */
    public ConnectionBuilder id(String value) {
        this.id = value;
        return this;
    }

    /** Sets the provider id. */
    public ConnectionBuilder providerId(String value) {
        this.providerId = value;
        return this;
    }

    /** Sets the status. */
    public ConnectionBuilder status(ConnectionStatus value) {
        this.status = value;
        return this;
    }

    /** Adds an EMBEDDED channel with a masked identifier. */
    public ConnectionBuilder embeddedChannel(String definitionId, ChannelStatus channelStatus) {
        channels.add(new Channel(
                ChannelDefinitionId.of(definitionId),
                ChannelMode.EMBEDDED,
                channelStatus,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                List.of(new MaskedCredential(CredentialId.of("300"), "**mo")),
                Set.of(AccountType.SAVINGS)));
        return this;
    }

    /** Adds a REDIRECT channel expiring at {@code expires}. */
    public ConnectionBuilder redirectChannel(String definitionId, ChannelStatus channelStatus, Instant expires) {
        channels.add(new Channel(
                ChannelDefinitionId.of(definitionId),
                ChannelMode.REDIRECT,
                channelStatus,
                Optional.of(expires),
                Optional.empty(),
                Optional.empty(),
                List.of(),
                Set.of(AccountType.CHECKINGS)));
        return this;
    }

    /** The connection with the values set so far. */
    public Connection build() {
        return new Connection(
                ConnectionId.of(id),
                ProviderId.of(providerId),
                "Test Connection",
                status,
                true,
                channels,
                Owner.unknown(),
                Optional.empty());
    }
}
