package io.oxlinkit.cli;

import io.oxlinkit.application.SyncListener;
import io.oxlinkit.application.SyncProgress;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The progress of {@code oxlin sync} on stderr: on a terminal, one bar redrawn in place (accounts, pages, transactions,
 * rate); elsewhere (a pipe, a log, a test) a plain line every {@code linesEvery} pages and at the end.
 */
final class SyncProgressView implements SyncListener {

    private static final int BAR = 24;

    private final PrintStream err;
    private final boolean terminal;
    private final int linesEvery;
    private final Clock clock;
    private final Instant started;

    SyncProgressView(PrintStream err, boolean terminal, int linesEvery, Clock clock) {
        this.err = err;
        this.terminal = terminal;
        this.linesEvery = Math.max(1, linesEvery);
        this.clock = clock;
        this.started = clock.instant();
    }

    @Override
    public void onProgress(SyncProgress progress) {
        String counts = "accounts " + progress.accountsDone() + "/" + progress.accountsTotal() + ", "
                + progress.pagesFetched() + " page(s), " + progress.newTransactions() + " new transaction(s), "
                + rate(progress.newTransactions()) + " tx/s";
        if (terminal) {
            err.print("\r" + bar(progress) + " " + counts + (progress.finished() ? System.lineSeparator() : ""));
            err.flush();
        } else if (progress.finished() || progress.pagesFetched() % linesEvery == 0) {
            err.println("sync: " + counts + (progress.finished() ? " (done)" : ""));
        }
    }

    private long rate(int transactions) {
        long millis = Math.max(1, Duration.between(started, clock.instant()).toMillis());
        return transactions * 1000L / millis;
    }

    private static String bar(SyncProgress progress) {
        int filled = progress.finished() || progress.accountsTotal() == 0
                ? BAR
                : progress.accountsDone() * BAR / progress.accountsTotal();
        return "[" + "#".repeat(filled) + ".".repeat(BAR - filled) + "]";
    }
}
