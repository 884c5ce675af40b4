package io.oxlinkit.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The emulated OXLIN back end as the routes see it: one lock over its parts (tokens, users, keys,
 * redirects, connections and their per-channel sync engine, queues, the ledger, widgets). Each method
 * authorizes the caller, then hands the work to the part whose job it is.
 */
final class World {

    private final VirtualClock clock;
    private final java.util.Map<String, TestBanks.Bank> banks = TestBanks.all();
    private final Tokens tokens;
    private final Users users;
    private final Keys keys;
    private final Redirects redirects;
    private final Queues queues;
    private final Ledger ledger;
    private final SyncEngine engine;
    private final Connections connections;
    private final Widgets widgets;
    private long sequence = 1000;

    World(SandboxConfig config, VirtualClock clock, Faults faults) {
        this.clock = clock;
        Supplier<String> ids = () -> Long.toString(++sequence);
        this.users = new Users(ids);
        this.tokens = new Tokens(config, clock, users);
        Supplier<String> secrets = tokens::secret;
        this.keys = new Keys(clock, ids, config.keyValidity());
        this.redirects = new Redirects(secrets);
        this.queues = new Queues(ids, faults);
        this.ledger = new Ledger(ids, config.transactionsPerAccount());
        this.engine = new SyncEngine(clock, ids, queues, ledger);
        this.connections = new Connections(clock, ids, engine, ledger, new CredentialReader(keys));
        this.widgets = new Widgets(secrets, connections, ledger, queues, engine);
    }

    // tokens and users

    synchronized ObjectNode token(Map<String, String> form) {
        return tokens.grant(form);
    }

    synchronized Tokens.Principal authenticate(String authorization) {
        return tokens.authenticate(authorization);
    }

    synchronized int mostKeysOfOneUser() {
        return keys.mostKeysOfOneUser();
    }

    synchronized long refreshTokenReuses() {
        return tokens.refreshReuses();
    }

    synchronized void expireAllTokens() {
        tokens.expireAll();
    }

    synchronized String createUser(Tokens.Principal principal, JsonNode body) {
        return users.create(principal, body);
    }

    synchronized ObjectNode user(Tokens.Principal principal, String id) {
        return users.json(principal, id);
    }

    synchronized void deleteUser(Tokens.Principal principal, String id) {
        users.delete(principal, id);
        connections.removeUser(id);
        ledger.removeUser(id);
        queues.removeUser(id);
        keys.removeUser(id);
    }

    // providers and keys

    synchronized ArrayNode providers() {
        ArrayNode list = Json.array();
        banks.values().forEach(b -> list.add(TestBanks.json(b)));
        return list;
    }

    synchronized ObjectNode provider(String id) {
        return TestBanks.json(bank(id));
    }

    synchronized String createKey(Tokens.Principal principal) {
        return keys.create(users.userOf(principal));
    }

    synchronized ObjectNode key(Tokens.Principal principal, String id) {
        return keys.json(users.userOf(principal), id);
    }

    synchronized String armoredPublicKey(String keyId) {
        return keys.armoredPublicKey(keyId);
    }

    // redirects

    synchronized String authorizeUrl(
            Tokens.Principal principal, String providerId, String channelId, JsonNode body, String baseUrl) {
        String userId = users.userOf(principal);
        TestBanks.Bank bank = bank(providerId);
        TestBanks.ChannelDef channel =
                bank.channel(channelId).orElseThrow(() -> ApiError.notFound("channel " + channelId));
        String connectionId = Json.optionalText(body, "connection_id");
        if (connectionId != null) {
            connections.owned(userId, connectionId);
        }
        return baseUrl + "/authorize/" + redirects.open(userId, bank, channel, body);
    }

    synchronized Optional<String> sessionBank(String session) {
        return redirects.peek(session).map(s -> s.bank().name());
    }

    /** The user approved or refused at the bank: where the browser goes back to. */
    synchronized String approve(String sessionId, boolean approved) {
        Redirects.Session session = redirects.close(sessionId);
        Map<String, String> params = new LinkedHashMap<>();
        if (!approved) {
            params.put("error", "access_denied");
        } else if (session.clientRedirect()) {
            params.put("code", redirects.issueCode(session));
            if (session.state() != null) {
                params.put("state", session.state());
            }
        } else {
            LiveConnection connection = session.connectionId() != null
                    ? connections.existing(session.connectionId())
                    : connections.open(session.userId(), session.bank());
            connections.authorize(connection, session.channel());
            params.put("connection_id", connection.id);
            params.put("status", connection.status().name());
            queues.queueOf(session.userId()).ifPresent(q -> params.put("queue_id", q));
        }
        return session.redirectUri() + (session.redirectUri().contains("?") ? "&" : "?") + encode(params);
    }

    // connections

    synchronized String createConnection(Tokens.Principal principal, JsonNode body) {
        String userId = users.userOf(principal);
        TestBanks.Bank bank = bank(Json.text(body, "provider_id"));
        String channelId = Json.optionalText(body, "channel_definition_id");
        TestBanks.ChannelDef channel = channelId == null
                ? bank.channels().stream()
                        .filter(c -> c.mode().equals("EMBEDDED"))
                        .findFirst()
                        .orElseThrow(() -> ApiError.badRequest(
                                "missing_field", "channel_definition_id is required for this provider"))
                : bank.channel(channelId)
                        .orElseThrow(() -> ApiError.badRequest("invalid_channel", "unknown channel " + channelId));
        if (channel.mode().equals("EMBEDDED")) {
            return connections.createEmbedded(userId, bank, channel, body);
        }
        ArrayNode credentials = Json.array(body, "credentials");
        redirects.redeem(
                userId,
                credentials.isEmpty() ? null : credentials.get(0).path("value").asText(null));
        LiveConnection connection = connections.open(userId, bank);
        connections.authorize(connection, channel);
        return connection.id;
    }

