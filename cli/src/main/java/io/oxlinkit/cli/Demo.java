package io.oxlinkit.cli;

import io.oxlinkit.application.HealthItem;
import io.oxlinkit.application.OxlinKit;
import io.oxlinkit.application.RedirectResult;
import io.oxlinkit.application.StepResult;
import io.oxlinkit.domain.account.Account;
import io.oxlinkit.domain.challenge.ChallengeAnswer;
import io.oxlinkit.domain.challenge.ChallengePrompt;
import io.oxlinkit.domain.consent.ConsentDecision;
import io.oxlinkit.domain.id.ChannelDefinitionId;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.CredentialId;
import io.oxlinkit.domain.id.ProviderId;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.domain.journey.NextStep;
import io.oxlinkit.domain.provider.Provider;
import io.oxlinkit.domain.secret.SecretValue;
import io.oxlinkit.domain.widget.WidgetOptions;
import io.oxlinkit.sandbox.Sandbox;
import io.oxlinkit.sandbox.SandboxConfig;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The end-to-end demo: an embedded sandbox and an embedded H2 file database, then the whole full-API
 * flow a host runs, each step checked. Any step that does not do what it should stops the demo with a
 * clear message and a non-zero exit.
 */
final class Demo {

    private static final int STEPS = 11;
    private static final ProviderId BANK_87 = ProviderId.of("87");
    private static final ChannelDefinitionId EMBEDDED = ChannelDefinitionId.of("8702");
    private static final ProviderId HSBC = ProviderId.of("119");
    private static final ChannelDefinitionId REDIRECT = ChannelDefinitionId.of("redirect1");
    private static final URI CALLBACK = URI.create("https://host.example/oxlin/callback");

    private final PrintStream out;
    private int step;

    Demo(PrintStream out) {
        this.out = out;
    }

