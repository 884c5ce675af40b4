package io.oxlinkit.cli;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Plays the user's browser on the sandbox's authorize page: opens it, approves, reads where it sends back. */
final class Browser {

    private Browser() {
    }

    static Map<String, String> approve(URI authorizeUrl) {
        try {
            HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
            HttpResponse<String> page = browser.send(HttpRequest.newBuilder(authorizeUrl).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (page.statusCode() != 200) {
                throw new CliException("the authorize page answered " + page.statusCode());
            }
            HttpResponse<Void> approved = browser.send(HttpRequest.newBuilder(URI.create(authorizeUrl + "/approve"))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
            return query(URI.create(approved.headers().firstValue("Location")
                    .orElseThrow(() -> new CliException("the authorize page did not redirect back"))));
        } catch (java.io.IOException failure) {
            throw new CliException("the authorize page could not be reached: " + failure.getClass().getSimpleName());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new CliException("interrupted");
        }
    }

    static Map<String, String> query(URI callback) {
        Map<String, String> query = new LinkedHashMap<>();
        String raw = callback.getRawQuery();
        if (raw == null) {
            return query;
        }
        for (String pair : raw.split("&")) {
            String[] kv = pair.split("=", 2);
            query.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return query;
    }
}
