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

    private Browser() {}

    static Map<String, String> approve(URI authorizeUrl) {
        try {
            HttpClient browser = HttpClient.newBuilder()
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
            HttpResponse<String> page = browser.send(
                    HttpRequest.newBuilder(authorizeUrl).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (page.statusCode() != 200) {
                throw new CliException("the authorize page answered " + page.statusCode());
            }
            HttpResponse<Void> approved = browser.send(
                    HttpRequest.newBuilder(URI.create(authorizeUrl + "/approve"))
                            .POST(HttpRequest.BodyPublishers.noBody())
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            return query(URI.create(approved.headers()
                    .firstValue("Location")
                    .orElseThrow(() -> new CliException("the authorize page did not redirect back"))));
        } catch (java.io.IOException failure) {
            throw new CliException("the authorize page could not be reached: "
                    + failure.getClass().getSimpleName());
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
            query.put(
                    URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                    kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return query;
    }

    /**
     * Goes through the sandbox's widget as a person would: picks the bank, types the credentials, sends
     * the SMS, types the code, shares the first listed account only; returns the callback's query.
     */
    static Map<String, String> throughSandboxWidget(
            URI widget, String bank, String login, String password, String code) {
        try {
            HttpClient browser = HttpClient.newBuilder()
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
            URI step = widget.resolve(location(browser.send(
                    HttpRequest.newBuilder(widget).GET().build(), HttpResponse.BodyHandlers.discarding())));
            String base = step.toString().substring(0, step.toString().length() - "/step".length());
            post(browser, base + "/credentials", "bank=" + bank + "&login=" + login + "&password=" + password);
            post(browser, base + "/answer", "304=true");
            post(browser, base + "/answer", "306=" + code + "&307=true");
            String choice = browser.send(
                            HttpRequest.newBuilder(step).GET().build(), HttpResponse.BodyHandlers.ofString())
                    .body();
            if (!choice.contains("account-")) {
                throw new CliException("the widget did not offer accounts to choose");
            }
            String first = choice.replaceAll("(?s).*?id=\"account-([0-9]+)\".*", "$1");
            post(browser, base + "/accounts", "account_" + first + "=on");
            return query(URI.create(location(
                    browser.send(HttpRequest.newBuilder(step).GET().build(), HttpResponse.BodyHandlers.discarding()))));
        } catch (java.io.IOException failure) {
            throw new CliException(
                    "the widget could not be reached: " + failure.getClass().getSimpleName());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new CliException("interrupted");
        }
    }

    private static void post(HttpClient browser, String url, String form)
            throws java.io.IOException, InterruptedException {
        browser.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
    }

    private static String location(HttpResponse<?> response) {
        return response.headers()
                .firstValue("Location")
                .orElseThrow(() -> new CliException("the widget did not redirect"));
    }
}
