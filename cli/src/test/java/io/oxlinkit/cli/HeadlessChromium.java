package io.oxlinkit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Debian's headless Chromium driven through chromedriver's W3C WebDriver protocol, spoken with the JDK
 * HttpClient (a dozen commands; no browser library to download). Test seam only.
 */
final class HeadlessChromium implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String ELEMENT = "element-6066-11e4-a52e-4f735466cecf";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process driver;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String session;

    static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    HeadlessChromium() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        driver = new ProcessBuilder(CHROMEDRIVER.toString(), "--port=" + port)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        base = "http://127.0.0.1:" + port;
        waitForDriver();
        Path profile = Files.createTempDirectory("oxlin-chromium");
        ObjectNode body = JSON.createObjectNode();
        ObjectNode chrome = body.putObject("capabilities")
                .putObject("alwaysMatch")
                .put("browserName", "chrome")
                .putObject("goog:chromeOptions");
        chrome.put("binary", CHROMIUM.toString());
        var args = chrome.putArray("args");
        for (String arg : new String[] {
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--user-data-dir=" + profile
        }) {
            args.add(arg);
        }
        session = call("POST", "/session", body).at("/value/sessionId").asText();
    }

    void open(String url) throws Exception {
        ObjectNode body = JSON.createObjectNode().put("url", url);
        call("POST", "/session/" + session + "/url", body);
    }

    /** Waits until the page's address starts with {@code prefix} (navigation after a click is asynchronous). */
    String waitForUrl(String prefix) throws Exception {
        for (int attempt = 0; attempt < 100; attempt++) {
            String url = currentUrl();
            if (url.startsWith(prefix)) {
                return url;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the browser did not reach " + prefix + "; it is on " + currentUrl());
    }

    String currentUrl() throws Exception {
        return call("GET", "/session/" + session + "/url", null).get("value").asText();
    }

    String pageSource() throws Exception {
        return call("GET", "/session/" + session + "/source", null).get("value").asText();
    }

    String find(String css) throws Exception {
        JsonNode found = null;
        IOException last = null;
        for (int attempt = 0; attempt < 100 && found == null; attempt++) {
            try {
                found = call(
                        "POST",
                        "/session/" + session + "/element",
                        JSON.createObjectNode().put("using", "css selector").put("value", css));
            } catch (IOException missing) {
                last = missing;
                Thread.sleep(100);
            }
        }
        if (found == null) {
            throw new AssertionError("no element " + css + " on " + currentUrl() + ": " + pageSource(), last);
        }
        JsonNode element = found.at("/value/" + ELEMENT);
        if (element.isMissingNode()) {
            throw new AssertionError("no element " + css + " on " + currentUrl() + ": " + pageSource());
        }
        return element.asText();
    }

    void type(String css, String text) throws Exception {
        call(
                "POST",
                "/session/" + session + "/element/" + find(css) + "/value",
                JSON.createObjectNode().put("text", text));
    }

    void click(String css) throws Exception {
        call("POST", "/session/" + session + "/element/" + find(css) + "/click", JSON.createObjectNode());
    }

    private JsonNode call(String method, String path, JsonNode body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json");
        request.method(
                method,
                body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode json = JSON.readTree(response.body());
        if (response.statusCode() != 200) {
            throw new IOException("WebDriver " + method + " " + path + " answered " + response.statusCode() + ": "
                    + json.at("/value/message").asText());
        }
        return json;
    }

    private void waitForDriver() throws Exception {
        for (int attempt = 0; attempt < 100; attempt++) {
            try {
                http.send(
                        HttpRequest.newBuilder(URI.create(base + "/status")).build(),
                        HttpResponse.BodyHandlers.discarding());
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("chromedriver did not start");
    }

    @Override
    public void close() {
        try {
            call("DELETE", "/session/" + session, null);
        } catch (Exception ignored) {
            // The driver is stopped below anyway.
        }
        driver.destroy();
    }
}
