package io.oxlinkit.cli;

import io.oxlinkit.application.HealthItem;
import io.oxlinkit.application.SyncReport;
import io.oxlinkit.application.port.OxlinApiException;
import io.oxlinkit.application.port.StorageException;
import io.oxlinkit.domain.account.Account;
import io.oxlinkit.domain.id.AccountId;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.domain.provider.Provider;
import io.oxlinkit.sandbox.Sandbox;
import io.oxlinkit.sandbox.SandboxConfig;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The {@code oxlin} command line. */
@Command(
        name = "oxlin",
        mixinStandardHelpOptions = true,
        version = "oxlin 0.1.0",
        description =
                "Oxlin Kit: the OXLIN full-API flow from a terminal (the local sandbox by default, the real API when configured).",
        subcommands = {
            Oxlin.DemoCommand.class,
            Oxlin.SandboxCommand.class,
            Oxlin.ProvidersCommand.class,
            Oxlin.ConnectCommand.class,
            Oxlin.SyncCommand.class,
            Oxlin.HealthCommand.class,
            Oxlin.WidgetCommand.class,
            Oxlin.SchemaCommand.class,
            Oxlin.AccountsCommand.class,
            Oxlin.TransactionsCommand.class,
            Oxlin.ChangesCommand.class,
            UserDataCommands.DeleteConnectionCommand.class,
            UserDataCommands.DeleteUserCommand.class,
            UserDataCommands.ExportUserCommand.class
        })
public final class Oxlin implements Callable<Integer> {

    private final InputStream in;
    final PrintStream out;
    private final Map<String, String> env;

