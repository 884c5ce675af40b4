package io.oxlinkit.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.oxlinkit.sandbox.TestBanks.AccountDef;
import io.oxlinkit.sandbox.TestBanks.Bank;
import io.oxlinkit.sandbox.TestBanks.ChannelDef;
import io.oxlinkit.sandbox.TestBanks.CredentialDef;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The emulated OXLIN back end: users, tokens, keys, connections, accounts, transactions, queues and
 * the synchronizations that drive events. Every method runs under the world's lock.
 */
final class World {

    private static final String LIST_ACCOUNTS = "LIST_ACCOUNTS";
    private static final String SYNC_ALL = "SYNC_ALL";

    record Principal(String userId, Set<String> scopes) {
        boolean isClient() {
            return userId == null;
        }
    }

    private record User(String id, String email, String password) {
    }

    private record Token(Principal principal, Instant expiresAt) {
    }

    private record Key(String id, String userId, PgpKeyPair pair, Instant expiration) {
    }

    private record Session(String id, String userId, Bank bank, ChannelDef channel, String redirectUri, boolean clientRedirect,
                           String state, String connectionId) {
    }

    private static final class Channel {
        final ChannelDef def;
        String status;
        Long expires;
        Long lastSuccess;
        Long lastEnd;
        final List<String[]> masked = new ArrayList<>();

        Channel(ChannelDef def, String status) {
            this.def = def;
            this.status = status;
        }
    }

    private static final class Connection {
        final String id;
        final String userId;
        final Bank bank;
        final long created;
        final Map<String, Channel> channels = new LinkedHashMap<>();
        String status = "RUNNING";
        String activeChannel;
        String phase = LIST_ACCOUNTS;
        int step;
        int attemptsLeft;
        Instant deadline;
        String breakNextSync;

        Connection(String id, String userId, Bank bank, long created) {
            this.id = id;
            this.userId = userId;
            this.bank = bank;
            this.created = created;
        }
    }

    private static final class Account {
        final String id;
        final String connectionId;
        final String userId;
        final AccountDef def;
        final String channelId;
        final long anchor;
        String status = "PENDING_CONSENT";
        int transactions;

        Account(String id, String connectionId, String userId, AccountDef def, String channelId, long anchor, int transactions) {
            this.id = id;
            this.connectionId = connectionId;
            this.userId = userId;
            this.def = def;
            this.channelId = channelId;
            this.anchor = anchor;
            this.transactions = transactions;
        }
    }

    private record Queue(String id, String userId, Set<String> topics, Deque<ObjectNode> events) {
    }

    private static final class Widget {
        final String id;
        final String userId;
        final Map<String, String> options = new LinkedHashMap<>();
        String connectionId;

        Widget(String id, String userId) {
            this.id = id;
            this.userId = userId;
        }
    }

    /** What the widget page shows next. */
    enum WidgetStep { CREDENTIALS, SEND_SMS, CODE, SELECT_ACCOUNTS, DONE, FAILED }

    /** The widget page's state: the step, the last bank message, the accounts to pick, where to go back. */
    record WidgetView(WidgetStep step, String message, List<String[]> accounts, String callback) {
    }

    private final SandboxConfig config;
    private final VirtualClock clock;
    private final Faults faults;
    private final Map<String, Bank> banks = TestBanks.all();
    private final Map<String, Integer> seededTransactions = new HashMap<>();
    private final Map<String, User> users = new LinkedHashMap<>();
    private final Map<String, Token> tokens = new HashMap<>();
    private final Map<String, String> refreshTokens = new HashMap<>();
    private final Map<String, Key> keys = new HashMap<>();
    private final Map<String, Connection> connections = new LinkedHashMap<>();
    private final Map<String, Account> accounts = new LinkedHashMap<>();
    private final Map<String, Queue> queues = new LinkedHashMap<>();
    private final Map<String, Session> sessions = new HashMap<>();
    private final Map<String, Session> codes = new HashMap<>();
    private final Map<String, Widget> widgets = new HashMap<>();
    private final SecureRandom random = new SecureRandom();
    private long sequence = 1000;

    World(SandboxConfig config, VirtualClock clock, Faults faults) {
        this.config = config;
        this.clock = clock;
        this.faults = faults;
    }

    // ------------------------------------------------------------------ tokens

