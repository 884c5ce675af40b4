package io.oxlinkit.testkit.fake;

import io.oxlinkit.domain.connection.ChannelStatus;
import io.oxlinkit.domain.event.SyncPhase;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.domain.provider.ChannelDefinition;
import io.oxlinkit.domain.redirect.RedirectRequest;
import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the user does outside the API: approve or refuse at the bank's authorize page, or go through the widget. */
final class FakeUserAtBank {

    private final Clock clock;
    private final FakeRedirects redirects;
    private final FakeConnections connections;
    private final FakeLedger ledger;
    private final FakeQueues queues;
    private final FakeSyncEngine engine;

    FakeUserAtBank(
            Clock clock,
            FakeRedirects redirects,
            FakeConnections connections,
            FakeLedger ledger,
            FakeQueues queues,
            FakeSyncEngine engine) {
        this.clock = clock;
        this.redirects = redirects;
        this.connections = connections;
        this.ledger = ledger;
        this.queues = queues;
        this.engine = engine;
    }

    Map<String, String> approve(URI authorizeUrl, FakeBank bank) {
        FakeRedirects.Session session = redirects.close(authorizeUrl);
        RedirectRequest request = session.request();
        Map<String, String> query = new LinkedHashMap<>();
        if (request.clientHandled()) {
            query.put("code", redirects.issueCode(session));
            request.state().ifPresent(s -> query.put("state", s.value()));
            return query;
        }
        FakeConnection connection = request.existingConnection().isPresent()
                ? connections.existing(request.existingConnection().get())
                : connections.open(session.user(), bank);
        connections.authorize(connection, request.channel());
        query.put("connection_id", connection.id.value());
        query.put("status", connection.status().name());
        queues.queueOf(session.user()).ifPresent(q -> query.put("queue_id", q.value()));
        return query;
    }

    Map<String, String> deny(URI authorizeUrl) {
        redirects.close(authorizeUrl);
        return Map.of("error", "access_denied");
    }

    Map<String, String> widget(UserId user, FakeBank bank) {
        ChannelDefinition definition = bank.provider().channelDefinitions().get(0);
        FakeConnection connection = connections.open(user, bank);
        FakeChannel channel = connection.channel(definition.id());
        ledger.list(connection, definition.id(), definition.accountTypes(), clock.instant());
        ledger.grantAll(connection);
        channel.status = ChannelStatus.SUCCESS;
        engine.start(connection, channel, SyncPhase.SYNC_ALL);
        return Map.of(
                "connection_id",
                connection.id.value(),
                "status",
                connection.status().name());
    }
}
