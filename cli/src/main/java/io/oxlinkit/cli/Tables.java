package io.oxlinkit.cli;

import io.oxlinkit.domain.account.Account;
import io.oxlinkit.domain.account.Transaction;
import java.io.PrintStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Plain-text tables for accounts and transactions. */
final class Tables {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private Tables() {
    }

    static void accounts(PrintStream out, List<Account> accounts, String indent) {
        out.printf("%s%-14s %-18s %-12s %-16s %14s%n", indent, "ACCOUNT", "NAME", "TYPE", "STATUS", "BALANCE");
        for (Account account : accounts) {
            out.printf("%s%-14s %-18s %-12s %-16s %14s%n", indent, cut(account.id().value(), 14), cut(account.displayName(), 18),
                    account.type(), account.status(), account.balance().map(Object::toString).orElse("-"));
        }
    }

    static void transactions(PrintStream out, List<Transaction> transactions, String indent) {
        out.printf("%s%-16s %-28s %14s%n", indent, "DATE (UTC)", "LABEL", "AMOUNT");
        for (Transaction transaction : transactions) {
            out.printf("%s%-16s %-28s %14s%n", indent, DAY.format(transaction.date()), cut(transaction.label(), 28), transaction.amount());
        }
    }

    static void changes(PrintStream out, List<io.oxlinkit.application.port.ChangeFeed.Entry> entries) {
        if (entries.isEmpty()) {
            out.println("No change.");
            return;
        }
        out.printf("%-10s %-9s %-16s %-28s %14s%n", "POSITION", "CHANGE", "DATE (UTC)", "LABEL", "AMOUNT");
        for (io.oxlinkit.application.port.ChangeFeed.Entry entry : entries) {
            Transaction t = entry.transaction();
            out.printf("%-10d %-9s %-16s %-28s %14s%n", entry.position(), entry.kind(), DAY.format(t.date()), cut(t.label(), 28), t.amount());
        }
    }

    private static String cut(String text, int width) {
        String clean = text.replaceAll("\\p{Cntrl}", " ");
        return clean.length() <= width ? clean : clean.substring(0, width - 1) + "…";
    }
}
