package io.oxlinkit.adapter.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.oxlinkit.adapter.http.client.UsersClient;
import io.oxlinkit.adapter.http.exchange.Exchange;
import io.oxlinkit.adapter.http.resilience.Safety;
import io.oxlinkit.adapter.http.token.TokenManager;
import io.oxlinkit.adapter.http.wire.Bodies;
import io.oxlinkit.application.port.NewUser;
import io.oxlinkit.application.port.OxlinApiException;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.domain.secret.SecretValue;
import org.slf4j.LoggerFactory;

/** Users over HTTP: create with the client token, delete (already gone is success). */
final class HttpUsers implements io.oxlinkit.application.port.UsersApi {

    private static final org.slf4j.Logger LOG = LoggerFactory.getLogger(HttpUsers.class);

    private final HttpTransport transport;
    private final TokenManager tokens;
    private final UsersClient users;

    HttpUsers(HttpTransport transport) {
        this.transport = transport;
        this.tokens = transport.tokens;
        this.users = transport.users;
    }

    @Override
    public UserId createUser(NewUser user) {
        Bodies.NewUser body = new Bodies.NewUser(user.email(), user.password().reveal());
        return UserId.of(tokens.asClient(auth ->
                transport.call("POST /users", Safety.UNSAFE, () -> users.create(auth, body), Exchange.createdId())));
    }

    /**
     * The guide gives no way from a login to its user's id: the kit reads {@code GET /users/me} with a token
     * obtained for the login (docs/adapter-http.md, "Users"). A login OXLIN refuses is {@code Unauthorized}.
     */
    @Override
    public UserId identify(NewUser user) {
        SecretValue login = SecretValue.of(user.email());
        JsonNode me;
        try {
            me = tokens.asLogin(
                    login,
                    user.password(),
                    auth -> transport.call(
                            "GET /users/me", Safety.IDEMPOTENT, () -> users.me(auth), transport.exchange.json()));
        } finally {
            login.wipe();
        }
        String id = me.path("id").asText("");
        if (id.isBlank()) {
            throw new OxlinApiException.Decoding(200, "GET /users/me answered no id", "", null);
        }
        return UserId.of(id);
    }

    @Override
    public void deleteUser(UserId user) {
        try {
            transport.asUser(
                    user,
                    "DELETE /users/{id}",
                    Safety.IDEMPOTENT,
                    auth -> users.delete(auth, user.value()),
                    Exchange.nothing());
        } catch (OxlinApiException.NotFound alreadyGone) {
            LOG.debug("user {} was already deleted", user);
        } catch (OxlinApiException.BadRequest | OxlinApiException.Unauthorized noUserToken) {
            // A deleted user's login is refused by the token endpoint: ask again with the client token,
            // which answers 404 for a user already gone (docs/adapter-http.md, "Deleting a user").
            try {
                tokens.asClient(auth -> transport.call(
                        "DELETE /users/{id}",
                        Safety.IDEMPOTENT,
                        () -> users.delete(auth, user.value()),
                        Exchange.nothing()));
            } catch (OxlinApiException.NotFound alreadyGone) {
                LOG.debug("user {} was already deleted", user);
            }
        }
        tokens.forget(user);
    }
}
