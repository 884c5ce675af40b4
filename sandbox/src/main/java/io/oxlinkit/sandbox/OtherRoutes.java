package io.oxlinkit.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;

/** The token endpoint, the browser-facing authorize page, and the admin endpoints of the sandbox. */
final class OtherRoutes {

    private final World world;
    private final Sandbox sandbox;

    OtherRoutes(World world, Sandbox sandbox) {
        this.world = world;
        this.sandbox = sandbox;
    }

    Router router() {
        return new Router()
                .add("POST", "/token", r -> Response.json(200, world.token(r.fields())))
                .add("GET", "/authorize/{session}", this::authorizePage)
                .add(
                        "POST",
                        "/authorize/{session}/approve",
                        r -> Response.redirect(world.approve(r.param("session"), true)))
                .add(
                        "POST",
                        "/authorize/{session}/deny",
                        r -> Response.redirect(world.approve(r.param("session"), false)))
                .add("GET", "/admin/version", r -> {
                    ObjectNode version = Json.object();
                    version.put("name", "oxlin-sandbox");
                    version.put("api_version", "2.1");
                    version.put("version", Sandbox.VERSION);
                    version.put("now", world == null ? 0 : sandbox.clock().epochSecond());
                    return Response.json(200, version);
                })
                .add("POST", "/admin/clock/advance", r -> {
                    sandbox.advance(Duration.ofSeconds(r.json().path("seconds").asLong()));
                    return Response.noContent();
                })
                .add("POST", "/admin/faults", r -> {
                    JsonNode body = r.json();
                    Faults.Kind kind;
                    try {
                        kind = Faults.Kind.valueOf(Json.text(body, "kind"));
                    } catch (IllegalArgumentException unknown) {
                        throw ApiError.badRequest("invalid_fault", "unknown fault kind");
                    }
                    int times = body.path("times").asInt(1);
                    if (times < 1) {
                        throw ApiError.badRequest("invalid_fault", "times must be at least 1");
                    }
                    String route = body.path("route").asText("*");
                    if (kind == Faults.Kind.EXPIRE_TOKENS) {
                        world.expireAllTokens();
                    } else {
                        sandbox.faults()
                                .add(new Faults.Rule(
                                        route,
                                        kind,
                                        times,
                                        body.path("status").asInt(503),
                                        Duration.ofMillis(
                                                body.path("latency_ms").asLong(0)),
                                        Duration.ofSeconds(
                                                body.path("retry_after").asLong(1))));
                    }
                    return Response.noContent();
                })
                .add("DELETE", "/admin/faults", r -> {
                    sandbox.faults().clear();
                    return Response.noContent();
                })
                .add(
                        "GET",
                        "/admin/counters",
                        r -> Response.json(
                                200, Json.MAPPER.valueToTree(sandbox.counters().snapshot())))
                .add("POST", "/admin/banks/{id}/transactions", r -> {
                    world.seedTransactions(r.param("id"), r.json().path("count").asInt());
                    return Response.noContent();
                })
                .add("POST", "/admin/accounts/{id}/transactions", r -> {
                    world.seedAccountTransactions(
                            r.param("id"), r.json().path("count").asInt());
                    return Response.noContent();
                })
                .add("POST", "/admin/connections/{id}/break", r -> {
                    world.breakNextSync(r.param("id"), Json.text(r.json(), "status"));
                    return Response.noContent();
                })
                .add("POST", "/admin/connections/{id}/channels/{channel}/fail-next-job", r -> {
                    world.failNextJob(r.param("id"), r.param("channel"), Json.text(r.json(), "status"));
                    return Response.noContent();
                })
                .add("POST", "/admin/connections/{id}/channels/{channel}/ask-sms-next-job", r -> {
                    world.askSmsOnNextJob(r.param("id"), r.param("channel"));
                    return Response.noContent();
                })
                .add("DELETE", "/admin/users/{id}/events", r -> {
                    world.dropQueuedEvents(r.param("id"));
                    return Response.noContent();
                })
                .add("POST", "/admin/connections/{id}/sync", r -> {
                    world.triggerSync(r.param("id"));
                    return Response.noContent();
                })
                .add("POST", "/admin/connections/{id}/channels/{channel}/expire", r -> {
                    world.expireChannel(
                            r.param("id"),
                            r.param("channel"),
                            Instant.ofEpochSecond(r.json().path("expires").asLong()));
                    return Response.noContent();
                })
                .add("GET", "/admin/keys/{id}/public", r -> {
                    java.util.Map<String, String> headers = new java.util.LinkedHashMap<>();
                    headers.put("Content-Type", "application/pgp-keys");
                    return new Response(
                            200,
                            headers,
                            world.armoredPublicKey(r.param("id")).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                });
    }

    private Response authorizePage(Request request) {
        String session = request.param("session");
        String bank =
                world.sessionBank(session).orElseThrow(() -> ApiError.notFound("authorization session " + session));
        String safeBank = bank.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return Response.html("""
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8"><title>%1$s - authorize</title></head>
                <body>
                  <h1>%1$s</h1>
                  <p>OXLIN sandbox: this page stands for the bank's PSD2 login and strong authentication.</p>
                  <form method="post" action="/authorize/%2$s/approve"><button id="approve" type="submit">Authorize access</button></form>
                  <form method="post" action="/authorize/%2$s/deny"><button id="deny" type="submit">Deny</button></form>
                </body></html>
                """.formatted(safeBank, session));
    }
}
