package io.oxlinkit.testkit.contract.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.oxlinkit.domain.account.Account;
import io.oxlinkit.domain.account.AccountStatus;
import io.oxlinkit.domain.account.Transaction;
import io.oxlinkit.domain.account.TransactionStatus;
import io.oxlinkit.domain.event.EventType;
import io.oxlinkit.domain.id.AccountId;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.TransactionId;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A history that changes between two reads, as a bank's does: pending entries booked (same id or a new
 * one), labels corrected, pending entries gone, old entries imported late, an account closed.
 */
public abstract class ChangingHistoryContract extends ApiContractSupport {

    private ConnectionId connection;
    private Instant firstRead;
    private final Map<AccountId, List<Transaction>> before = new LinkedHashMap<>();
    private final Map<AccountId, List<Transaction>> after = new LinkedHashMap<>();

    @BeforeEach
    void readTheHistoryTwiceThreeDaysApart() {
        connection = listedEmbedded(BankRole.CHANGING_HISTORY);
        grantAll(connection);
        awaitEvent(connection, EventType.SYNC_ALL_SUCCESS);
        firstRead = emulator.now();
        accounts(connection).forEach(a -> before.put(a.id(), history(a.id(), 7)));
        emulator.advance(Duration.ofDays(3));
        emulator.runScheduledSync(connection);
        awaitEvent(connection, EventType.SYNC_ALL_SUCCESS);
        before.keySet().forEach(id -> after.put(id, history(id, 7)));
    }

    private static Map<TransactionId, Transaction> byId(List<Transaction> transactions) {
        return transactions.stream()
                .collect(Collectors.toMap(Transaction::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    private boolean anyAccount(
            java.util.function.BiPredicate<Map<TransactionId, Transaction>, Map<TransactionId, Transaction>> change) {
        return before.keySet().stream().anyMatch(id -> change.test(byId(before.get(id)), byId(after.get(id))));
    }

    @Test
    void theFirstReadShowsPendingEntriesAtTheTop() {
        assertThat(before.values()).anySatisfy(history -> {
            assertThat(history).isNotEmpty();
            assertThat(history.get(0).status()).isEqualTo(TransactionStatus.PENDING);
        });
    }

    @Test
    void aPendingEntryTurnsBookedKeepingItsId() {
        assertThat(anyAccount((old, now) -> old.values().stream()
                        .anyMatch(t -> t.status() == TransactionStatus.PENDING
                                && now.containsKey(t.id())
                                && now.get(t.id()).status() == TransactionStatus.BOOKED
                                && now.get(t.id()).amount().equals(t.amount()))))
                .isTrue();
    }

    @Test
    void aPendingEntryIsReplacedByABookedEntryWithANewId() {
        assertThat(anyAccount((old, now) -> old.values().stream()
                        .anyMatch(t -> t.status() == TransactionStatus.PENDING
                                && !now.containsKey(t.id())
                                && now.values().stream()
                                        .anyMatch(n -> !old.containsKey(n.id())
                                                && n.status() == TransactionStatus.BOOKED
                                                && n.amount().equals(t.amount())
                                                && n.label().equals(t.label())))))
                .isTrue();
    }

    @Test
    void aPendingEntryVanishesWithoutReplacement() {
        assertThat(anyAccount((old, now) -> old.values().stream()
                        .anyMatch(t -> t.status() == TransactionStatus.PENDING
                                && !now.containsKey(t.id())
                                && now.values().stream()
                                        .noneMatch(n -> !old.containsKey(n.id())
                                                && n.amount().equals(t.amount())))))
                .isTrue();
    }

    @Test
    void aBookedEntrysLabelIsCorrectedUnderTheSameId() {
        assertThat(anyAccount((old, now) -> old.values().stream()
                        .anyMatch(t -> t.status() == TransactionStatus.BOOKED
                                && now.containsKey(t.id())
                                && !now.get(t.id()).label().equals(t.label())
                                && now.get(t.id()).amount().equals(t.amount()))))
                .isTrue();
    }

    @Test
    void anOldEntryIsImportedLate() {
        assertThat(anyAccount((old, now) -> {
                    Instant newestBooked = old.values().stream()
                            .filter(t -> t.status() == TransactionStatus.BOOKED)
                            .map(Transaction::date)
                            .max(Instant::compareTo)
                            .orElse(Instant.MIN);
                    return now.values().stream()
                            .anyMatch(n -> !old.containsKey(n.id())
                                    && n.date().isBefore(newestBooked)
                                    && n.importDate()
                                            .filter(d -> d.isAfter(firstRead))
                                            .isPresent());
                }))
                .isTrue();
    }

    @Test
    void anAccountCloses() {
        assertThat(accounts(connection)).extracting(Account::status).contains(AccountStatus.CLOSED);
        assertThat(accounts(connection)).extracting(Account::status).contains(AccountStatus.ACTIVE);
    }

    @Test
    void theChangedHistoryStaysNewestFirstWithUniqueIds() {
        after.values().forEach(history -> {
            assertThat(history).extracting(Transaction::id).doesNotHaveDuplicates();
            for (int i = 1; i < history.size(); i++) {
                assertThat(history.get(i).date())
                        .isBeforeOrEqualTo(history.get(i - 1).date());
            }
        });
    }
}
