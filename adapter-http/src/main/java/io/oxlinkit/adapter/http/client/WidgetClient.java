package io.oxlinkit.adapter.http.client;

import feign.Headers;
import feign.RequestLine;
import feign.Response;
import io.oxlinkit.adapter.http.wire.Bodies;

/** Widget sessions, on the embed base URL. */
@Headers({"Accept: application/json", "Content-Type: application/json"})
public interface WidgetClient {

    @RequestLine("POST /widget/widget_session")
    Response createSession(Bodies.WidgetSessionRequest body);
}
