package io.oxlinkit.cli;

import io.oxlinkit.application.HealthItem;
import io.oxlinkit.application.SyncListener;
import io.oxlinkit.application.SyncReport;
import io.oxlinkit.application.port.ChangeFeed;
import io.oxlinkit.domain.account.Account;
import io.oxlinkit.domain.account.Transaction;
import io.oxlinkit.domain.id.AccountId;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.domain.provider.Provider;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The commands that create users and read or copy data: each prints a table, or JSON with {@code --json}. */
final class DataCommands {

    /** Without {@code --user}, banks are listed as this user of the CLI's own, created once. */
    static final String CLI_USER_REFERENCE = "oxlin-cli";

    private DataCommands() {}

    /** {@code oxlin create-user}. */
    @Command(name = "create-user", description = "Creates an OXLIN user and prints its id.")
    static final class CreateUserCommand extends Oxlin.KitCommand {
        @Option(
                names = "--reference",
                description =
                        "Your key for the customer: the same reference gives the same user, however often it is run.")
        String reference;

        @Option(names = "--email", description = "Login of the user (default: a generated one).")
        String email;

        @Option(names = "--json", description = "Prints {\"user_id\": ...} instead of the id alone.")
        boolean json;

        @Override
        void run(Environment environment) {
            UserId user = reference != null
                    ? (email != null
                            ? environment.kit.findOrCreateUser(reference, email)
                            : environment.kit.findOrCreateUser(reference))
                    : environment.kit.createUser(Oxlin.emailOrGenerated(email));
            if (json) {
                JsonOutput.print(parent.out, Map.of("user_id", user.toString()));
            } else {
                parent.out.println(user);
            }
        }
    }

    /** {@code oxlin providers}. */
    @Command(name = "providers", description = "Lists the banks users can connect to.")
    static final class ProvidersCommand extends Oxlin.KitCommand {
        @Option(
                names = "--user",
                description = "OXLIN user id; without it the banks are listed as the CLI's own user, created once.")
        String user;

        @Option(names = "--json", description = "Prints a JSON array.")
        boolean json;

        @Override
        void run(Environment environment) {
            UserId as = user != null ? UserId.of(user) : environment.kit.findOrCreateUser(CLI_USER_REFERENCE);
            List<Provider> providers = environment.kit.providers(as);
            if (json) {
                JsonOutput.print(parent.out, JsonOutput.providers(providers));
                return;
            }
            for (Provider provider : providers) {
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

    /** {@code oxlin sync}. */
    @Command(
            name = "sync",
            description =
                    "Copies a connection's accounts and transactions into the database (resumes where it stopped); progress on stderr.")
    static final class SyncCommand extends Oxlin.KitCommand {
        @Parameters(paramLabel = "CONNECTION", description = "Connection id.")
        String connection;

        @Option(names = "--json", description = "Prints the report as JSON.")
        boolean json;

        @Option(
                names = "--progress-every",
                defaultValue = "20",
                description = "Off a terminal, a progress line every this many pages (default 20).")
        int progressEvery;

        @Override
        SyncListener syncListener() {
            return new SyncProgressView(parent.err, parent.errIsTerminal(), progressEvery, Clock.systemUTC());
        }

        @Override
        void run(Environment environment) {
            SyncReport report = environment.kit.synchronize(ConnectionId.of(connection));
            if (json) {
                Map<String, Object> document = new LinkedHashMap<>();
                document.put("skipped", report.skipped());
                document.put("accounts", report.accounts());
                document.put("pages", report.pagesFetched());
                document.put("new_transactions", report.newTransactions());
                JsonOutput.print(parent.out, document);
                return;
            }
            parent.out.println(
                    report.skipped()
                            ? "Another instance is synchronizing this connection."
                            : report.accounts() + " account(s), " + report.pagesFetched() + " page(s), "
                                    + report.newTransactions() + " new transaction(s).");
        }
    }

    /** {@code oxlin health}. */
    @Command(
            name = "health",
            description = "Lists every stored channel that needs its user; exits 3 when one urgently does.")
    static final class HealthCommand extends Oxlin.KitCommand {
        @Option(names = "--refresh", description = "Read each connection from the API first.")
        boolean refresh;

        @Option(names = "--json", description = "Prints a JSON array.")
        boolean json;

        private int code = Oxlin.OK;

        @Override
        void run(Environment environment) {
            List<HealthItem> items = refresh ? environment.kit.refreshHealth() : environment.kit.checkHealth();
            code = items.stream().anyMatch(HealthItem::urgent) ? Oxlin.NEEDS_USER : Oxlin.OK;
            if (json) {
                JsonOutput.print(parent.out, JsonOutput.health(items));
                return;
            }
            if (items.isEmpty()) {
                parent.out.println("Every channel is healthy.");
            }
            for (HealthItem item : items) {
                parent.out.printf(
                        "user %s connection %s: %s%s%n",
                        item.userId(), item.issue().connectionId(), item.step(), item.urgent() ? "" : " (optional)");
            }
        }

        @Override
        int exitCode() {
            return code;
        }
    }

    /** {@code oxlin accounts}. */
    @Command(name = "accounts", description = "Shows a connection's stored accounts.")
    static final class AccountsCommand extends Oxlin.KitCommand {
        @Parameters(paramLabel = "CONNECTION", description = "Connection id.")
        String connection;

        @Option(names = "--json", description = "Prints a JSON array (amounts as decimal strings).")
        boolean json;

        @Override
        void run(Environment environment) {
            List<Account> accounts = environment.kit.accounts(ConnectionId.of(connection));
            if (json) {
                JsonOutput.print(parent.out, JsonOutput.accounts(accounts));
            } else {
                Tables.accounts(parent.out, accounts, "");
            }
        }
    }

    /** {@code oxlin transactions}. */
    @Command(name = "transactions", description = "Shows an account's stored transactions, newest first.")
    static final class TransactionsCommand extends Oxlin.KitCommand {
        @Parameters(paramLabel = "ACCOUNT", description = "Account id.")
        String account;

        @Option(names = "--limit", defaultValue = "20", description = "How many (default 20).")
        int limit;

        @Option(names = "--json", description = "Prints a JSON array (amounts as decimal strings).")
        boolean json;

        @Override
        void run(Environment environment) {
            List<Transaction> transactions = environment.kit.transactions(AccountId.of(account), 0, limit);
            if (json) {
                JsonOutput.print(parent.out, JsonOutput.transactions(transactions));
            } else {
                Tables.transactions(parent.out, transactions, "");
            }
        }
    }

    /** {@code oxlin changes}. */
    @Command(
            name = "changes",
            description =
                    "Prints the ledger's changes (transactions added or modified) since this consumer's last call, and acknowledges them.")
    static final class ChangesCommand extends Oxlin.KitCommand {
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
                ChangeFeed.Page page;
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
