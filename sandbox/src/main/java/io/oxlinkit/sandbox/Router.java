package io.oxlinkit.sandbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Maps method and path templates ({@code /connections/{id}}) to handlers; 404 and 405 otherwise. */
final class Router {

    record Route(String method, String template, Function<Request, Response> handler) {

        Optional<Map<String, String>> match(String path) {
            String[] expected = template.split("/");
            String[] actual = path.split("/");
            if (expected.length != actual.length) {
                return Optional.empty();
            }
            Map<String, String> params = new LinkedHashMap<>();
            for (int i = 0; i < expected.length; i++) {
                if (expected[i].startsWith("{") && expected[i].endsWith("}")) {
                    if (actual[i].isEmpty()) {
                        return Optional.empty();
                    }
                    params.put(expected[i].substring(1, expected[i].length() - 1), actual[i]);
                } else if (!expected[i].equals(actual[i])) {
                    return Optional.empty();
                }
            }
            return Optional.of(params);
        }
    }

    /** A matched route with its template (for counters and fault rules). */
    record Match(Route route, Map<String, String> params) {}

    private final List<Route> routes = new ArrayList<>();

    Router add(String method, String template, Function<Request, Response> handler) {
        routes.add(new Route(method, template, handler));
        return this;
    }

    Match match(String method, String path) {
        boolean pathKnown = false;
        for (Route route : routes) {
            Optional<Map<String, String>> params = route.match(path);
            if (params.isPresent()) {
                pathKnown = true;
                if (route.method().equals(method)) {
                    return new Match(route, params.get());
                }
            }
        }
        if (pathKnown) {
            throw new ApiError(405, "method_not_allowed", method + " is not allowed on " + path);
        }
        throw new ApiError(404, "unknown_route", "no route " + method + " " + path);
    }
}
