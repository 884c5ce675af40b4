package io.oxlinkit.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** One HTTP response: status, headers, body. */
record Response(int status, Map<String, String> headers, byte[] body) {

    static Response json(int status, JsonNode body) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        return new Response(status, headers, Json.bytes(body));
    }

    static Response created(String location) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Location", location);
        return new Response(201, headers, new byte[0]);
    }

    static Response noContent() {
        return new Response(204, new LinkedHashMap<>(), new byte[0]);
    }

    static Response redirect(String location) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Location", location);
        return new Response(302, headers, new byte[0]);
    }

    static Response html(String page) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "text/html; charset=utf-8");
        return new Response(200, headers, page.getBytes(StandardCharsets.UTF_8));
    }

    static Response error(ApiError error) {
        Response response = json(error.status, Json.error(error.code, error.getMessage()));
        if (error.status == 401) {
            response.headers().put("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        }
        return response;
    }
}
