package io.oxlinkit.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One HTTP request as the routes see it.
 *
 * @param method the HTTP method
 * @param path the path, without the query
 * @param query decoded query parameters (last value wins)
 * @param headers request headers, names lower-cased
 * @param body the raw body
 * @param pathParams values of the route template's {placeholders}
 */
record Request(
        String method,
        String path,
        Map<String, String> query,
        Map<String, String> headers,
        byte[] body,
        Map<String, String> pathParams) {

    String param(String name) {
        return pathParams.get(name);
    }

    String header(String name) {
        return headers.get(name.toLowerCase(java.util.Locale.ROOT));
    }

    ObjectNode json() {
        return Json.parseObject(body);
    }

    /** The body read as JSON, or as form fields when it is form-encoded (the token endpoint takes both). */
    Map<String, String> fields() {
        String type = headers.getOrDefault("content-type", "");
        if (type.contains("application/x-www-form-urlencoded")) {
            return decodeForm(new String(body, StandardCharsets.UTF_8));
        }
        Map<String, String> fields = new LinkedHashMap<>();
        if (body.length == 0) {
            return fields;
        }
        json().fields()
                .forEachRemaining(e -> fields.put(
                        e.getKey(), e.getValue().isValueNode() ? e.getValue().asText() : null));
        return fields;
    }

    Request withPathParams(Map<String, String> params) {
        return new Request(method, path, query, headers, body, params);
    }

    static Map<String, String> decodeForm(String encoded) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return fields;
        }
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            fields.put(
                    URLDecoder.decode(key, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return fields;
    }
}
