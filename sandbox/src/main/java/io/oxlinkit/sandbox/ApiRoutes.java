package io.oxlinkit.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** The OXLIN API v2.1 routes, under the API base ({@code /v2.1}). */
final class ApiRoutes {

    private final World world;
    private final String baseUrl;

    ApiRoutes(World world, String baseUrl) {
        this.world = world;
        this.baseUrl = baseUrl;
    }

    Router router() {
        return new Router()
                .add("POST", "/users", r -> Response.created("/users/" + world.createUser(auth(r), r.json())))
                .add("GET", "/users/{id}", r -> Response.json(200, world.user(auth(r), r.param("id"))))
                .add("DELETE", "/users/{id}", r -> {
                    world.deleteUser(auth(r), r.param("id"));
                    return Response.noContent();
                })
                .add("GET", "/providers", r -> {
                    auth(r);
                    return Response.json(200, world.providers());
                })
                .add("GET", "/providers/{id}", r -> {
                    auth(r);
                    return Response.json(200, world.provider(r.param("id")));
                })
                .add("POST", "/providers/{id}/channels/{channel}/authorize_url", this::authorizeUrl)
                .add("POST", "/providers/{id}/channel_definitions/{channel}/authorize_url", this::authorizeUrl)
                .add("POST", "/keys", r -> {
                    Tokens.Principal principal = auth(r);
                    ObjectNode body = r.body().length == 0 ? Json.object() : r.json();
                    String type = Json.optionalText(body, "type");
                    if (type != null && !type.equals("PGP")) {
                        throw ApiError.badRequest("invalid_type", "only PGP keys are supported");
                    }
                    return Response.created("/keys/" + world.createKey(principal));
                })
                .add("GET", "/keys/{id}", r -> Response.json(200, world.key(auth(r), r.param("id"))))
                .add(
                        "POST",
                        "/connections",
                        r -> Response.created("/connections/" + world.createConnection(auth(r), r.json())))
                .add("GET", "/connections", r -> Response.json(200, world.connections(auth(r))))
                .add("GET", "/connections/{id}", r -> Response.json(200, world.connection(auth(r), r.param("id"))))
                .add("DELETE", "/connections/{id}", r -> {
                    world.deleteConnection(auth(r), r.param("id"));
                    return Response.noContent();
                })
                .add("PUT", "/connections/{id}/channels/{channel}", r -> {
                    world.updateChannel(auth(r), r.param("id"), r.param("channel"), r.json());
                    return Response.noContent();
                })
                .add("PUT", "/connections/{id}/credentials/{credential}", r -> {
                    world.updateCredential(auth(r), r.param("id"), r.param("credential"), r.json());
                    return Response.noContent();
                })
                .add("POST", "/connections/{id}/channels/{channel}/user_input", r -> {
                    world.userInput(auth(r), r.param("id"), r.param("channel"), r.json());
                    return Response.noContent();
                })
                .add("PUT", "/connections/{id}/consents", r -> {
                    world.consents(auth(r), r.param("id"), r.json());
                    return Response.noContent();
                })
                .add(
                        "POST",
                        "/queues/subscribe",
                        r -> Response.created("/queues/" + world.subscribe(auth(r), r.json())))
                .add("GET", "/queues/{id}", r -> Response.json(200, world.poll(auth(r), r.param("id"))))
                .add(
                        "GET",
                        "/accounts",
                        r -> Response.json(
                                200,
                                world.accounts(
                                        auth(r),
                                        r.query().get("connection_id"),
                                        intParam(r, "page", 1, 1, Integer.MAX_VALUE),
                                        intParam(r, "limit", 100, 1, 500))))
                .add("GET", "/accounts/{id}", r -> Response.json(200, world.account(auth(r), r.param("id"))))
                .add("GET", "/transactions", this::transactions);
    }

    private Response authorizeUrl(Request request) {
        String location = world.authorizeUrl(
                auth(request), request.param("id"), request.param("channel"), request.json(), baseUrl);
        return Response.created(location);
    }

    private Response transactions(Request request) {
        Tokens.Principal principal = auth(request);
        String account = request.query().get("account_id");
        if (account == null || account.isBlank()) {
            throw ApiError.badRequest("missing_parameter", "account_id is required");
        }
        byte[] page = world.transactions(
                principal,
                account,
                intParam(request, "page", 1, 1, Integer.MAX_VALUE),
                intParam(request, "limit", 100, 1, 500),
                new Transactions.Filters(
                        longParam(request, "start_date"),
                        longParam(request, "end_date"),
                        longParam(request, "start_import_date")));
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        return new Response(200, headers, page);
    }

    private Tokens.Principal auth(Request request) {
        return world.authenticate(request.header("authorization"));
    }

    private static int intParam(Request request, String name, int fallback, int min, int max) {
        String raw = request.query().get(name);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value < min || value > max) {
                throw ApiError.badRequest("invalid_parameter", name + " must be between " + min + " and " + max);
            }
            return value;
        } catch (NumberFormatException notANumber) {
            throw ApiError.badRequest("invalid_parameter", name + " must be a whole number");
        }
    }

    private static Long longParam(Request request, String name) {
        String raw = request.query().get(name);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(raw.trim());
        } catch (NumberFormatException notANumber) {
            throw ApiError.badRequest("invalid_parameter", name + " must be epoch seconds");
        }
    }
}
