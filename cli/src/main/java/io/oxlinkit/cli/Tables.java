package io.oxlinkit.cli;

import io.oxlinkit.domain.account.Account;
import io.oxlinkit.domain.account.Transaction;
import java.io.PrintStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Plain-text tables for accounts and transactions. */
final class Tables {

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private Tables() {}

    static void accounts(PrintStream out, List<Account> accounts, String indent) {
        out.printf("%s%-14s %-18s %-12s %-16s %14s%n", indent, "ACCOUNT", "NAME", "TYPE", "STATUS", "BALANCE");
        for (Account account : accounts) {
            out.printf(
                    "%s%-14s %-18s %-12s %-16s %14s%n",
                    indent,
                    cut(account.id().value(), 14),
                    cut(account.displayName(), 18),
                    account.type(),
                    account.status(),
                    account.balance().map(Object::toString).orElse("-"));
        }
    }

    static void transactions(PrintStream out, List<Transaction> transactions, String indent) {
        out.printf("%s%-16s %-28s %14s%n", indent, "DATE (UTC)", "LABEL", "AMOUNT");
        for (Transaction transaction : transactions) {
            out.printf(
                    "%s%-16s %-28s %14s%n",
                    indent, DAY.format(transaction.date()), cut(transaction.label(), 28), transaction.amount());
        }
    }

    static void changes(PrintStream out, List<io.oxlinkit.application.port.ChangeFeed.Entry> entries) {
        if (entries.isEmpty()) {
            out.println("No change.");
            return;
        }
        out.printf("%-10s %-15s %-16s %-28s %14s%n", "POSITION", "CHANGE", "DATE (UTC)", "LABEL", "AMOUNT");
        for (io.oxlinkit.application.port.ChangeFeed.Entry entry : entries) {
            if (entry instanceof io.oxlinkit.application.port.ChangeFeed.TransactionChange change) {
                Transaction t = change.transaction();
                out.printf(
                        "%-10d %-15s %-16s %-28s %14s%n",
                        change.position(), change.kind(), DAY.format(t.date()), cut(t.label(), 28), t.amount());
            } else if (entry instanceof io.oxlinkit.application.port.ChangeFeed.AccountChange change) {
                var account = change.account();
                out.printf(
                        "%-10d %-15s %-16s %-28s %14s%n",
                        change.position(),
                        "ACCOUNT " + change.kind(),
                        account.balanceDate().map(DAY::format).orElse(""),
                        cut(
                                "account " + account.id().value()
                                        + account.name().map(n -> " " + n).orElse(""),
                                28),
                        account.balance().map(Object::toString).orElse(""));
            }
        }
    }

    private static String cut(String text, int width) {
        String clean = CleanPrintStream.clean(text.replace('\n', ' ').replace('\t', ' '));
        return clean.length() <= width ? clean : clean.substring(0, width - 1) + "…";
    }
}