    synchronized ObjectNode token(Map<String, String> form) {
        String grant = require(form, "grant_type");
        String clientId = form.get("client_id");
        String clientSecret = form.get("client_secret");
        if (!config.clientId().equals(clientId) || !config.clientSecret().equals(clientSecret)) {
            throw new ApiError(401, "invalid_client", "unknown client or wrong secret");
        }
        Principal principal;
        String refresh = null;
        switch (grant) {
            case "client_credentials" -> principal = new Principal(null, scopes(form.getOrDefault("scope", "users_create")));
            case "password" -> {
                String username = require(form, "username");
                String password = require(form, "password");
                User user = users.values().stream().filter(u -> u.email().equals(username)).findFirst()
                        .filter(u -> u.password().equals(password))
                        .orElseThrow(() -> ApiError.badRequest("invalid_grant", "wrong username or password"));
                principal = new Principal(user.id(), scopes(form.getOrDefault("scope", "")));
                refresh = secret();
                refreshTokens.put(refresh, user.id());
            }
            case "refresh_token" -> {
                String userId = refreshTokens.get(require(form, "refresh_token"));
                if (userId == null || !users.containsKey(userId)) {
                    throw ApiError.badRequest("invalid_grant", "unknown refresh token");
                }
                principal = new Principal(userId, Set.of());
                refresh = form.get("refresh_token");
            }
            default -> throw ApiError.badRequest("unsupported_grant_type", "grant_type " + grant + " is not supported");
        }
        String access = secret();
        tokens.put(access, new Token(principal, clock.now().plus(config.tokenTtl())));
        ObjectNode body = Json.object();
        body.put("access_token", access);
        body.put("token_type", "Bearer");
        body.put("expires_in", config.tokenTtl().getSeconds());
        if (refresh != null) {
            body.put("refresh_token", refresh);
        }
        body.put("scope", String.join(" ", principal.scopes()));
        return body;
    }

