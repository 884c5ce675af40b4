package io.oxlinkit.cli;

import io.oxlinkit.application.SyncListener;
import io.oxlinkit.application.port.OxlinApiException;
import io.oxlinkit.application.port.StorageException;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.sandbox.Sandbox;
import io.oxlinkit.sandbox.SandboxConfig;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The {@code oxlin} command line. Results go to stdout, errors and progress to stderr; every command answers
 * {@code --help} and {@code --version}. Exit codes (docs/cli.md): {@link #OK}, {@link #FAILURE}, {@link #USAGE},
 * {@link #NEEDS_USER}, {@link #AUTHENTICATION}, {@link #TRANSIENT}.
 */
@Command(
        name = "oxlin",
        mixinStandardHelpOptions = true,
        versionProvider = ManifestVersion.class,
        description =
                "Oxlin Kit: the OXLIN full-API flow from a terminal (the local sandbox by default, the real API when configured).",
        exitCodeListHeading = "%\nExit codes:%\n",
        exitCodeList = {
            "0:done",
            "1:failed",
            "2:usage error (unknown command or option, missing or invalid value)",
            "3:health: a channel needs its user",
            "4:OXLIN refused the credentials or the rights (401, 403)",
            "5:transient: OXLIN unreachable, overloaded or failing (5xx, 429, network); try again later"
        },
        subcommands = {
            CommandLine.HelpCommand.class,
            Oxlin.DemoCommand.class,
            Oxlin.SandboxCommand.class,
            DataCommands.CreateUserCommand.class,
            DataCommands.ProvidersCommand.class,
            Oxlin.ConnectCommand.class,
            DataCommands.SyncCommand.class,
            DataCommands.HealthCommand.class,
            Oxlin.WidgetCommand.class,
            Oxlin.SchemaCommand.class,
            DataCommands.AccountsCommand.class,
            DataCommands.TransactionsCommand.class,
            DataCommands.ChangesCommand.class,
            UserDataCommands.DeleteConnectionCommand.class,
            UserDataCommands.DeleteUserCommand.class,
            UserDataCommands.ExportUserCommand.class,
            AutoComplete.GenerateCompletion.class
        })
public final class Oxlin implements Callable<Integer> {

    static final int OK = 0;
    static final int FAILURE = 1;
    static final int USAGE = 2;
    static final int NEEDS_USER = 3;
    static final int AUTHENTICATION = 4;
    static final int TRANSIENT = 5;

    private final InputStream in;
    final PrintStream out;
    final PrintStream err;
    private final Map<String, String> env;

    Oxlin(InputStream in, PrintStream out, PrintStream err, Map<String, String> env) {
        this.in = in;
        this.out = out;
        this.err = err;
        this.env = env;
    }

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(execute(System.in, System.out, System.err, System.getenv(), args));
    }

    /** Runs the command line with results and errors on one stream (what the older tests read). */
    static int execute(InputStream in, PrintStream raw, Map<String, String> env, String... args) {
        return execute(in, raw, raw, env, args);
    }

    /** Runs the command line on the given streams; returns the exit code. What it prints is cleaned ({@link CleanPrintStream}). */
    static int execute(
            InputStream in, PrintStream rawOut, PrintStream rawErr, Map<String, String> env, String... args) {
        PrintStream out = new CleanPrintStream(rawOut);
        PrintStream err = rawErr == rawOut ? out : new CleanPrintStream(rawErr);
        CommandLine line = new CommandLine(new Oxlin(in, out, err, env));
        for (CommandLine sub : line.getSubcommands().values()) {
            sub.getCommandSpec().mixinStandardHelpOptions(true);
            sub.getCommandSpec().versionProvider(new ManifestVersion());
        }
        line.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        line.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        line.setExecutionExceptionHandler((failure, commandLine, parsed) -> {
            err.println("oxlin: " + reason(failure));
            return exitCode(failure);
        });
        int code = line.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** What a failure says: the kit's typed errors carry a message safe to show; anything else only its kind. */
    private static String reason(Exception failure) {
        return failure instanceof CliException
                        || failure instanceof OxlinApiException
                        || failure instanceof StorageException
                        || failure instanceof IllegalArgumentException
                        || failure instanceof io.oxlinkit.domain.agreement.NotPermittedByAgreementException
                ? failure.getMessage()
                : failure.getClass().getSimpleName();
    }

    static int exitCode(Exception failure) {
        if (failure instanceof OxlinApiException.Unauthorized || failure instanceof OxlinApiException.Forbidden) {
            return AUTHENTICATION;
        }
        if (failure instanceof OxlinApiException.ServerError
                || failure instanceof OxlinApiException.Transport
                || failure instanceof OxlinApiException.RateLimited) {
            return TRANSIENT;
        }
        return FAILURE;
    }

    @Override
    public Integer call() {
        new CommandLine(this).usage(out);
        return OK;
    }

    Terminal terminal() {
        return new Terminal(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), out, console());
    }

    /** Whether stderr is a terminal (a progress bar) rather than a pipe, a file or a test (plain lines). */
    boolean errIsTerminal() {
        return console() != null;
    }

    /** The process's console when the CLI reads the process's own input (none in tests or behind a pipe). */
    private java.io.Console console() {
        return in == System.in ? System.console() : null;
    }

    /** The login given, or a generated one no mail can reach. */
    static String emailOrGenerated(String email) {
        return email != null ? email : "cli-" + System.currentTimeMillis() + "@oxlinkit.invalid";
    }

    Environment environment(CommonOptions options, SyncListener sync) {
        return Environment.open(Settings.from(env, options), (u, c, s) -> {}, sync);
    }

    /** A command that works on the kit: opens the configured environment, runs, closes it, exits with {@link #exitCode()}. */
    abstract static class KitCommand implements Callable<Integer> {
        @CommandLine.ParentCommand
        Oxlin parent;

        @Mixin
        CommonOptions options;

        @Override
        public final Integer call() {
            try (Environment environment = parent.environment(options, syncListener())) {
                run(environment);
            }
            return exitCode();
        }

        abstract void run(Environment environment);

        /** The exit code once {@link #run} returned; {@link #OK} unless the command says otherwise. */
        int exitCode() {
            return OK;
        }

        /** What hears the data sync's progress while this command runs. */
        SyncListener syncListener() {
            return SyncListener.NONE;
        }
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

    /** {@code oxlin connect}. */
    @Command(name = "connect", description = "Connects a bank interactively (creates a user when none is given).")
    static final class ConnectCommand extends KitCommand {
        @Option(names = "--user", description = "OXLIN user id; a new user is created when omitted.")
        String user;

        @Option(names = "--email", description = "Login of the user to create (default: a generated one).")
        String email;

        @Override
        void run(Environment environment) {
            UserId id = user != null ? UserId.of(user) : environment.kit.createUser(emailOrGenerated(email));
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
}
