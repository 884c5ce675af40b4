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
 * What one account's read covered in a sync: the dates of the pages read (newest first, so from the first
 * page read down to the oldest entry served) and the PENDING entries served, so that a stored PENDING entry
 * dated inside and not served again is known to have vanished. Only PENDING ids are kept: memory stays flat
 * whatever the history's length (a stored pending entry served again under another status is already
 * updated by the page's upsert).
 */
final class ReadWindow {

    private static final TransactionStore.DateWindow NOTHING =
            new TransactionStore.DateWindow(Optional.of(Instant.MAX), Optional.of(Instant.MIN));

    private final boolean fromTheTop;
    private final Set<TransactionId> servedPending = new HashSet<>();
    private Optional<Instant> oldest = Optional.empty();
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
            if (oldest.isEmpty() || transaction.date().isBefore(oldest.get())) {
                oldest = Optional.of(transaction.date());
            }
            if (newest.isEmpty() || transaction.date().isAfter(newest.get())) {
                newest = Optional.of(transaction.date());
            }
        }
    }

    /**
     * The dates the read covered: from above the oldest entry served (everything when the read reached the
     * end of the history) up to the newest served (everything when it started at the first page). A read
     * that served nothing covered nothing, unless it started at the top and the account is empty.
     */
    TransactionStore.DateWindow window(boolean reachedTheEnd) {
        if (oldest.isEmpty() && !(fromTheTop && reachedTheEnd)) {
            // nothing served: a read that resumed past the last page (a history of whole pages) or stopped early
            // covered no date, so no stored pending entry is known to have vanished
            return NOTHING;
        }
        Optional<Instant> after = reachedTheEnd ? Optional.empty() : oldest;
        Optional<Instant> upTo = fromTheTop ? Optional.empty() : newest;
        return new TransactionStore.DateWindow(after, upTo);
    }

    Set<TransactionId> servedPending() {
        return Set.copyOf(servedPending);
    }
}
