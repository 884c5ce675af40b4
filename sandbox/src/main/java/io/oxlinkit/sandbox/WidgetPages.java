package io.oxlinkit.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The sandbox's stand-in for OXLIN's widget: {@code POST /widget/widget_session} and a minimal browser
 * flow behind {@code _links.add_connection}: pick a test bank, enter credentials, pass the SMS challenge,
 * select accounts (with {@code select_accounts=true}), and come back to {@code redirect_uri} with the
 * connection id. Element ids are stable for browser tests.
 */
final class WidgetPages {

    private final World world;
    private final String rootUrl;

    WidgetPages(World world, String rootUrl) {
        this.world = world;
        this.rootUrl = rootUrl;
    }

    Router addTo(Router router) {
        return router.add("POST", "/widget/widget_session", r -> {
                    String session = world.widgetSession(r.fields());
                    ObjectNode body = Json.object();
                    body.put("session_id", session);
                    body.putObject("_links")
                            .put("add_connection", rootUrl + "/widget/add_connection?session_id=" + session);
                    return Response.json(201, body);
                })
                .add("GET", "/widget/add_connection", r -> {
                    String session = r.query().get("session_id");
                    if (session == null) {
                        throw ApiError.badRequest("missing_parameter", "session_id is required");
                    }
                    world.widgetOptions(session, r.query());
                    return Response.redirect("/widget/" + session + "/step");
                })
                .add("GET", "/widget/{session}/step", r -> page(r.param("session")))
                .add("POST", "/widget/{session}/credentials", r -> {
                    Map<String, String> form = r.fields();
                    world.widgetCredentials(
                            r.param("session"),
                            form.getOrDefault("bank", ""),
                            form.getOrDefault("login", ""),
                            form.getOrDefault("password", ""));
                    return seeOther(r.param("session"));
                })
                .add("POST", "/widget/{session}/answer", r -> {
                    Map<String, String> form = r.fields();
                    form.remove("submit");
                    world.widgetAnswer(r.param("session"), form);
                    return seeOther(r.param("session"));
                })
                .add("POST", "/widget/{session}/accounts", r -> {
                    List<String> selected = new ArrayList<>();
                    r.fields().forEach((name, value) -> {
                        if (name.startsWith("account_")) {
                            selected.add(name.substring("account_".length()));
                        }
                    });
                    world.widgetAccounts(r.param("session"), selected);
                    return seeOther(r.param("session"));
                });
    }

    private static Response seeOther(String session) {
        Response response = Response.redirect("/widget/" + session + "/step");
        return new Response(303, response.headers(), response.body());
    }

    private Response page(String session) {
        Widgets.View view = world.widgetView(session);
        String action = "/widget/" + session;
        return switch (view.step()) {
            case CREDENTIALS -> html("Connect your bank", """
                    <form method="post" action="%s/credentials">
                      <label>Bank <select id="bank" name="bank">
                        <option value="87">Linxo Test Bank</option><option value="119">HSBC</option>
                        <option value="901">Auth Failed Bank</option></select></label>
                      <label>Login <input id="login" name="login"></label>
                      <label>Password <input id="password" name="password" type="password"></label>
                      <button id="submit" type="submit">Connect</button>
                    </form>""".formatted(action));
            case SEND_SMS -> html("Strong authentication", """
                    <p id="message">%s</p>
                    <form method="post" action="%s/answer"><input type="hidden" name="304" value="true">
                      <button id="send-sms" type="submit">Send the SMS</button></form>""".formatted(escape(view.message()), action));
            case CODE -> html("Strong authentication", """
                    <p id="message">%s</p>
                    <form method="post" action="%s/answer"><input type="hidden" name="307" value="true">
                      <label>Code <input id="code" name="306" inputmode="numeric"></label>
                      <button id="validate" type="submit">Validate</button></form>""".formatted(escape(view.message()), action));
            case SELECT_ACCOUNTS -> {
                StringBuilder boxes = new StringBuilder();
                for (String[] account : view.accounts()) {
                    boxes.append("<label><input type=\"checkbox\" id=\"account-")
                            .append(escape(account[0]))
                            .append("\" name=\"account_")
                            .append(escape(account[0]))
                            .append("\"> ")
                            .append(escape(account[1]))
                            .append("</label><br>\n");
                }
                yield html("Choose the accounts to share", """
                        <form method="post" action="%s/accounts">
                        %s<button id="share" type="submit">Share the selected accounts</button></form>""".formatted(action, boxes));
            }
            case FAILED -> html("The connection failed", "<p id=\"message\">" + escape(view.message()) + "</p>");
            case DONE -> Response.redirect(view.callback());
        };
    }

    private static Response html(String title, String body) {
        return Response.html("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(title)
                + " - OXLIN sandbox widget</title></head><body><h1>" + escape(title) + "</h1>\n" + body
                + "\n</body></html>");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
