package io.oxlinkit.adapter.http;

import io.oxlinkit.adapter.http.client.WidgetClient;
import io.oxlinkit.adapter.http.config.OxlinHttpConfig;
import io.oxlinkit.adapter.http.exchange.Exchange;
import io.oxlinkit.adapter.http.resilience.Resilience;
import io.oxlinkit.adapter.http.resilience.Safety;
import io.oxlinkit.adapter.http.token.TokenManager;
import io.oxlinkit.adapter.http.wire.Bodies;
import io.oxlinkit.adapter.http.wire.WireReader;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.domain.widget.WidgetSession;

/** Widget sessions over HTTP (the embed host). */
final class HttpWidget implements io.oxlinkit.application.port.WidgetApi {

    private final HttpTransport transport;
    private final OxlinHttpConfig config;
    private final TokenManager tokens;
    private final Exchange exchange;
    private final Resilience resilience;
    private final WidgetClient widgets;
    private final String embedHost;

    HttpWidget(HttpTransport transport) {
        this.transport = transport;
        this.config = transport.config;
        this.tokens = transport.tokens;
        this.exchange = transport.exchange;
        this.resilience = transport.resilience;
        this.widgets = transport.widgets;
        this.embedHost = transport.embedHost;
    }

    @Override
    public WidgetSession createWidgetSession(UserId user) {
        return tokens.asUser(
                user,
                auth -> resilience.call(
                        embedHost,
                        "POST /widget/widget_session",
                        Safety.IDEMPOTENT,
                        () -> exchange.run(
                                "POST /widget/widget_session",
                                () -> widgets.createSession(new Bodies.WidgetSessionRequest(
                                        auth.substring("Bearer ".length()),
                                        config.clientId(),
                                        config.clientSecret().reveal())),
                                exchange.json(WireReader::widgetSession))));
    }
}