    synchronized Principal authenticate(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            throw ApiError.unauthorized("a bearer token is required");
        }
        Token token = tokens.get(authorization.substring("Bearer ".length()).trim());
        if (token == null) {
            throw ApiError.unauthorized("unknown token");
        }
        if (!clock.now().isBefore(token.expiresAt())) {
            throw ApiError.unauthorized("the token has expired");
        }
        return token.principal();
    }

    synchronized void expireAllTokens() {
        tokens.replaceAll((k, t) -> new Token(t.principal(), clock.now()));
    }

    // ------------------------------------------------------------------ users

    synchronized String createUser(Principal principal, JsonNode body) {
        if (!principal.isClient() || !principal.scopes().contains("users_create")) {
            throw ApiError.forbidden("creating users needs a client token with scope users_create");
        }
        String email = Json.text(body, "email");
        String password = Json.text(body, "password");
        if (users.values().stream().anyMatch(u -> u.email().equals(email))) {
            throw new ApiError(409, "user_exists", "a user with this email exists");
        }
        String id = next();
        users.put(id, new User(id, email, password));
        return id;
    }

    synchronized ObjectNode user(Principal principal, String id) {
        User user = users.get(id);
        if (user == null || !id.equals(principal.userId())) {
            throw ApiError.notFound("user " + id);
        }
        ObjectNode json = Json.object();
        json.put("id", user.id());
        json.put("email", user.email());
        return json;
    }

    synchronized void deleteUser(Principal principal, String id) {
        if (!principal.isClient() && !id.equals(principal.userId())) {
            throw ApiError.notFound("user " + id);
        }
        users.remove(id);
        connections.values().removeIf(c -> c.userId.equals(id));
        accounts.values().removeIf(a -> a.userId.equals(id));
        queues.values().removeIf(q -> q.userId().equals(id));
    }

    // ------------------------------------------------------------------ providers and keys

    synchronized ArrayNode providers() {
        ArrayNode list = Json.array();
        banks.values().forEach(b -> list.add(TestBanks.json(b)));
        return list;
    }

    synchronized ObjectNode provider(String id) {
        return TestBanks.json(bank(id));
    }

    synchronized String createKey(Principal principal) {
        String userId = userOf(principal);
        String id = next();
        keys.put(id, new Key(id, userId, PgpKeyPair.generate(clock.now()), clock.now().plus(config.keyValidity())));
        return id;
    }

    synchronized ObjectNode key(Principal principal, String id) {
        Key key = keys.get(id);
        if (key == null || !key.userId().equals(principal.userId())) {
            throw ApiError.notFound("key " + id);
        }
        ObjectNode json = Json.object();
        json.put("id", key.id());
        json.put("public_key", key.pair().armoredPublicKey());
        json.put("type", "PGP");
        json.put("expiration_date", key.expiration().getEpochSecond());
        return json;
    }

    /** The armored public key of a key id, for admin and interop tests. */
    synchronized String armoredPublicKey(String keyId) {
        Key key = keys.get(keyId);
        if (key == null) {
            throw ApiError.notFound("key " + keyId);
        }
        return key.pair().armoredPublicKey();
    }

    // ------------------------------------------------------------------ redirect

    synchronized String authorizeUrl(Principal principal, String providerId, String channelId, JsonNode body, String baseUrl) {
        String userId = userOf(principal);
        Bank bank = bank(providerId);
        ChannelDef channel = bank.channel(channelId).orElseThrow(() -> ApiError.notFound("channel " + channelId));
        if (!channel.mode().equals("REDIRECT")) {
            throw ApiError.badRequest("invalid_channel", "channel " + channelId + " is not a REDIRECT channel");
        }
        String redirectUri = Json.text(body, "redirect_uri");
        boolean clientRedirect = Json.flag(body, "use_client_redirect");
        String state = Json.optionalText(body, "redirect_state");
        if (state != null && state.contains("|")) {
            throw ApiError.badRequest("invalid_state", "redirect_state must not contain '|'");
        }
        String connectionId = Json.optionalText(body, "connection_id");
        if (connectionId != null) {
            owned(principal, connectionId);
        }
        String session = secret().substring(0, 16);
        sessions.put(session, new Session(session, userId, bank, channel, redirectUri, clientRedirect, state, connectionId));
        return baseUrl + "/authorize/" + session;
    }

    synchronized Optional<String> sessionBank(String session) {
        return Optional.ofNullable(sessions.get(session)).map(s -> s.bank().name());
    }

    /** The user approved at the bank: where the browser goes back to. */
    synchronized String approve(String sessionId, boolean approved) {
        Session session = sessions.remove(sessionId);
        if (session == null) {
            throw ApiError.notFound("authorization session " + sessionId);
        }
        Map<String, String> params = new LinkedHashMap<>();
        if (!approved) {
            params.put("error", "access_denied");
        } else if (session.clientRedirect()) {
            String code = "code-" + secret().substring(0, 20);
            codes.put(code, session);
            params.put("code", code);
            if (session.state() != null) {
                params.put("state", session.state());
            }
        } else {
            Connection connection;
            if (session.connectionId() != null) {
                connection = connections.get(session.connectionId());
                authorizeRedirect(connection, session.channel());
                connection.status = "SUCCESS";
            } else {
                connection = newRedirectConnection(session.userId(), session.bank(), session.channel());
            }
            params.put("connection_id", connection.id);
            params.put("status", connection.status);
            queueOf(session.userId()).ifPresent(q -> params.put("queue_id", q));
        }
        return session.redirectUri() + (session.redirectUri().contains("?") ? "&" : "?") + encode(params);
    }

    // ------------------------------------------------------------------ connections

    synchronized String createConnection(Principal principal, JsonNode body) {
        String userId = userOf(principal);
        Bank bank = bank(Json.text(body, "provider_id"));
        if (bank.unavailable()) {
            throw new ApiError(409, "provider_unavailable", "provider " + bank.id() + " is unavailable");
        }
        String channelId = Json.optionalText(body, "channel_definition_id");
        ChannelDef channel = channelId == null
                ? bank.channels().stream().filter(c -> c.mode().equals("EMBEDDED")).findFirst()
                        .orElseThrow(() -> ApiError.badRequest("missing_field", "channel_definition_id is required for this provider"))
                : bank.channel(channelId).orElseThrow(() -> ApiError.badRequest("invalid_channel", "unknown channel " + channelId));
        ArrayNode credentials = Json.array(body, "credentials");
        if (channel.mode().equals("REDIRECT")) {
            String code = credentials.isEmpty() ? null : credentials.get(0).path("value").asText(null);
            Session session = code == null ? null : codes.remove(code);
            if (session == null || !session.userId().equals(userId)) {
                throw ApiError.badRequest("invalid_grant", "unknown or used authorization code");
            }
            return newRedirectConnection(userId, bank, channel).id;
        }
        Map<String, String> values = checkCredentials(userId, channel, Json.optionalText(body, "key_id"), credentials, true);
        Connection connection = new Connection(next(), userId, bank, clock.epochSecond());
        bank.channels().forEach(c -> connection.channels.put(c.id(), new Channel(c, "EMPTY")));
        Channel active = new Channel(channel, "RUNNING");
        mask(active, values);
        connection.channels.put(channel.id(), active);
        connection.activeChannel = channel.id();
        connections.put(connection.id, connection);
        if (refused(values)) {
            fail(connection, "AUTH_FAILED");
        } else {
            startPhase(connection, LIST_ACCOUNTS);
        }
        return connection.id;
    }

    synchronized ObjectNode connection(Principal principal, String id) {
        return connectionJson(owned(principal, id), false);
    }

    synchronized ArrayNode connections(Principal principal) {
        String userId = userOf(principal);
        ArrayNode list = Json.array();
        connections.values().stream().filter(c -> c.userId.equals(userId)).forEach(c -> list.add(connectionJson(c, false)));
        return list;
    }

    synchronized void deleteConnection(Principal principal, String id) {
        Connection connection = connections.get(id);
        if (connection == null) {
            return;
        }
        owned(principal, id);
        connections.remove(id);
        accounts.values().removeIf(a -> a.connectionId.equals(id));
    }

    synchronized void updateChannel(Principal principal, String id, String channelId, JsonNode body) {
        Connection connection = owned(principal, id);
        Channel channel = Optional.ofNullable(connection.channels.get(channelId))
                .orElseThrow(() -> ApiError.notFound("channel " + channelId));
        if (!channel.def.mode().equals("EMBEDDED")) {
            throw ApiError.badRequest("invalid_channel", "REDIRECT channels are updated through authorize_url");
        }
        Map<String, String> values = checkCredentials(connection.userId, channel.def, Json.optionalText(body, "key_id"),
                Json.array(body, "credentials"), true);
        mask(channel, values);
        connection.activeChannel = channelId;
        if (refused(values)) {
            connection.phase = SYNC_ALL;
            fail(connection, "AUTH_FAILED");
            return;
        }
        connection.breakNextSync = null;
        boolean listed = accounts.values().stream().anyMatch(a -> a.connectionId.equals(id) && a.channelId.equals(channelId));
        startPhase(connection, listed ? SYNC_ALL : LIST_ACCOUNTS);
    }

    synchronized void updateCredential(Principal principal, String id, String credentialId, JsonNode body) {
        Connection connection = owned(principal, id);
        Channel channel = connection.channels.get(connection.activeChannel);
        CredentialDef def = channel.def.credentials().stream().filter(c -> c.id().equals(credentialId)).findFirst()
                .orElseThrow(() -> ApiError.notFound("credential " + credentialId));
        ArrayNode one = Json.array();
        one.addObject().put("id", def.id()).put("value", Json.text(body, "value"));
        Map<String, String> values = checkCredentials(connection.userId, channel.def, Json.optionalText(body, "key_id"), one, false);
        if (refused(values)) {
            connection.phase = SYNC_ALL;
            fail(connection, "AUTH_FAILED");
            return;
        }
        connection.breakNextSync = null;
        startPhase(connection, SYNC_ALL);
    }

    synchronized void userInput(Principal principal, String id, String channelId, JsonNode body) {
        Connection connection = owned(principal, id);
        if (connection.step == 0 || !channelId.equals(connection.activeChannel)) {
            throw new ApiError(409, "no_challenge", "connection " + id + " waits on no challenge on channel " + channelId);
        }
        Map<String, String> answers = new HashMap<>();
        for (JsonNode entry : Json.array(body, "credentials")) {
            answers.put(Json.text(entry, "id"), Json.text(entry, "value"));
        }
        if ("false".equals(answers.get("304")) || "false".equals(answers.get("307"))) {
            fail(connection, "CHALLENGE_CANCELLED");
            return;
        }
        if (connection.step == 1) {
            if (!"true".equals(answers.get("304"))) {
                throw ApiError.badRequest("invalid_input", "challenge 304 expects true or false");
            }
            connection.step = 2;
            connection.attemptsLeft = TestBanks.SMS_ATTEMPTS;
            ask(connection, Challenges.smsCode(connection.attemptsLeft, false));
            return;
        }
        if (TestBanks.SMS_CODE.equals(answers.get("306")) && "true".equals(answers.get("307"))) {
            connection.step = 0;
            complete(connection);
            return;
        }
        connection.attemptsLeft--;
        if (connection.attemptsLeft <= 0) {
            fail(connection, "CHALLENGE_FAILED");
        } else {
            ask(connection, Challenges.smsCode(connection.attemptsLeft, true));
        }
    }

    synchronized void consents(Principal principal, String id, JsonNode body) {
        Connection connection = owned(principal, id);
        ArrayNode decisions = Json.array(body, "consents");
        for (JsonNode decision : decisions) {
            String accountId = Json.text(decision, "account_id");
            JsonNode consent = decision.get("consent");
            if (consent == null || !consent.isBoolean()) {
                throw ApiError.badRequest("invalid_type", "consent of account " + accountId + " must be a boolean");
            }
            Account account = accounts.get(accountId);
            if (account == null || !account.connectionId.equals(id)) {
                throw ApiError.badRequest("invalid_account", "account " + accountId + " is not part of connection " + id);
            }
        }
        for (JsonNode decision : decisions) {
            String accountId = decision.get("account_id").asText();
            if (decision.get("consent").asBoolean()) {
                accounts.get(accountId).status = "ACTIVE";
            } else {
                accounts.remove(accountId);
            }
        }
        startPhase(connection, SYNC_ALL);
    }

    // ------------------------------------------------------------------ queues

    synchronized String subscribe(Principal principal, JsonNode body) {
        String userId = userOf(principal);
        Set<String> topics = new java.util.TreeSet<>();
        for (JsonNode topic : Json.array(body, "topics")) {
            if (!topic.isTextual()) {
                throw ApiError.badRequest("invalid_type", "topics must be strings");
            }
            topics.add(topic.asText());
        }
        String id = next();
        queues.put(id, new Queue(id, userId, topics, new ArrayDeque<>()));
        return id;
    }

    synchronized ArrayNode poll(Principal principal, String id) {
        Queue queue = queues.get(id);
        if (queue == null || !queue.userId().equals(principal.userId())) {
            throw ApiError.notFound("queue " + id);
        }
        List<ObjectNode> events = new ArrayList<>(queue.events());
        boolean keep = faults.take("GET /queues/{id}", Faults.Kind.DUPLICATE_EVENTS).isPresent();
        if (faults.take("GET /queues/{id}", Faults.Kind.OUT_OF_ORDER_EVENTS).isPresent()) {
            java.util.Collections.reverse(events);
        }
        if (!keep) {
            queue.events().clear();
        }
        ArrayNode list = Json.array();
        events.forEach(list::add);
        return list;
    }

    // ------------------------------------------------------------------ accounts and transactions

    synchronized ArrayNode accounts(Principal principal, String connectionId, int page, int limit) {
        String userId = userOf(principal);
        if (connectionId != null) {
            owned(principal, connectionId);
        }
        List<Account> matching = accounts.values().stream().filter(a -> a.userId.equals(userId))
                .filter(a -> connectionId == null || a.connectionId.equals(connectionId)).toList();
        ArrayNode list = Json.array();
        matching.stream().skip((long) (page - 1) * limit).limit(limit).forEach(a -> list.add(accountJson(a)));
        return list;
    }

    synchronized ObjectNode account(Principal principal, String id) {
        Account account = accounts.get(id);
        if (account == null || !account.userId.equals(principal.userId())) {
            throw ApiError.notFound("account " + id);
        }
        return accountJson(account);
    }

    /** Which transactions a page holds: the account's generator and an index range (computed, never stored). */
    record TransactionSlice(String accountId, String currency, long anchor, int from, int to) {
    }

    synchronized TransactionSlice transactions(Principal principal, String accountId, int page, int limit, Long start, Long end) {
        Account account = accounts.get(accountId);
        if (account == null || !account.userId.equals(principal.userId())) {
            throw ApiError.notFound("account " + accountId);
        }
        if (account.status.equals("PENDING_CONSENT")) {
            return new TransactionSlice(accountId, "EUR", account.anchor, 0, 0);
        }
        long first = 0;
        long last = account.transactions - 1L;
        if (end != null) {
            first = Math.max(first, ceilDiv(account.anchor - end, Transactions.SPACING_SECONDS));
        }
        if (start != null) {
            last = Math.min(last, Math.floorDiv(account.anchor - start, Transactions.SPACING_SECONDS));
        }
        long from = first + (long) (page - 1) * limit;
        long to = Math.min(last + 1, from + limit);
        if (from > last || to <= from) {
            return new TransactionSlice(accountId, "EUR", account.anchor, 0, 0);
        }
        return new TransactionSlice(accountId, "EUR", account.anchor, (int) from, (int) to);
    }

    // ------------------------------------------------------------------ widget (OXLIN's webview)

    synchronized String widgetSession(Map<String, String> body) {
        if (!config.clientId().equals(body.get("client_id")) || !config.clientSecret().equals(body.get("client_secret"))) {
            throw new ApiError(401, "invalid_client", "unknown client or wrong secret");
        }
        Principal principal = authenticate("Bearer " + body.getOrDefault("access_token", ""));
        String id = secret().substring(0, 16);
        widgets.put(id, new Widget(id, userOf(principal)));
        return id;
    }

    synchronized void widgetOptions(String session, Map<String, String> query) {
        Widget widget = widget(session);
        query.forEach((k, v) -> {
            if (!k.equals("session_id")) {
                widget.options.put(k, v);
            }
        });
        String back = widget.options.getOrDefault("redirect_url", widget.options.get("redirect_uri"));
        if (back == null || back.isBlank()) {
            throw ApiError.badRequest("missing_parameter", "redirect_uri (or redirect_url) is required");
        }
    }

    synchronized WidgetView widgetView(String session) {
        Widget widget = widget(session);
        if (widget.connectionId == null) {
            return new WidgetView(WidgetStep.CREDENTIALS, "", List.of(), "");
        }
        Connection connection = connections.get(widget.connectionId);
        Channel channel = connection.channels.get(connection.activeChannel);
        if (connection.step == 1) {
            return new WidgetView(WidgetStep.SEND_SMS, "Un code va être envoyé par SMS au " + Challenges.PHONE + ".", List.of(), "");
        }
        if (connection.step == 2) {
            String message = connection.attemptsLeft < TestBanks.SMS_ATTEMPTS
                    ? "Code invalide. Encore " + connection.attemptsLeft + " tentatives" : "Un code a été envoyé par SMS au " + Challenges.PHONE + ".";
            return new WidgetView(WidgetStep.CODE, message, List.of(), "");
        }
        if (connection.status.equals("FAILED")) {
            return new WidgetView(WidgetStep.FAILED, channel.status, List.of(), "");
        }
        List<Account> pending = accounts.values().stream().filter(a -> a.connectionId.equals(connection.id))
                .filter(a -> a.status.equals("PENDING_CONSENT")).toList();
        if (!pending.isEmpty()) {
            if ("true".equals(widget.options.get("select_accounts"))) {
                List<String[]> choices = pending.stream().map(a -> new String[] {a.id, a.def.name()}).toList();
                return new WidgetView(WidgetStep.SELECT_ACCOUNTS, "", choices, "");
            }
            consentTo(connection, pending.stream().map(a -> a.id).toList());
        }
        String back = widget.options.getOrDefault("redirect_url", widget.options.get("redirect_uri"));
        Map<String, String> params = new LinkedHashMap<>();
        params.put("connection_id", connection.id);
        params.put("status", connection.status);
        queueOf(widget.userId).ifPresent(q -> params.put("queue_id", q));
        return new WidgetView(WidgetStep.DONE, "", List.of(), back + (back.contains("?") ? "&" : "?") + encode(params));
    }

    synchronized void widgetCredentials(String session, String bankId, String login, String password) {
        Widget widget = widget(session);
        Bank bank = bank(bankId);
        ChannelDef channel = bank.channels().stream().filter(c -> c.mode().equals("EMBEDDED")).findFirst()
                .orElseThrow(() -> ApiError.badRequest("invalid_channel", "bank " + bankId + " has no form in this widget"));
        Connection connection = new Connection(next(), widget.userId, bank, clock.epochSecond());
        bank.channels().forEach(c -> connection.channels.put(c.id(), new Channel(c, "EMPTY")));
        Channel active = new Channel(channel, "RUNNING");
        Map<String, String> values = new LinkedHashMap<>();
        values.put(channel.credentials().get(0).id(), login);
        values.put(channel.credentials().get(channel.credentials().size() - 1).id(), password);
        mask(active, values);
        connection.channels.put(channel.id(), active);
        connection.activeChannel = channel.id();
        connections.put(connection.id, connection);
        widget.connectionId = connection.id;
        if (refused(values)) {
            fail(connection, "AUTH_FAILED");
        } else {
            startPhase(connection, LIST_ACCOUNTS);
        }
    }

    synchronized void widgetAnswer(String session, Map<String, String> answers) {
        Widget widget = widget(session);
        ObjectNode body = Json.object();
        ArrayNode credentials = body.putArray("credentials");
        answers.forEach((id, value) -> credentials.addObject().put("id", id).put("value", value));
        userInput(new Principal(widget.userId, Set.of()), widget.connectionId, connections.get(widget.connectionId).activeChannel, body);
    }

    synchronized void widgetAccounts(String session, List<String> selected) {
        Widget widget = widget(session);
        consentTo(connections.get(widget.connectionId), selected);
    }

    private void consentTo(Connection connection, List<String> selected) {
        accounts.values().removeIf(a -> a.connectionId.equals(connection.id) && a.status.equals("PENDING_CONSENT") && !selected.contains(a.id));
        accounts.values().stream().filter(a -> selected.contains(a.id)).forEach(a -> a.status = "ACTIVE");
        startPhase(connection, SYNC_ALL);
    }

    private Widget widget(String session) {
        Widget widget = widgets.get(session);
        if (widget == null) {
            throw ApiError.notFound("widget session " + session);
        }
        return widget;
    }

    // ------------------------------------------------------------------ admin

    synchronized void seedTransactions(String bankId, int count) {
        bank(bankId);
        seededTransactions.put(bankId, count);
        accounts.values().stream().filter(a -> connections.containsKey(a.connectionId)
                && connections.get(a.connectionId).bank.id().equals(bankId)).forEach(a -> a.transactions = count);
    }

    synchronized void seedAccountTransactions(String accountId, int count) {
        Account account = Optional.ofNullable(accounts.get(accountId)).orElseThrow(() -> ApiError.notFound("account " + accountId));
        account.transactions = count;
    }

    synchronized void breakNextSync(String connectionId, String status) {
        Connection connection = Optional.ofNullable(connections.get(connectionId)).orElseThrow(() -> ApiError.notFound("connection " + connectionId));
        connection.breakNextSync = status;
    }

    synchronized void triggerSync(String connectionId) {
        Connection connection = Optional.ofNullable(connections.get(connectionId)).orElseThrow(() -> ApiError.notFound("connection " + connectionId));
        startPhase(connection, SYNC_ALL);
    }

    synchronized void expireChannel(String connectionId, String channelId, Instant expires) {
        Connection connection = Optional.ofNullable(connections.get(connectionId)).orElseThrow(() -> ApiError.notFound("connection " + connectionId));
        Channel channel = Optional.ofNullable(connection.channels.get(channelId)).orElseThrow(() -> ApiError.notFound("channel " + channelId));
        channel.expires = expires.getEpochSecond();
    }

    /** Ends challenges whose time ran out (called on every request and clock move). */
    synchronized void tick() {
        for (Connection connection : connections.values()) {
            if (connection.step > 0 && connection.deadline != null && !clock.now().isBefore(connection.deadline)) {
                fail(connection, "CHALLENGE_TIMED_OUT");
            }
        }
    }

    // ------------------------------------------------------------------ the synchronization engine

    private Connection newRedirectConnection(String userId, Bank bank, ChannelDef channel) {
        Connection connection = new Connection(next(), userId, bank, clock.epochSecond());
        bank.channels().forEach(c -> connection.channels.put(c.id(), new Channel(c, "EMPTY")));
        connections.put(connection.id, connection);
        authorizeRedirect(connection, channel);
        startPhase(connection, LIST_ACCOUNTS);
        return connection;
    }

    private void authorizeRedirect(Connection connection, ChannelDef def) {
        Channel channel = new Channel(def, "SUCCESS");
        channel.expires = clock.now().plus(connection.bank.redirectValidity()).getEpochSecond();
        channel.lastSuccess = clock.epochSecond();
        channel.lastEnd = clock.epochSecond();
        connection.channels.put(def.id(), channel);
        connection.activeChannel = def.id();
    }

    private void startPhase(Connection connection, String phase) {
        connection.phase = phase;
        connection.status = "RUNNING";
        connection.step = 0;
        Channel channel = connection.channels.get(connection.activeChannel);
        boolean embedded = channel.def.mode().equals("EMBEDDED");
        if (embedded) {
            channel.status = "RUNNING";
        }
        if (phase.equals(SYNC_ALL) && connection.breakNextSync != null) {
            String status = connection.breakNextSync;
            connection.breakNextSync = null;
            fail(connection, status);
            return;
        }
        if (phase.equals(LIST_ACCOUNTS) && connection.bank.failure().isPresent()) {
            fail(connection, connection.bank.failure().get());
            return;
        }
        if (phase.equals(LIST_ACCOUNTS) && embedded && connection.bank.smsChallenge()) {
            connection.step = 1;
            ask(connection, Challenges.sendSms());
            return;
        }
        complete(connection);
    }

    private void ask(Connection connection, ArrayNode challenge) {
        connection.channels.get(connection.activeChannel).status = "CHALLENGE_REQUIRED";
        connection.deadline = clock.now().plusSeconds(TestBanks.CHALLENGE_TIMEOUT_SECONDS);
        ObjectNode event = event(connection, connection.phase + "_USER_INPUT_REQUESTED");
        event.putObject(connection.phase.toLowerCase(Locale.ROOT) + "_user_input_requested").set("challenge", challenge);
    }

    private void complete(Connection connection) {
        Channel channel = connection.channels.get(connection.activeChannel);
        channel.status = "SUCCESS";
        channel.lastSuccess = clock.epochSecond();
        channel.lastEnd = clock.epochSecond();
        connection.status = "SUCCESS";
        connection.step = 0;
        if (connection.phase.equals(LIST_ACCOUNTS)) {
            boolean listed = accounts.values().stream().anyMatch(a -> a.connectionId.equals(connection.id) && a.channelId.equals(channel.def.id()));
            if (!listed) {
                int count = seededTransactions.getOrDefault(connection.bank.id(), config.transactionsPerAccount());
                for (AccountDef def : TestBanks.accountsFor(connection.bank, channel.def)) {
                    String id = next();
                    accounts.put(id, new Account(id, connection.id, connection.userId, def, channel.def.id(), clock.epochSecond(), count));
                }
            }
        }
        event(connection, connection.phase + "_SUCCESS");
    }

    private void fail(Connection connection, String status) {
        Channel channel = connection.channels.get(connection.activeChannel);
        channel.status = status;
        channel.lastEnd = clock.epochSecond();
        connection.status = "FAILED";
        connection.step = 0;
        connection.deadline = null;
        event(connection, connection.phase + "_FAILURE");
    }

    private ObjectNode event(Connection connection, String type) {
        ObjectNode event = Json.object();
        event.put("id", next());
        event.put("event_type", type);
        event.put("resource_type", "CONNECTION");
        event.put("channel_definition_id", connection.activeChannel);
        event.put("creation_date", clock.epochSecond());
        event.set("resource", connectionJson(connection, true));
        for (Queue queue : queues.values()) {
            if (queue.userId().equals(connection.userId) && queue.topics().contains("connections")) {
                queue.events().add(event);
            }
        }
        return event;
    }

    // ------------------------------------------------------------------ credentials

    private Map<String, String> checkCredentials(String userId, ChannelDef channel, String keyId, ArrayNode credentials,
                                                 boolean requireAll) {
        Map<String, String> values = new LinkedHashMap<>();
        for (JsonNode credential : credentials) {
            String id = Json.text(credential, "id");
            String value = Json.text(credential, "value");
            CredentialDef def = channel.credentials().stream().filter(c -> c.id().equals(id)).findFirst()
                    .orElseThrow(() -> ApiError.badRequest("invalid_credential", "channel " + channel.id() + " has no credential " + id));
            if (def.encrypt()) {
                value = decrypt(userId, keyId, id, value);
            }
            values.put(id, value);
        }
        if (requireAll) {
            for (CredentialDef def : channel.credentials()) {
                if (!values.containsKey(def.id())) {
                    throw ApiError.badRequest("missing_credential", "credential " + def.id() + " is required");
                }
            }
        }
        return values;
    }

    private String decrypt(String userId, String keyId, String credentialId, String value) {
        if (keyId == null) {
            throw ApiError.badRequest("missing_field", "key_id is required: credential " + credentialId + " must be encrypted");
        }
        Key key = keys.get(keyId);
        if (key == null || !key.userId().equals(userId)) {
            throw ApiError.badRequest("invalid_key", "key " + keyId + " is unknown");
        }
        if (!clock.now().isBefore(key.expiration())) {
            throw ApiError.unprocessable("key_expired", "key " + keyId + " has expired; create a new one");
        }
        try {
            return key.pair().decrypt(value);
        } catch (PgpKeyPair.RefusedValue refused) {
            throw switch (refused.refusal) {
                case NOT_A_PGP_MESSAGE -> ApiError.unprocessable("credential_not_encrypted",
                        "credential " + credentialId + " must be a PGP message encrypted to key " + keyId);
                case OTHER_KEY -> ApiError.unprocessable("wrong_key",
                        "credential " + credentialId + " is encrypted to another key than " + keyId);
                case UNSUPPORTED_FORMAT -> ApiError.unprocessable("unsupported_format",
                        "credential " + credentialId + " uses a PGP format this API cannot read (send SEIPD v1)");
                case INTEGRITY -> ApiError.unprocessable("integrity_check_failed",
                        "credential " + credentialId + " failed its integrity check");
            };
        }
    }

    /** The sandbox's banks refuse any password that starts with "wrong". */
    private static boolean refused(Map<String, String> values) {
        return values.values().stream().anyMatch(v -> v.toLowerCase(Locale.ROOT).startsWith("wrong"));
    }

    private static void mask(Channel channel, Map<String, String> values) {
        channel.masked.clear();
        for (CredentialDef def : channel.def.credentials()) {
            String value = values.get(def.id());
            if (value != null && def.type().equals("TEXT") && !def.encrypt()) {
                channel.masked.add(new String[] {def.id(), "**" + value.substring(Math.max(0, value.length() - 2))});
            }
        }
    }

    // ------------------------------------------------------------------ JSON views

    private ObjectNode connectionJson(Connection connection, boolean asInEvents) {
        ObjectNode json = Json.object();
        json.put("id", connection.id);
        json.put("user_id", connection.userId);
        json.put("provider_id", connection.bank.id());
        json.put("name", connection.bank.name());
        json.put("status", connection.status);
        json.put("creation_date", connection.created);
        json.put("auto_sync", true);
        json.put("consent_per_account", true);
        json.put("logo_url", "https://static.oxlin.io/common/pictures/providers_logos/" + connection.bank.id() + ".png");
        ArrayNode channels = json.putArray("channels");
        for (Channel channel : connection.channels.values()) {
            ObjectNode c = channels.addObject();
            c.put(asInEvents ? "id" : "channel_definition_id", channel.def.id());
            c.put("mode", channel.def.mode());
            c.put("status", channel.status);
            if (channel.expires != null) {
                c.put("expires", channel.expires);
            }
            if (channel.lastSuccess != null) {
                c.put("last_success_date", channel.lastSuccess);
            }
            if (channel.lastEnd != null) {
                c.put("last_end_date", channel.lastEnd);
            }
            ArrayNode credentials = c.putArray("credentials");
            for (String[] masked : channel.masked) {
                credentials.addObject().put("id", masked[0]).put("masked_value", masked[1]);
            }
            ArrayNode types = c.putArray("account_types");
            channel.def.accountTypes().forEach(types::add);
        }
        json.putObject("owner");
        return json;
    }

    private ObjectNode accountJson(Account account) {
        ObjectNode json = Json.object();
        json.put("id", account.id);
        json.put("connection_id", account.connectionId);
        json.put("name", account.def.name());
        json.put("account_number", "0000" + account.id);
        json.put("iban", "FR7630001007941234567890" + account.id.substring(Math.max(0, account.id.length() - 3)));
        json.put("balance", new BigDecimal("1523.47"));
        json.put("currency", "EUR");
        json.put("balance_date", clock.epochSecond());
        json.put("type", account.def.type());
        json.put("status", account.status);
        json.put("classification", "PERSONNAL");
        json.put("creation_date", account.anchor);
        json.put("last_channel_definition_id", account.channelId);
        return json;
    }

    // ------------------------------------------------------------------ plumbing

    private Connection owned(Principal principal, String id) {
        Connection connection = connections.get(id);
        if (connection == null || !connection.userId.equals(principal.userId())) {
            throw ApiError.notFound("connection " + id);
        }
        return connection;
    }

    private String userOf(Principal principal) {
        if (principal.isClient()) {
            throw ApiError.forbidden("this call needs a user token");
        }
        if (!users.containsKey(principal.userId())) {
            throw ApiError.unauthorized("the user of this token no longer exists");
        }
        return principal.userId();
    }

    private Bank bank(String id) {
        Bank bank = banks.get(id);
        if (bank == null) {
            throw ApiError.notFound("provider " + id);
        }
        return bank;
    }

    private Optional<String> queueOf(String userId) {
        return queues.values().stream().filter(q -> q.userId().equals(userId)).map(Queue::id).findFirst();
    }

    private String next() {
        return Long.toString(++sequence);
    }

    private String secret() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String require(Map<String, String> form, String field) {
        String value = form.get(field);
        if (value == null || value.isBlank()) {
            throw ApiError.badRequest("invalid_request", "field '" + field + "' is required");
        }
        return value;
    }

    private static Set<String> scopes(String raw) {
        Set<String> scopes = new java.util.TreeSet<>();
        for (String scope : raw.split("[ ,]+")) {
            if (!scope.isBlank()) {
                scopes.add(scope);
            }
        }
        return scopes;
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }

    private static String encode(Map<String, String> params) {
        StringBuilder query = new StringBuilder();
        params.forEach((k, v) -> {
            if (query.length() > 0) {
                query.append('&');
            }
            query.append(java.net.URLEncoder.encode(k, java.nio.charset.StandardCharsets.UTF_8)).append('=')
                    .append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8));
        });
        return query.toString();
    }

    Duration tokenTtl() {
        return config.tokenTtl();
    }
}
