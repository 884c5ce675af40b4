package io.oxlinkit.sandbox;

import io.oxlinkit.sandbox.TestBanks.Bank;
import io.oxlinkit.sandbox.TestBanks.ChannelDef;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** OXLIN's own webview: widget sessions, the credentials form, the SMS pages and the account picker. */
final class Widgets {

    /** What the widget page shows next. */
    enum Step {
        CREDENTIALS,
        SEND_SMS,
        CODE,
        SELECT_ACCOUNTS,
        DONE,
        FAILED
    }

    /** The widget page's state: the step, the last bank message, the accounts to pick, where to go back. */
    record View(Step step, String message, List<String[]> accounts, String callback) {}

    private static final class Widget {
        final String userId;
        final Map<String, String> options = new LinkedHashMap<>();
        String connectionId;
        String channelId;

        Widget(String userId) {
            this.userId = userId;
        }
    }

    private final Supplier<String> secrets;
    private final Connections connections;
    private final Ledger ledger;
    private final Queues queues;
    private final SyncEngine engine;
    private final Map<String, Widget> widgets = new HashMap<>();

    Widgets(Supplier<String> secrets, Connections connections, Ledger ledger, Queues queues, SyncEngine engine) {
        this.secrets = secrets;
        this.connections = connections;
        this.ledger = ledger;
        this.queues = queues;
        this.engine = engine;
    }

    String open(String userId) {
        String id = secrets.get().substring(0, 16);
        widgets.put(id, new Widget(userId));
        return id;
    }

    void options(String session, Map<String, String> query) {
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

    View view(String session) {
        Widget widget = widget(session);
        if (widget.connectionId == null) {
            return new View(Step.CREDENTIALS, "", List.of(), "");
        }
        LiveConnection connection = connections.existing(widget.connectionId);
        LiveChannel channel = connection.requireChannel(widget.channelId);
        if (channel.job instanceof ChannelJob.Asking asking) {
            if (asking.step() == 0) {
                return new View(
                        Step.SEND_SMS, "Un code va être envoyé par SMS au " + Challenges.PHONE + ".", List.of(), "");
            }
            String message = asking.attemptsLeft() < TestBanks.SMS_ATTEMPTS
                    ? "Code invalide. Encore " + asking.attemptsLeft() + " tentatives"
                    : "Un code a été envoyé par SMS au " + Challenges.PHONE + ".";
            return new View(Step.CODE, message, List.of(), "");
        }
        if (channel.state != ChannelState.SUCCESS && !channel.state.busy()) {
            return new View(Step.FAILED, channel.state.name(), List.of(), "");
        }
        List<Ledger.Account> pending = ledger.pending(connection.id);
        if (!pending.isEmpty()) {
            if ("true".equals(widget.options.get("select_accounts"))) {
                return new View(
                        Step.SELECT_ACCOUNTS,
                        "",
                        pending.stream()
                                .map(a -> new String[] {a.id, a.def.name()})
                                .toList(),
                        "");
            }
            connections.syncChannels(
                    connection,
                    ledger.consentTo(connection, pending.stream().map(a -> a.id).toList()));
        }
        String back = widget.options.getOrDefault("redirect_url", widget.options.get("redirect_uri"));
        Map<String, String> params = new LinkedHashMap<>();
        params.put("connection_id", connection.id);
        params.put("status", connection.status().name());
        queues.queueOf(widget.userId).ifPresent(q -> params.put("queue_id", q));
        return new View(Step.DONE, "", List.of(), back + (back.contains("?") ? "&" : "?") + World.encode(params));
    }

    void credentials(String session, Bank bank, String login, String password) {
        Widget widget = widget(session);
        ChannelDef def = bank.channels().stream()
                .filter(c -> c.mode().equals("EMBEDDED"))
                .findFirst()
                .orElseThrow(() ->
                        ApiError.badRequest("invalid_channel", "bank " + bank.id() + " has no form in this widget"));
        LiveConnection connection = connections.open(widget.userId, bank);
        LiveChannel channel = connection.requireChannel(def.id());
        Map<String, String> values = new LinkedHashMap<>();
        values.put(def.credentials().get(0).id(), login);
        values.put(def.credentials().get(def.credentials().size() - 1).id(), password);
        CredentialReader.mask(channel, values);
        channel.refused = CredentialReader.refused(values);
        widget.connectionId = connection.id;
        widget.channelId = def.id();
        engine.start(connection, channel, Phase.LIST_ACCOUNTS);
    }

    void answer(String session, Map<String, String> answers) {
        Widget widget = widget(session);
        LiveConnection connection = connections.existing(widget.connectionId);
        engine.answer(connection, connection.requireChannel(widget.channelId), answers);
    }

    void accounts(String session, List<String> selected) {
        Widget widget = widget(session);
        LiveConnection connection = connections.existing(widget.connectionId);
        connections.syncChannels(connection, ledger.consentTo(connection, selected));
    }

    private Widget widget(String session) {
        return Optional.ofNullable(widgets.get(session))
                .orElseThrow(() -> ApiError.notFound("widget session " + session));
    }
}
