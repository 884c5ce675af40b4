package io.oxlinkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.oxlinkit.application.OxlinKit;
import io.oxlinkit.application.StepResult;
import io.oxlinkit.domain.account.Account;
import io.oxlinkit.domain.agreement.NotPermittedByAgreementException;
import io.oxlinkit.domain.id.ChannelDefinitionId;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.CredentialId;
import io.oxlinkit.domain.id.ProviderId;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.domain.journey.NextStep;
import io.oxlinkit.domain.secret.SecretValue;
import io.oxlinkit.domain.widget.WidgetOptions;
import io.oxlinkit.sandbox.Sandbox;
import io.oxlinkit.sandbox.SandboxConfig;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The widget in a real browser: headless Chromium opens the address {@code OpenWidget} gives, goes through
 * the sandbox's widget (bank 87, the SMS code, one account of two), and lands on a small local callback
 * page; the library then shows the connection with exactly the selected account synchronized.
 */
class WidgetBrowserTest {

    private static Settings settings(Sandbox sandbox, boolean agreement) throws Exception {
        return new Settings(
                sandbox.apiBaseUrl(),
                sandbox.authBaseUrl(),
                sandbox.embedBaseUrl(),
                agreement,
                SandboxConfig.DEFAULT_CLIENT_ID,
                SecretValue.of(SandboxConfig.DEFAULT_CLIENT_SECRET),
                "jdbc:h2:mem:widget-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1",
                "sa",
                SecretValue.of(""),
                Settings.keyFile(Files.createTempDirectory("oxlin-widget").resolve("sealing.key")));
    }

    @Test
    void aPersonCompletesTheWidgetInChromiumAndTheSelectedAccountIsSynchronized() throws Exception {
        if (!HeadlessChromium.available()) {
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException("chromium and chromedriver are required in CI (.ci/run installs them)");
            }
            Assumptions.abort("chromium/chromedriver are not installed: the browser test is skipped");
        }
        HttpServer host = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        AtomicReference<String> callback = new AtomicReference<>();
        host.createContext("/widget/done", exchange -> {
            callback.set(exchange.getRequestURI().getRawQuery());
            byte[] page = "<!doctype html><title>Connected</title><h1 id=\"connected\">Your bank is connected</h1>"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        host.start();
        try (Sandbox sandbox = Sandbox.start();
                Environment env = Environment.open(settings(sandbox, true), (u, c, s) -> {});
                HeadlessChromium browser = new HeadlessChromium()) {
            OxlinKit kit = env.kit;
            UserId user = kit.createUser("widget-user@host.example");
            URI redirect = URI.create("http://127.0.0.1:" + host.getAddress().getPort() + "/widget/done");
            URI widget = kit.openWidget(user, WidgetOptions.selectAccounts(redirect, true))
                    .url()
                    .orElseThrow();

            browser.open(widget.toString());
            browser.click("option[value='87']");
            browser.type("#login", "wendy");
            browser.type("#password", "correct-horse");
            browser.click("#submit");
            browser.click("#send-sms");
            browser.type("#code", "123456");
            browser.click("#validate");
            browser.find("input[type='checkbox']");
            assertThat(browser.pageSource()).contains("Compte courant").contains("Livret A");
            String chosen = browser.pageSource().replaceAll("(?s).*?id=\"account-([0-9]+)\".*", "$1");
            browser.click("#account-" + chosen);
            browser.click("#share");
            assertThat(browser.waitForUrl(redirect.toString())).startsWith(redirect.toString());
            browser.find("#connected");
            assertThat(browser.pageSource()).contains("Your bank is connected");

            Map<String, String> query = Browser.query(URI.create(redirect + "?" + callback.get()));
            StepResult completed = kit.completeWidget(user, query);
            ConnectionId connection = completed.connection().orElseThrow();
            for (int round = 0;
                    round < 10 && !(kit.nextStep(connection).orElseThrow() instanceof NextStep.Done);
                    round++) {
                kit.pumpEvents(user);
            }
            assertThat(kit.nextStep(connection)).contains(new NextStep.Done(connection));
            List<Account> accounts = kit.accounts(connection);
            assertThat(accounts).singleElement().satisfies(account -> {
                assertThat(account.id().value()).isEqualTo(chosen);
                assertThat(env.storage.transactions().count(account.id())).isEqualTo(250);
            });
        } finally {
            host.stop(0);
        }
    }

    @Test
    void withoutAnAgreementAFullApiCallFailsBeforeAnyHttpCall() throws Exception {
        try (Sandbox sandbox = Sandbox.start();
                Environment env = Environment.open(settings(sandbox, false), (u, c, s) -> {})) {
            UserId user = env.kit.createUser("no-agreement@host.example");
            long calls = sandbox.counters().total();
            Map<CredentialId, SecretValue> typed =
                    Map.of(CredentialId.of("300"), SecretValue.of("a"), CredentialId.of("301"), SecretValue.of("pw12"));
            assertThatThrownBy(() -> env.kit.startEmbeddedConnection(
                            user, ProviderId.of("87"), ChannelDefinitionId.of("8702"), typed))
                    .isInstanceOf(NotPermittedByAgreementException.class)
                    .hasMessageContaining("full-API");
            assertThat(sandbox.counters().total()).isEqualTo(calls);
            URI widget = env.kit
                    .openWidget(user, WidgetOptions.defaults(URI.create("https://host.example/widget/done")))
                    .url()
                    .orElseThrow();
            assertThat(widget.toString()).startsWith(sandbox.embedBaseUrl() + "/widget/add_connection?session_id=");
        }
    }
}
