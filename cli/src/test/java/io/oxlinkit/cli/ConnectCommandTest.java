package io.oxlinkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.oxlinkit.sandbox.Sandbox;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** `oxlin connect` driven through its prompts with scripted input, the SMS code wrong once, then right. */
class ConnectCommandTest {

    @Test
    void connectWalksTheFormTheChallengeAndTheConsentChecklist() throws Exception {
        Path data = Files.createTempDirectory("oxlin-connect");
        try (Sandbox sandbox = Sandbox.start()) {
            Map<String, String> env = Map.of(
                    "OXLIN_BASE_URL",
                    sandbox.apiBaseUrl().toString(),
                    "OXLIN_AUTH_URL",
                    sandbox.authBaseUrl().toString(),
                    "OXLIN_EMBED_URL",
                    sandbox.embedBaseUrl().toString(),
                    "XDG_CONFIG_HOME",
                    data.resolve("config").toString());
            String script = String.join(
                            "\n",
                            "1", // bank: Linxo Test Bank
                            "2", // channel: EMBEDDED 8702
                            "al", // login too short: refused by the form
                            "correct-horse", // password
                            "alice", // login asked again
                            "y", // send the SMS
                            "000000",
                            "y", // a wrong code: the bank says so
                            "12345",
                            "y", // a code of 5 digits: refused before it is sent
                            "123456",
                            "y", // the right code
                            "y",
                            "n")
                    + "\n"; // share the first account, not the second
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            int exit = Oxlin.execute(
                    new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8)),
                    new PrintStream(buffer, true, StandardCharsets.UTF_8),
                    env,
                    "connect",
                    "--data-dir",
                    data.toString());
            String output = buffer.toString(StandardCharsets.UTF_8);
            assertThat(exit).as(output).isZero();
            assertThat(output)
                    .contains("Linxo Test Bank")
                    .contains("field 300 (Identifiant) does not match")
                    .contains(
                            "Bank: La connexion à Banque demande la saisie d’un code envoyé par SMS sur votre téléphone au 0606060606")
                    .contains("Bank: Code invalide. Encore 2 tentatives")
                    .contains("306 (Code) does not match the expected format")
                    .contains("Share Compte courant (CHECKINGS)?")
                    .contains("Synchronized. Accounts:")
                    .doesNotContain("correct-horse");
            String user = output.replaceAll("(?s).*User (\\d+) .*", "$1");
            String connection = output.replaceAll("(?s).*Connection (\\d+) is ready.*", "$1");
            String accounts = run(env, "accounts", connection, "--data-dir", data.toString());
            assertThat(accounts).contains("Compte courant").doesNotContain("Livret A");
            assertThat(run(env, "providers", "--user", user, "--data-dir", data.toString()))
                    .contains("HSBC");
            String synced = run(env, "sync", connection, "--data-dir", data.toString());
            assertThat(synced).matches("(?s)1 account\\(s\\), \\d+ page\\(s\\), 0 new transaction\\(s\\).*");
            String account = accounts.lines().skip(1).findFirst().orElseThrow().split(" +")[0];
            String listed = run(env, "transactions", account, "--limit", "3", "--data-dir", data.toString());
            // the whole story in the description, should this ever fail again (it failed once in CI, not reproduced)
            assertThat(listed.lines())
                    .as(
                            "connect:%n%s%naccounts:%n%s%nsync:%n%s%ntransactions %s:%n%s",
                            output, accounts, synced, account, listed)
                    .hasSize(4);
            String changes = run(env, "changes", "--consumer", "books", "--data-dir", data.toString());
            assertThat(changes).startsWith("POSITION").contains("ADDED").contains("ACCOUNT ADDED");
            assertThat(changes.lines()
                            .filter(l -> l.contains("ADDED") && !l.contains("ACCOUNT "))
                            .count())
                    .as("every stored transaction, added once")
                    .isEqualTo(run(env, "transactions", account, "--limit", "10000", "--data-dir", data.toString())
                                    .lines()
                                    .count()
                            - 1);
            assertThat(run(env, "changes", "--consumer", "books", "--data-dir", data.toString()))
                    .as("acknowledged")
                    .startsWith("No change.");
            assertThat(run(
                            env,
                            "health",
                            "--data-dir",
                            data.toString())) // the bank's REDIRECT channel is not added yet: optional
                    .contains("connection " + connection + ": AddChannel")
                    .contains("mode=REDIRECT] (optional)");
            assertThat(run(
                            env,
                            "widget",
                            "--user",
                            user,
                            "--redirect-uri",
                            "https://host.example/back",
                            "--data-dir",
                            data.toString()))
                    .startsWith(sandbox.embedBaseUrl() + "/widget/add_connection?session_id=");
            String exported = run(env, "export-user", "--user", user, "--data-dir", data.toString());
            assertThat(exported)
                    .contains("\"user_id\":\"" + user + "\"")
                    .contains("Compte courant")
                    .contains("\"LOGIN\"")
                    .doesNotContain("correct-horse");
            assertThat(run(env, "delete-connection", connection, "--data-dir", data.toString()))
                    .contains("Connection " + connection + " deleted.");
            assertThat(run(env, "accounts", connection, "--data-dir", data.toString())
                            .lines())
                    .as("only the header left")
                    .hasSize(1);
            assertThat(run(env, "delete-connection", connection, "--data-dir", data.toString()))
                    .contains("nothing to do");
            assertThat(run(env, "delete-user", "--user", user, "--data-dir", data.toString()))
                    .contains("User " + user + " deleted");
        }
    }

    /** Runs one command with no input; asserts it exits 0 and returns what it printed. */
    private static String run(Map<String, String> env, String... args) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int exit = Oxlin.execute(
                new ByteArrayInputStream(new byte[0]),
                new PrintStream(buffer, true, StandardCharsets.UTF_8),
                new PrintStream(errors, true, StandardCharsets.UTF_8),
                env,
                args);
        String output = buffer.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(output + errors.toString(StandardCharsets.UTF_8)).isZero();
        return output;
    }

    @Test
    void aMissingClientSecretForARealApiIsAClearError() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        int exit = Oxlin.execute(
                new ByteArrayInputStream(new byte[0]),
                new PrintStream(buffer, true, StandardCharsets.UTF_8),
                Map.of("OXLIN_BASE_URL", "https://api.example.com/v2.1"),
                "health");
        assertThat(exit).isEqualTo(1);
        assertThat(buffer.toString(StandardCharsets.UTF_8)).contains("OXLIN_CLIENT_SECRET");
    }

    @Test
    void theSchemaIsPrintedForHostsRunningTheirOwnMigrations() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        assertThat(Oxlin.execute(
                        new ByteArrayInputStream(new byte[0]),
                        new PrintStream(buffer, true, StandardCharsets.UTF_8),
                        Map.of(),
                        "schema",
                        "--dialect",
                        "MARIADB"))
                .isZero();
        assertThat(buffer.toString(StandardCharsets.UTF_8))
                .contains("CREATE TABLE oxk_transactions")
                .contains("DATETIME(6)");
    }
}