    synchronized ObjectNode connection(Tokens.Principal principal, String id) {
        return JsonViews.connection(connections.owned(users.userOf(principal), id), false);
    }

    synchronized ArrayNode connections(Tokens.Principal principal) {
        String userId = users.userOf(principal);
        ArrayNode list = Json.array();
        connections.all().stream()
                .filter(c -> c.userId.equals(userId))
                .forEach(c -> list.add(JsonViews.connection(c, false)));
        return list;
    }

    synchronized void deleteConnection(Tokens.Principal principal, String id) {
        connections.delete(users.userOf(principal), id);
    }

    synchronized void updateChannel(Tokens.Principal principal, String id, String channelId, JsonNode body) {
        connections.updateChannel(users.userOf(principal), id, channelId, body);
    }

    synchronized void updateCredential(Tokens.Principal principal, String id, String credentialId, JsonNode body) {
        connections.updateCredential(users.userOf(principal), id, credentialId, body);
    }

    synchronized void userInput(Tokens.Principal principal, String id, String channelId, JsonNode body) {
        connections.userInput(users.userOf(principal), id, channelId, body);
    }

    synchronized void consents(Tokens.Principal principal, String id, JsonNode body) {
        connections.consents(users.userOf(principal), id, body);
    }

    // queues, accounts and transactions

    synchronized String subscribe(Tokens.Principal principal, JsonNode body) {
        String userId = users.userOf(principal);
        Set<String> topics = new TreeSet<>();
        for (JsonNode topic : Json.array(body, "topics")) {
            if (!topic.isTextual()) {
                throw ApiError.badRequest("invalid_type", "topics must be strings");
            }
            topics.add(topic.asText());
        }
        return queues.subscribe(userId, topics);
    }

    synchronized ArrayNode poll(Tokens.Principal principal, String id) {
        return queues.read(users.userOf(principal), id);
    }

    synchronized ArrayNode accounts(Tokens.Principal principal, String connectionId, int page, int limit) {
        String userId = users.userOf(principal);
        if (connectionId != null) {
            connections.owned(userId, connectionId);
        }
        ArrayNode list = Json.array();
        ledger.of(userId, connectionId).stream()
                .skip((long) (page - 1) * limit)
                .limit(limit)
                .forEach(a -> list.add(JsonViews.account(a, clock.epochSecond())));
        return list;
    }

    synchronized ObjectNode account(Tokens.Principal principal, String id) {
        return JsonViews.account(ledger.owned(users.userOf(principal), id), clock.epochSecond());
    }

    synchronized byte[] transactions(
            Tokens.Principal principal, String accountId, int page, int limit, Transactions.Filters filters) {
        return Transactions.page(
                ledger.owned(users.userOf(principal), accountId), clock.epochSecond(), page, limit, filters);
    }

    // widget

    synchronized String widgetSession(Map<String, String> body) {
        if (!tokens.clientMatches(body.get("client_id"), body.get("client_secret"))) {
            throw new ApiError(401, "invalid_client", "unknown client or wrong secret");
        }
        return widgets.open(users.userOf(tokens.authenticate("Bearer " + body.getOrDefault("access_token", ""))));
    }

    synchronized void widgetOptions(String session, Map<String, String> query) {
        widgets.options(session, query);
    }

    synchronized Widgets.View widgetView(String session) {
        return widgets.view(session);
    }

    synchronized void widgetCredentials(String session, String bankId, String login, String password) {
        widgets.credentials(session, bank(bankId), login, password);
    }

    synchronized void widgetAnswer(String session, Map<String, String> answers) {
        widgets.answer(session, answers);
    }

    synchronized void widgetAccounts(String session, List<String> selected) {
        widgets.accounts(session, selected);
    }

    // admin

    synchronized void seedTransactions(String bankId, int count) {
        ledger.seedBank(bank(bankId).id(), count);
    }

    synchronized void addTransactions(String accountId, int count) {
        ledger.addTransactions(accountId, count);
    }

    synchronized void seedAccountTransactions(String accountId, int count) {
        ledger.seedAccount(accountId, count);
    }

    synchronized void breakNextSync(String connectionId, String status) {
        connections.existing(connectionId).nextSyncFails = Optional.of(ChannelState.failure(status));
    }

    synchronized void failNextJob(String connectionId, String channelId, String status) {
        connections.existing(connectionId).requireChannel(channelId).nextJobFails =
                Optional.of(ChannelState.failure(status));
    }

    synchronized void askSmsOnNextJob(String connectionId, String channelId) {
        connections.existing(connectionId).requireChannel(channelId).nextJobAsksSms = true;
    }

    synchronized void dropQueuedEvents(String userId) {
        queues.drop(userId);
    }

    synchronized void triggerSync(String connectionId) {
        connections.scheduledSync(connectionId);
    }

    synchronized void expireChannel(String connectionId, String channelId, Instant expires) {
        connections.existing(connectionId).requireChannel(channelId).expires = expires.getEpochSecond();
    }

    /** Ends challenges whose time ran out (called on every request and clock move). */
    synchronized void tick() {
        engine.tick(connections.all());
    }

    private TestBanks.Bank bank(String id) {
        return Optional.ofNullable(banks.get(id)).orElseThrow(() -> ApiError.notFound("provider " + id));
    }

    static String encode(Map<String, String> params) {
        StringBuilder query = new StringBuilder();
        params.forEach((k, v) -> query.append(query.length() > 0 ? "&" : "")
                .append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return query.toString();
    }
}
