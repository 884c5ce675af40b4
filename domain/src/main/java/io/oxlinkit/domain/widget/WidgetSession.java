package io.oxlinkit.domain.widget;

import java.net.URI;
import java.util.Objects;

/**
 * A widget session created for a user ({@code POST /widget/widget_session}).
 *
 * @param sessionId the session id
 * @param addConnection {@code _links.add_connection}: the widget page, before options are appended
 */
public record WidgetSession(String sessionId, URI addConnection) {

    /** Requires both parts. */
    public WidgetSession {
        Objects.requireNonNull(sessionId, "sessionId must not be null");
        Objects.requireNonNull(addConnection, "addConnection must not be null");
    }
}
