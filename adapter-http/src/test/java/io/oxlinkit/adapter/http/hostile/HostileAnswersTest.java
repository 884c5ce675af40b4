package io.oxlinkit.adapter.http.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oxlinkit.adapter.http.FeignOxlinApi;
import io.oxlinkit.application.port.OxlinApiException;
import io.oxlinkit.domain.event.Event;
import io.oxlinkit.domain.id.AccountId;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.ProviderId;
import io.oxlinkit.domain.id.QueueId;
import io.oxlinkit.domain.id.UserId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The HTTP adapter against a server that answers wrong on purpose: every failure to read an answer is the
 * typed decoding error (or a transport error for a body that stalls), paging ends, an oversized body is not
 * read whole, and one unreadable event never costs the others of its read.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostileAnswersTest {

    private static final UserId USER = UserId.of("u1");
    private HostileServer server;
    private FeignOxlinApi api;

    @BeforeEach
    void start() throws Exception {
        server = new HostileServer();
        api = server.client(USER, config -> config.maxResponseBytes(64 * 1024));
    }

    @AfterEach
    void stop() {
        api.close();
        server.close();
    }

    private static String transaction(String id) {
        return "{\"id\":\"" + id
                + "\",\"account_id\":\"a1\",\"amount\":-1.5,\"currency\":\"EUR\",\"date\":1700000000,\"label\":\"CB "
                + "PAIEMENT PAR CARTE BANCAIRE CHEZ UN COMMERCANT AU NOM TRES LONG 0123456789\"}";
    }

    private static String transactions(int from, int count) {
        return IntStream.range(from, from + count)
                .mapToObj(i -> transaction("t" + i))
                .collect(Collectors.joining(",", "[", "]"));
    }

    private static String account(String id) {
        return "{\"id\":\"" + id + "\",\"connection_id\":\"c1\",\"type\":\"CHECKINGS\",\"status\":\"ACTIVE\"}";
    }

    @Test
    void anUnreadableEventIsSkippedAndTheOthersOfTheSameReadAreKept() {
        String good =
                "{\"id\":\"%s\",\"event_type\":\"SYNC_ALL_SUCCESS\",\"resource_type\":\"CONNECTION\",\"creation_date\":1700000000,"
                        + "\"resource\":{\"id\":\"c1\",\"provider_id\":\"87\",\"status\":\"SUCCESS\",\"channels\":[]}}";
        String outOfRange = good.formatted("2").replace("1700000000", "99999999999999999999");
        server.on(
                "GET /queues/q1",
                q -> HostileServer.Reply.json(
                        "[" + good.formatted("1") + "," + outOfRange + "," + good.formatted("3") + "]"));
        List<Event> events = api.poll(USER, QueueId.of("q1"));
        assertThat(events).extracting(e -> e.header().id().value()).containsExactly("1", "3");
    }

    @Test
    void aPageWithMoreTransactionsThanAskedIsADecodingError() {
        server.on("GET /transactions", q -> HostileServer.Reply.json(transactions(0, 11)));
        assertThatThrownBy(() -> api.transactions(USER, AccountId.of("a1"), 1, 10))
                .isInstanceOf(OxlinApiException.Decoding.class)
                .hasMessageContaining("more than the 10");
    }

    @Test
    void aTransactionStreamWhoseServerRepeatsAPageForEverEndsWithADecodingError() {
        server.on(
                "GET /transactions",
                q -> HostileServer.Reply.json(
                        transactions(q.contains("page=1&") || q.endsWith("page=1") ? 0 : 500, 500)));
        try (FeignOxlinApi roomy = server.client(USER, config -> config);
                var stream = roomy.transactionStream(USER, AccountId.of("a1"))) {
            assertThatThrownBy(() -> stream.count())
                    .isInstanceOf(OxlinApiException.Decoding.class)
                    .hasMessageContaining("repeats");
        }
    }

    @Test
    void accountsPagedForEverOrOverfullAreADecodingError() {
        String full =
                IntStream.range(0, 100).mapToObj(i -> account("a" + i)).collect(Collectors.joining(",", "[", "]"));
        server.on("GET /accounts", q -> HostileServer.Reply.json(full));
        assertThatThrownBy(() -> api.accounts(USER, ConnectionId.of("c1")))
                .isInstanceOf(OxlinApiException.Decoding.class)
                .hasMessageContaining("no account not seen before");
        String overfull =
                IntStream.range(0, 101).mapToObj(i -> account("b" + i)).collect(Collectors.joining(",", "[", "]"));
        server.on("GET /accounts", q -> HostileServer.Reply.json(overfull));
        assertThatThrownBy(() -> api.accounts(USER, ConnectionId.of("c1")))
                .isInstanceOf(OxlinApiException.Decoding.class)
                .hasMessageContaining("more rows");
    }

    @Test
    void aBodyLargerThanTheCapIsADecodingErrorAndIsNotReadWhole() {
        server.on("GET /transactions", q -> HostileServer.Reply.json(transactions(0, 500)));
        assertThatThrownBy(() -> api.transactions(USER, AccountId.of("a1"), 1, 500))
                .isInstanceOf(OxlinApiException.Decoding.class)
                .hasMessageContaining("larger than 65536 bytes");
    }

    @Test
    void aBodyThatStallsFailsAsATransportErrorWithinTheReadTimeout() {
        server.on("GET /transactions", q -> HostileServer.Reply.stalling(transactions(0, 20)));
        assertThatThrownBy(() -> api.transactions(USER, AccountId.of("a1"), 1, 20))
                .isInstanceOf(OxlinApiException.Transport.class);
    }

    @Test
    void aProviderThatCannotBeReadIsADecodingErrorNotTheAdaptersOwnException() {
        server.on("GET /providers/87", q -> HostileServer.Reply.json("{\"name\":\"no id\"}"));
        assertThatThrownBy(() -> api.provider(USER, ProviderId.of("87")))
                .isInstanceOf(OxlinApiException.Decoding.class);
        server.on("GET /providers/87", q -> HostileServer.Reply.json("[1, 2]"));
        assertThatThrownBy(() -> api.provider(USER, ProviderId.of("87")))
                .isInstanceOf(OxlinApiException.Decoding.class);
    }
}
