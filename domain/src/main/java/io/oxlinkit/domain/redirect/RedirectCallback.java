package io.oxlinkit.domain.redirect;

import io.oxlinkit.domain.connection.ConnectionStatus;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.QueueId;
import io.oxlinkit.domain.secret.SecretValue;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the user's browser brings back to the host's {@code redirect_uri}, read from its query
 * parameters. Closed set: OXLIN created the connection, the bank returned a code for the host, or the
 * redirect failed.
 */
public sealed interface RedirectCallback
        permits RedirectCallback.ConnectionCreated, RedirectCallback.CodeReturned, RedirectCallback.Failed {

    /**
     * Reads the callback's query parameters (already decoded).
     *
     * @param query parameter name to value
     * @return the typed callback; {@link Failed} when the parameters fit no known shape or are malformed
     */
    static RedirectCallback fromQuery(Map<String, String> query) {
        try {
            return read(query);
        } catch (IllegalArgumentException malformed) {
            // a crafted callback (an id no id can be, a state too long) is a failed redirect, never an exception
            return new Failed("malformed callback");
        }
    }

    private static RedirectCallback read(Map<String, String> query) {
        String connectionId = query.get("connection_id");
        if (connectionId != null && !connectionId.isBlank()) {
            Optional<QueueId> queue = Optional.ofNullable(query.get("queue_id"))
                    .filter(q -> !q.isBlank())
                    .map(QueueId::of);
            return new ConnectionCreated(
                    ConnectionId.of(connectionId), ConnectionStatus.fromWire(query.get("status")), queue);
        }
        String code = query.get("code");
        if (code != null && !code.isBlank()) {
            Optional<RedirectState> state =
                    Optional.ofNullable(query.get("state")).map(RedirectState::new);
            return new CodeReturned(SecretValue.of(code), state);
        }
        String error = query.getOrDefault("error", "missing connection_id or code");
        return new Failed(error.length() > 200 ? error.substring(0, 200) : error);
    }

    /** OXLIN created (or updated) the connection. */
    record ConnectionCreated(ConnectionId connectionId, ConnectionStatus status, Optional<QueueId> queueId)
            implements RedirectCallback {
        /** Requires the ids. */
        public ConnectionCreated {
            Objects.requireNonNull(connectionId, "connectionId must not be null");
            Objects.requireNonNull(status, "status must not be null");
            Objects.requireNonNull(queueId, "queueId must not be null");
        }
    }

    /** The bank returned an authorization code for the host to create the connection with. */
    record CodeReturned(SecretValue code, Optional<RedirectState> state) implements RedirectCallback {
        /** Requires the code. */
        public CodeReturned {
            Objects.requireNonNull(code, "code must not be null");
            Objects.requireNonNull(state, "state must not be null");
        }
    }

    /** The redirect failed; {@code reason} is the {@code error} parameter, cut to 200 characters. */
    record Failed(String reason) implements RedirectCallback {
        /** Requires a reason. */
        public Failed {
            Objects.requireNonNull(reason, "reason must not be null");
        }
    }
}