    /** Runs the demo; 0 when every step did what it should. */
    int run() throws Exception {
        Path dataDir = Files.createTempDirectory("oxlin-demo");
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.defaults().withTransactionsPerAccount(120))) {
            Settings settings = new Settings(
                    sandbox.apiBaseUrl(),
                    sandbox.authBaseUrl(),
                    sandbox.embedBaseUrl(),
                    true,
                    SandboxConfig.DEFAULT_CLIENT_ID,
                    SecretValue.of(SandboxConfig.DEFAULT_CLIENT_SECRET),
                    "jdbc:h2:file:" + dataDir.resolve("demo").toAbsolutePath(),
                    "sa",
                    SecretValue.of(""),
                    Settings.keyFile(dataDir.resolve("keys").resolve("sealing.key")));
            out.println(
                    "Oxlin Kit demo: the full-API flow against the embedded OXLIN sandbox and an embedded H2 database");
            out.println("  sandbox API:  " + sandbox.apiBaseUrl());
            out.println("  database:     " + settings.jdbcUrl());
            out.println();
            try (Environment env = Environment.open(settings, (u, c, s) -> {})) {
                play(env.kit, sandbox);
            }
            out.println();
            out.println("Demo finished: every step did what it should.");
            return 0;
        } catch (DemoFailure failure) {
            out.println();
            out.println("DEMO FAILED at step " + step + ": " + failure.getMessage());
            return 1;
        } finally {
            deleteQuietly(dataDir);
        }
    }

    private static void deleteIfPresent(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (java.io.IOException ignored) {
            // A temporary file left behind is harmless.
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(Demo::deleteIfPresent);
        } catch (java.io.IOException ignored) {
            // A temporary directory left behind is harmless.
        }
    }

    private void play(OxlinKit kit, Sandbox sandbox) {
        title("Create an OXLIN user");
        UserId user = kit.createUser("demo-" + System.currentTimeMillis() + "@host.example");
        detail("user " + user + " created; its generated OXLIN password is sealed (AES-GCM) in the database");

        title("List the banks");
        List<Provider> providers = kit.providers(user);
        expect(providers.stream().anyMatch(p -> p.id().equals(BANK_87)), "bank 87 is listed");
        detail(providers.size() + " banks can be connected, for example:");
        providers.stream()
                .limit(4)
                .forEach(p -> detail("  " + p.id() + "  " + p.name() + "  "
                        + p.channelDefinitions().size() + " channel(s)"));

        title("Open an EMBEDDED connection at bank 87 (the password is PGP-encrypted on the client)");
        Map<CredentialId, SecretValue> values = new HashMap<>();
        values.put(CredentialId.of("300"), SecretValue.of("demo.user"));
        values.put(CredentialId.of("301"), SecretValue.of("correct-horse"));
        StepResult started = kit.startEmbeddedConnection(user, BANK_87, EMBEDDED, values);
        expect(started instanceof StepResult.Proceeded, "the connection is created (" + started + ")");
        ConnectionId embedded = started.connection().orElseThrow();
        expect(values.values().stream().allMatch(SecretValue::isWiped), "the typed password is wiped from memory");
        detail("connection " + embedded + " created; the password left encrypted to OXLIN's key, and was wiped");

        title("Answer the SMS challenge");
        NextStep.AnswerChallenge sendSms =
                (NextStep.AnswerChallenge) waitFor(kit, user, embedded, NextStep.AnswerChallenge.class::isInstance);
        show(sendSms.prompt());
        kit.answerChallenge(embedded, ChallengeAnswer.ok());
        detail("> OK");
        NextStep.AnswerChallenge code =
                (NextStep.AnswerChallenge) waitFor(kit, user, embedded, NextStep.AnswerChallenge.class::isInstance);
        show(code.prompt());
        expect(
                kit.answerChallenge(
                                embedded, ChallengeAnswer.ok(Map.of(CredentialId.of("306"), SecretValue.of("12345"))))
                        instanceof StepResult.InvalidInput,
                "a 5-digit code is refused before it is sent");
        detail("> 12345 (refused on the client: the code has 6 digits)");
        kit.answerChallenge(embedded, ChallengeAnswer.ok(Map.of(CredentialId.of("306"), SecretValue.of("123456"))));
        detail("> 123456, OK");

        title("Consent to one account of two");
        NextStep.CollectConsent consent =
                (NextStep.CollectConsent) waitFor(kit, user, embedded, NextStep.CollectConsent.class::isInstance);
        List<Account> pending = consent.request().pendingAccounts();
        expect(pending.size() == 2, "two accounts wait for consent");
        Tables.accounts(out, pending, "      ");
        kit.giveConsent(
                embedded,
                List.of(
                        ConsentDecision.grant(pending.get(0).id()),
                        ConsentDecision.decline(pending.get(1).id())));
        detail("shared " + pending.get(0).displayName() + ", declined "
                + pending.get(1).displayName() + " (deleted)");

        title("SYNC_ALL: collect the account data");
        waitFor(kit, user, embedded, NextStep.Done.class::isInstance);
        List<Account> accounts = kit.accounts(embedded);
        expect(accounts.size() == 1, "one account is stored");
        Tables.accounts(out, accounts, "      ");
        detail("last transactions:");
        Tables.transactions(out, kit.transactions(accounts.get(0).id(), 0, 5), "      ");

        title("The bank password changes: the next sync fails with AUTH_FAILED");
        sandbox.breakNextSync(embedded.value(), "AUTH_FAILED");
        sandbox.triggerSync(embedded.value());
        NextStep broken = waitFor(kit, user, embedded, NextStep.FixCredentials.class::isInstance);
        String reason =
                broken instanceof NextStep.FixCredentials fix ? fix.reason().toString() : "?";
        detail("next step: " + broken.getClass().getSimpleName() + " (" + reason + ")");

        title("The health check finds it");
        List<HealthItem> issues =
                kit.refreshHealth().stream().filter(HealthItem::urgent).toList();
        expect(
                issues.size() == 1 && issues.get(0).step() instanceof NextStep.FixCredentials,
                "one channel needs new credentials");
        NextStep.FixCredentials fix = (NextStep.FixCredentials) issues.get(0).step();
        detail("connection " + fix.connectionId() + ", channel " + fix.channel() + ": " + fix.reason()
                + ", identifier shown as "
                + fix.maskedCredentials().stream().map(m -> m.maskedValue()).toList());

        title("Repair it with new credentials");
        Map<CredentialId, SecretValue> repaired = new HashMap<>();
        repaired.put(CredentialId.of("300"), SecretValue.of("demo.user"));
        repaired.put(CredentialId.of("301"), SecretValue.of("new-correct-horse"));
        expect(
                kit.updateCredentials(embedded, EMBEDDED, repaired) instanceof StepResult.Proceeded,
                "the credentials are updated");
        waitFor(kit, user, embedded, NextStep.Done.class::isInstance);
        expect(kit.refreshHealth().stream().noneMatch(HealthItem::urgent), "no channel needs the user any more");
        detail("synchronized again; the health check is clean");

        title("Open a REDIRECT connection at bank 119 (HSBC) through the authorize page");
        RedirectResult outcome = kit.startRedirectConnection(user, HSBC, REDIRECT, CALLBACK);
        expect(outcome instanceof RedirectResult.SendUser, "an authorize URL is given (" + outcome + ")");
        URI authorize = outcome.url().orElseThrow();
        detail("the user is sent to " + authorize);
        Map<String, String> callback = Browser.approve(authorize);
        detail("and comes back to the host with " + callback.keySet());
        StepResult completed = kit.completeRedirect(user, callback);
        expect(completed instanceof StepResult.Proceeded, "the callback is accepted (" + completed + ")");
        ConnectionId redirect = completed.connection().orElseThrow();
        NextStep.CollectConsent redirectConsent =
                (NextStep.CollectConsent) waitFor(kit, user, redirect, NextStep.CollectConsent.class::isInstance);
        kit.giveConsent(
                redirect,
                redirectConsent.request().pendingAccounts().stream()
                        .map(a -> ConsentDecision.grant(a.id()))
                        .toList());
        waitFor(kit, user, redirect, NextStep.Done.class::isInstance);
        expect(kit.accounts(redirect).size() == 2, "both HSBC accounts are stored");
        Tables.accounts(out, kit.accounts(redirect), "      ");

        title("Connect a bank through OXLIN's widget (the way for hosts without their own PSD2 agreement)");
        URI widget = kit.openWidget(
                        user, WidgetOptions.selectAccounts(URI.create("https://host.example/oxlin/widget-done"), false))
                .url()
                .orElseThrow();
        detail("the user is sent to "
                + widget.toString().substring(0, Math.min(110, widget.toString().length())) + "...");
        Map<String, String> widgetCallback =
                Browser.throughSandboxWidget(widget, "87", "widget.user", "correct-horse", "123456");
        detail("picked Linxo Test Bank, passed the SMS code, shared one account of two, came back with "
                + widgetCallback.keySet());
        StepResult widgetDone = kit.completeWidget(user, widgetCallback);
        expect(widgetDone instanceof StepResult.Proceeded, "the widget callback is accepted (" + widgetDone + ")");
        ConnectionId widgetConnection = widgetDone.connection().orElseThrow();
        waitFor(kit, user, widgetConnection, NextStep.Done.class::isInstance);
        expect(kit.accounts(widgetConnection).size() == 1, "exactly the shared account is stored");
        Tables.accounts(out, kit.accounts(widgetConnection), "      ");
    }

    private NextStep waitFor(OxlinKit kit, UserId user, ConnectionId connection, Predicate<NextStep> wanted) {
        out.print("      waiting for events ");
        for (int round = 0; round < 40; round++) {
            kit.pumpEvents(user);
            NextStep next = kit.nextStep(connection).orElseThrow();
            if (wanted.test(next)) {
                out.println(" ok");
                return next;
            }
            out.print(".");
            out.flush();
            try {
                Thread.sleep(50);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new DemoFailure("interrupted");
            }
        }
        out.println();
        throw new DemoFailure("connection " + connection + " did not reach the expected step; it is at "
                + kit.nextStep(connection).orElseThrow());
    }

    private void show(ChallengePrompt prompt) {
        prompt.infoMessages().forEach(m -> detail("bank says: " + m));
        prompt.errorMessages().forEach(m -> detail("bank says: " + m));
        prompt.timeout().ifPresent(t -> detail("time left: " + t.getSeconds() + " s"));
        prompt.inputs()
                .forEach(i -> detail("asks: " + i.renderedLabel() + " (" + i.type() + ", "
                        + i.rule().rawPattern() + ")"));
        prompt.confirmation().ifPresent(c -> detail("button: " + c.renderedLabel() + " [OK/CANCEL]"));
    }

    private void title(String text) {
        step++;
        out.println();
        out.println("[" + step + "/" + STEPS + "] " + text);
    }

    private void detail(String text) {
        out.println("      " + text);
    }

    private static void expect(boolean condition, String what) {
        if (!condition) {
            throw new DemoFailure("expected: " + what);
        }
    }

    /** A step did not do what it should. */
    static final class DemoFailure extends RuntimeException {
        DemoFailure(String message) {
            super(message);
        }
    }
}
