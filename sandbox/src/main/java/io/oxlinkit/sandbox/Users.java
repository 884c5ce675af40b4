package io.oxlinkit.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** The API's users: created with a client token, each with the login the password grant checks. */
final class Users {

    private record User(String id, String email, String password) {}

    private final Supplier<String> ids;
    private final Map<String, User> users = new LinkedHashMap<>();

    Users(Supplier<String> ids) {
        this.ids = ids;
    }

    String create(Tokens.Principal principal, JsonNode body) {
        if (!principal.isClient() || !principal.scopes().contains("users_create")) {
            throw ApiError.forbidden("creating users needs a client token with scope users_create");
        }
        String email = Json.text(body, "email");
        String password = Json.text(body, "password");
        if (users.values().stream().anyMatch(u -> u.email().equals(email))) {
            throw new ApiError(409, "user_exists", "a user with this email exists");
        }
        String id = ids.get();
        users.put(id, new User(id, email, password));
        return id;
    }

    /** The user, by id or as {@code me} (the token's own user: the sandbox's reading of how a login finds its id). */
    ObjectNode json(Tokens.Principal principal, String requested) {
        String id = "me".equals(requested) && principal.userId() != null ? principal.userId() : requested;
        User user = users.get(id);
        if (user == null || !id.equals(principal.userId())) {
            throw ApiError.notFound("user " + id);
        }
        ObjectNode json = Json.object();
        json.put("id", user.id());
        json.put("email", user.email());
        return json;
    }

    /** Removes the user; a client token may remove anyone, a user token only its own user. */
    void delete(Tokens.Principal principal, String id) {
        if (!principal.isClient() && !id.equals(principal.userId())) {
            throw ApiError.notFound("user " + id);
        }
        users.remove(id);
    }

    Optional<String> login(String email, String password) {
        return users.values().stream()
                .filter(u -> u.email().equals(email) && u.password().equals(password))
                .map(User::id)
                .findFirst();
    }

    boolean exists(String id) {
        return users.containsKey(id);
    }

    /** The user a token acts for; refused for client tokens and deleted users. */
    String userOf(Tokens.Principal principal) {
        if (principal.isClient()) {
            throw ApiError.forbidden("this call needs a user token");
        }
        if (!users.containsKey(principal.userId())) {
            throw ApiError.unauthorized("the user of this token no longer exists");
        }
        return principal.userId();
    }
}
