package io.oxlinkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.oxlinkit.application.port.OxlinApiException;
import io.oxlinkit.sandbox.Sandbox;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** picocli's conventions on every command: help, version, stdout for results, stderr for errors, exit codes, JSON. */
class CliConventionsTest {

    /** One run: its exit code, what went to stdout and what went to stderr. */
    record Run(int exit, String out, String err) {}

    private static Run run(Map<String, String> env, String input, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Oxlin.execute(
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                env,
                args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static List<String> commandNames() {
        return List.copyOf(new CommandLine(new Oxlin(System.in, System.out, System.err, Map.of()))
                .getSubcommands()
                .keySet());
    }

    @Test
    void everyCommandAnswersHelpOnStdoutWithExitZero() {
        List<String> names = commandNames();
        assertThat(names).contains("sync", "demo", "providers", "create-user", "help", "generate-completion");
        for (String name : names) {
            Run help = run(Map.of(), "", name, "--help");
            assertThat(help.exit()).as(name + ": " + help.err()).isZero();
            assertThat(help.out()).as(name).contains("Usage: oxlin " + name);
            assertThat(help.err()).as(name).isEmpty();
        }
        Run viaHelp = run(Map.of(), "", "help", "sync");
        assertThat(viaHelp.exit()).isZero();
        assertThat(viaHelp.out()).contains("Usage: oxlin sync").contains("CONNECTION");
    }

    @Test
    void theVersionIsAnsweredByEveryCommandAndTheExitCodesAreListed() {
        for (String name : List.of("sync", "accounts", "demo")) {
            Run version = run(Map.of(), "", name, "--version");
            assertThat(version.exit()).isZero();
            assertThat(version.out()).startsWith("oxlin ");
        }
        assertThat(run(Map.of(), "", "--help").out())
                .contains("Exit codes:")
                .contains("3   health: a channel needs its user");
    }

    @Test
    void aUsageErrorExitsTwoWithItsMessageOnStderrOnly() {
        Run unknown = run(Map.of(), "", "sync", "--no-such-option", "42");
        assertThat(unknown.exit()).isEqualTo(Oxlin.USAGE);
        assertThat(unknown.err()).contains("Unknown option: '--no-such-option'");
        assertThat(unknown.out()).isEmpty();
        Run missing = run(Map.of(), "", "sync");
        assertThat(missing.exit()).isEqualTo(Oxlin.USAGE);
        assertThat(missing.err()).contains("Missing required parameter");
    }

    @Test
    void failuresMapToTheirDocumentedExitCodes() {
        assertThat(Oxlin.exitCode(new OxlinApiException.Unauthorized("invalid_token", "expired", "r-1")))
                .isEqualTo(Oxlin.AUTHENTICATION);
        assertThat(Oxlin.exitCode(new OxlinApiException.Forbidden("forbidden", "no", "r-2")))
                .isEqualTo(Oxlin.AUTHENTICATION);
        assertThat(Oxlin.exitCode(new OxlinApiException.ServerError(503, "maintenance", "later", "r-3")))
                .isEqualTo(Oxlin.TRANSIENT);
        assertThat(Oxlin.exitCode(new OxlinApiException.Transport("refused", new java.io.IOException("refused"))))
                .isEqualTo(Oxlin.TRANSIENT);
        assertThat(Oxlin.exitCode(new OxlinApiException.NotFound("not_found", "no such thing", "r-4")))
                .isEqualTo(Oxlin.FAILURE);
        assertThat(Oxlin.exitCode(new IllegalStateException("bug"))).isEqualTo(Oxlin.FAILURE);
    }

    @Test
    void dataCommandsPrintJsonThatParsesAndSyncShowsItsProgressOnStderr() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Path data = Files.createTempDirectory("oxlin-json");
        try (Sandbox sandbox = Sandbox.start()) {
            Map<String, String> env = Map.of(
                    "OXLIN_BASE_URL", sandbox.apiBaseUrl().toString(),
                    "OXLIN_AUTH_URL", sandbox.authBaseUrl().toString(),
                    "OXLIN_EMBED_URL", sandbox.embedBaseUrl().toString(),
                    "XDG_CONFIG_HOME", data.resolve("config").toString());
            String dir = data.toString();

            Run banks = run(env, "", "providers", "--json", "--data-dir", dir);
            assertThat(banks.exit()).as(banks.err()).isZero();
            JsonNode providers = json.readTree(banks.out());
            assertThat(providers.isArray()).isTrue();
            assertThat(providers.findValuesAsText("name")).contains("HSBC");

            Run created = run(env, "", "create-user", "--reference", "customer-7", "--json", "--data-dir", dir);
            String user = json.readTree(created.out()).get("user_id").asText();
            assertThat(run(env, "", "create-user", "--reference", "customer-7", "--data-dir", dir)
                            .out()
                            .trim())
                    .as("the same reference, the same user")
                    .isEqualTo(user);

            String script = String.join("\n", "1", "2", "alice", "correct-horse", "y", "123456", "y", "y", "y") + "\n";
            Run connect = run(env, script, "connect", "--user", user, "--data-dir", dir);
            assertThat(connect.exit()).as(connect.out() + connect.err()).isZero();
            String connection = connect.out().replaceAll("(?s).*Connection (\\d+) is ready.*", "$1");

            Run accounts = run(env, "", "accounts", connection, "--json", "--data-dir", dir);
            assertThat(accounts.exit()).as(accounts.err()).isZero();
            JsonNode listed = json.readTree(accounts.out());
            assertThat(listed.size()).isEqualTo(2);
            assertThat(listed.get(0).get("connection_id").asText()).isEqualTo(connection);
            assertThat(listed.get(0).get("balance").asText()).matches("-?\\d+(\\.\\d+)?");

            String account = listed.get(0).get("id").asText();
            JsonNode transactions = json.readTree(run(env, "", "transactions", account, "--json", "--data-dir", dir)
                    .out());
            assertThat(transactions.size()).isPositive();
            assertThat(transactions.get(0).get("account_id").asText()).isEqualTo(account);

            Run sync = run(env, "", "sync", connection, "--progress-every", "1", "--data-dir", dir);
            assertThat(sync.exit()).as(sync.err()).isZero();
            assertThat(sync.out()).as("results on stdout only").matches("(?s)2 account\\(s\\), \\d+ page\\(s\\).*");
            assertThat(sync.err().lines().filter(l -> l.startsWith("sync: accounts ")))
                    .as("a plain progress line a page off a terminal, and the last one says done")
                    .isNotEmpty()
                    .last()
                    .asString()
                    .contains("2/2")
                    .endsWith("(done)");
        }
    }
}
