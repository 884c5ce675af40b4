package io.oxlinkit.application;

import io.oxlinkit.application.port.TransactionStore;
import io.oxlinkit.domain.account.Transaction;
import io.oxlinkit.domain.account.TransactionStatus;
import io.oxlinkit.domain.id.TransactionId;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a full read of one account covered: the dates of the pages read (newest first, so from the first
 * page read down to the end of the history) and the PENDING entries served, so that a stored PENDING entry
 * dated inside and not served again is known to have vanished. Only PENDING ids are kept: memory stays flat
 * whatever the history's length (a stored pending entry served again under another status is already
 * updated by the page's upsert).
 */
final class ReadWindow {

    private static final TransactionStore.DateWindow NOTHING =
            new TransactionStore.DateWindow(Optional.of(Instant.MAX), Optional.of(Instant.MIN));

    private final boolean fromTheTop;
    private final Set<TransactionId> servedPending = new HashSet<>();
    private Optional<Instant> newest = Optional.empty();

    /** @param fromTheTop whether the read started at the first page (the newest entries) */
    ReadWindow(boolean fromTheTop) {
        this.fromTheTop = fromTheTop;
    }

    void saw(List<Transaction> page) {
        for (Transaction transaction : page) {
            if (transaction.status() == TransactionStatus.PENDING) {
                servedPending.add(transaction.id());
            }
            if (newest.isEmpty() || transaction.date().isAfter(newest.get())) {
                newest = Optional.of(transaction.date());
            }
        }
    }

    /**
     * The dates the read covered once it reached the end of the history: everything when it started at the
     * first page, else up to the newest entry served. A read resumed past the last page (a history of whole
     * pages) served nothing and covered nothing.
     */
    TransactionStore.DateWindow window() {
        if (fromTheTop) {
            return new TransactionStore.DateWindow(Optional.empty(), Optional.empty());
        }
        return newest.map(upTo -> new TransactionStore.DateWindow(Optional.empty(), Optional.of(upTo)))
                .orElse(NOTHING);
    }

    Set<TransactionId> servedPending() {
        return Set.copyOf(servedPending);
    }
}
