package io.oxlinkit.application.port;

import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.domain.widget.WidgetSession;

/** OXLIN's widget (webview) sessions, on the embed base URL. May throw {@link OxlinApiException}. */
public interface WidgetApi {

    /**
     * Creates a widget session for the user ({@code POST {embedBase}/widget/widget_session}); safe to
     * repeat (each call yields a new session and creates nothing until the user acts).
     */
    WidgetSession createWidgetSession(UserId user);
}