    Oxlin(InputStream in, PrintStream out, Map<String, String> env) {
        this.in = in;
        this.out = out;
        this.env = env;
    }

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(execute(System.in, System.out, System.getenv(), args));
    }

    /** Runs the command line on the given streams; returns the exit code. What it prints is cleaned ({@link CleanPrintStream}). */
    static int execute(InputStream in, PrintStream raw, Map<String, String> env, String... args) {
        PrintStream out = new CleanPrintStream(raw);
        CommandLine line = new CommandLine(new Oxlin(in, out, env));
        line.setOut(new java.io.PrintWriter(
                new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8), true));
        line.setErr(new java.io.PrintWriter(
                new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8), true));
        line.setExecutionExceptionHandler((failure, commandLine, parsed) -> {
            String reason = failure instanceof CliException
                            || failure instanceof OxlinApiException
                            || failure instanceof StorageException
                            || failure instanceof IllegalArgumentException
                            || failure instanceof io.oxlinkit.domain.agreement.NotPermittedByAgreementException
                    ? failure.getMessage()
                    : failure.getClass().getSimpleName();
            out.println("oxlin: " + reason);
            return 1;
        });
        int code = line.execute(args);
        out.flush();
        return code;
    }

    @Override
    public Integer call() {
        new CommandLine(this).usage(out);
        return 0;
    }

    Terminal terminal() {
        return new Terminal(
                new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)),
                out,
                in == System.in ? System.console() : null);
    }

    Environment environment(CommonOptions options) {
        return Environment.open(Settings.from(env, options), (u, c, s) -> {});
    }

    /** A command that works on the kit: opens the configured environment, runs, closes it, exits 0. */
    abstract static class KitCommand implements Callable<Integer> {
        @CommandLine.ParentCommand
        Oxlin parent;

        @Mixin
        CommonOptions options;

        @Override
        public final Integer call() {
            try (Environment environment = parent.environment(options)) {
                run(environment);
            }
            return 0;
        }

        abstract void run(Environment environment);
    }

    /** {@code oxlin demo}. */
    @Command(
            name = "demo",
            description = "Runs the whole flow end to end against an embedded sandbox and an embedded H2 database.")
    static final class DemoCommand implements Callable<Integer> {
        @CommandLine.ParentCommand
        Oxlin parent;

        @Override
        public Integer call() throws Exception {
            return new Demo(parent.out).run();
        }
    }

    /** {@code oxlin sandbox}. */
    @Command(name = "sandbox", description = "Runs the OXLIN sandbox standalone until stopped.")
    static final class SandboxCommand implements Callable<Integer> {
        @CommandLine.ParentCommand
        Oxlin parent;

        @Option(names = "--port", description = "TCP port (default 8089).", defaultValue = "8089")
        int port;

        @Override
        public Integer call() throws InterruptedException {
            Sandbox sandbox = Sandbox.start(SandboxConfig.defaults().withPort(port));
            parent.out.println(
                    "OXLIN sandbox listening: API " + sandbox.apiBaseUrl() + ", auth " + sandbox.authBaseUrl());
            parent.out.println("client_id " + SandboxConfig.DEFAULT_CLIENT_ID + ", client_secret "
                    + SandboxConfig.DEFAULT_CLIENT_SECRET + " (public test values). Ctrl-C stops it.");
            Runtime.getRuntime().addShutdownHook(new Thread(sandbox::close));
            Thread.currentThread().join();
            return 0;
        }
    }

    /** {@code oxlin providers}. */
    @Command(name = "providers", description = "Lists the banks a user can connect to.")
    static final class ProvidersCommand extends KitCommand {
        @Option(names = "--user", required = true, description = "OXLIN user id (see `oxlin connect`).")
        String user;

        @Override
        void run(Environment environment) {
            for (Provider provider : environment.kit.providers(UserId.of(user))) {
                parent.out.printf(
                        "%-6s %-28s %s%n",
                        provider.id(),
                        provider.name(),
                        provider.channelDefinitions().stream()
                                .map(c -> c.mode() + " " + c.id())
                                .toList());
            }
        }
    }

    /** {@code oxlin connect}. */
    @Command(name = "connect", description = "Connects a bank interactively (creates a user when none is given).")
    static final class ConnectCommand extends KitCommand {
        @Option(names = "--user", description = "OXLIN user id; a new user is created when omitted.")
        String user;

        @Option(names = "--email", description = "Login of the user to create (default: a generated one).")
        String email;

        @Override
        void run(Environment environment) {
            UserId id = user != null
                    ? UserId.of(user)
                    : environment.kit.createUser(
                            email != null ? email : "cli-" + System.currentTimeMillis() + "@oxlinkit.invalid");
            parent.out.println("User " + id + " (pass --user " + id + " to the other commands).");
            ConnectionId connection = new ConnectFlow(environment.kit, parent.terminal(), 200).run(id);
            parent.out.println("Connection " + connection + " is ready.");
        }
    }

    /** {@code oxlin schema}. */
    @Command(
            name = "schema",
            description = "Prints the storage schema as SQL, for hosts that run their own migrations.")
    static final class SchemaCommand implements Callable<Integer> {
        @CommandLine.ParentCommand
        Oxlin parent;

        @Option(
                names = "--dialect",
                defaultValue = "POSTGRESQL",
                description = "H2, POSTGRESQL or MARIADB (default POSTGRESQL).")
        io.oxlinkit.adapter.jdbc.Dialect dialect;

        @Override
        public Integer call() {
            parent.out.print(io.oxlinkit.adapter.jdbc.JdbcStorage.schemaSql(dialect));
            return 0;
        }
    }

    /** {@code oxlin widget}. */
    @Command(
            name = "widget",
            description =
                    "Prints the address of OXLIN's widget for a user (the way to connect banks without a PSD2 agreement).")
    static final class WidgetCommand extends KitCommand {
        @Option(names = "--user", required = true, description = "OXLIN user id.")
        String user;

        @Option(
                names = "--redirect-uri",
                required = true,
                description = "Where the widget sends the user back (no query string).")
        java.net.URI redirectUri;

        @Option(names = "--select-accounts", description = "Let the user pick the accounts (needs a PSD2 agreement).")
        boolean selectAccounts;

        @Override
        void run(Environment environment) {
            io.oxlinkit.domain.widget.WidgetOptions widgetOptions = selectAccounts
                    ? io.oxlinkit.domain.widget.WidgetOptions.selectAccounts(redirectUri, false)
                    : io.oxlinkit.domain.widget.WidgetOptions.defaults(redirectUri);
            parent.out.println(environment
                    .kit
                    .openWidget(UserId.of(user), widgetOptions)
                    .url()
                    .orElseThrow());
        }
    }

    /** {@code oxlin sync}. */
    @Command(
            name = "sync",
            description =
                    "Copies a connection's accounts and transactions into the database (resumes where it stopped).")
    static final class SyncCommand extends KitCommand {
        @Parameters(paramLabel = "CONNECTION", description = "Connection id.")
        String connection;

        @Override
        void run(Environment environment) {
            SyncReport report = environment.kit.synchronize(ConnectionId.of(connection));
            parent.out.println(
                    report.skipped()
                            ? "Another instance is synchronizing this connection."
                            : report.accounts() + " account(s), " + report.pagesFetched() + " page(s), "
                                    + report.newTransactions() + " new transaction(s).");
        }
    }

    /** {@code oxlin health}. */
    @Command(name = "health", description = "Lists every stored channel that needs its user.")
    static final class HealthCommand extends KitCommand {
        @Option(names = "--refresh", description = "Read each connection from the API first.")
        boolean refresh;

        @Override
        void run(Environment environment) {
            List<HealthItem> items = refresh ? environment.kit.refreshHealth() : environment.kit.checkHealth();
            if (items.isEmpty()) {
                parent.out.println("Every channel is healthy.");
            }
            for (HealthItem item : items) {
                parent.out.printf(
                        "user %s connection %s: %s%s%n",
                        item.userId(), item.issue().connectionId(), item.step(), item.urgent() ? "" : " (optional)");
            }
        }
    }

    /** {@code oxlin accounts}. */
    @Command(name = "accounts", description = "Shows a connection's stored accounts.")
    static final class AccountsCommand extends KitCommand {
        @Parameters(paramLabel = "CONNECTION", description = "Connection id.")
        String connection;

        @Override
        void run(Environment environment) {
            List<Account> accounts = environment.kit.accounts(ConnectionId.of(connection));
            Tables.accounts(parent.out, accounts, "");
        }
    }

    /** {@code oxlin transactions}. */
    @Command(name = "transactions", description = "Shows an account's stored transactions, newest first.")
    static final class TransactionsCommand extends KitCommand {
        @Parameters(paramLabel = "ACCOUNT", description = "Account id.")
        String account;

        @Option(names = "--limit", defaultValue = "20", description = "How many (default 20).")
        int limit;

        @Override
        void run(Environment environment) {
            Tables.transactions(parent.out, environment.kit.transactions(AccountId.of(account), 0, limit), "");
        }
    }

    @Command(
            name = "changes",
            description =
                    "Prints the ledger's changes (transactions added or modified) since this consumer's last call, and acknowledges them.")
    static final class ChangesCommand extends KitCommand {
        @Option(
                names = "--consumer",
                defaultValue = "oxlin-cli",
                description = "The consumer whose cursor moves (default oxlin-cli).")
        String consumer;

        @Option(
                names = "--limit",
                defaultValue = "100",
                description = "At most this many changes a page (default 100).")
        int limit;

        @Option(
                names = "--follow",
                description = "Keeps printing new changes every --interval seconds, until interrupted.")
        boolean follow;

        @Option(
                names = "--interval",
                defaultValue = "5",
                description = "Seconds between two reads with --follow (default 5).")
        int interval;

        @Override
        void run(Environment environment) {
            do {
                io.oxlinkit.application.port.ChangeFeed.Page page;
                do {
                    page = environment.kit.changesSince(consumer, limit);
                    Tables.changes(parent.out, page.entries());
                    environment.kit.acknowledgeChanges(consumer, page.next());
                } while (page.hasMore());
                if (follow) {
                    try {
                        Thread.sleep(Math.max(1, interval) * 1000L);
                    } catch (InterruptedException stopped) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            } while (follow && !Thread.currentThread().isInterrupted());
        }
    }
}
