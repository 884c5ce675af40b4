package io.oxlinkit.testkit.contract.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oxlinkit.application.port.OxlinApiException;
import io.oxlinkit.domain.account.Account;
import io.oxlinkit.domain.account.Money;
import io.oxlinkit.domain.account.Transaction;
import io.oxlinkit.domain.account.TransactionStatus;
import io.oxlinkit.domain.account.TransactionType;
import io.oxlinkit.domain.event.Event;
import io.oxlinkit.domain.event.EventType;
import io.oxlinkit.domain.id.AccountId;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.EventId;
import io.oxlinkit.domain.provider.ChannelMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The event queue (at-least-once, per user) and the paging of accounts and transactions. */
public abstract class QueueAndPagingContract extends ApiContractSupport {

    private AccountId synchronizedAccount() {
        ConnectionId connection = listedEmbedded(BankRole.TWO_CHANNELS);
        grantAll(connection);
        awaitEvent(connection, EventType.SYNC_ALL_SUCCESS);
        return accounts(connection).get(0).id();
    }

    @Test
    void aQueueReadDeliversEachEventOnce() {
        ConnectionId connection = createEmbedded(BankRole.TWO_CHANNELS, emulator.acceptedSecret());
        List<Event> first = read();
        assertThat(first).isNotEmpty().allMatch(e -> e.header().connectionId().equals(connection));
        assertThat(read()).isEmpty();
    }

    @Test
    void aRepeatedQueueReadRepeatsTheSameEventIds() {
        createEmbedded(BankRole.TWO_CHANNELS, emulator.acceptedSecret());
        emulator.repeatNextQueueRead(user);
        List<EventId> first = read().stream().map(e -> e.header().id()).toList();
        List<EventId> again = read().stream().map(e -> e.header().id()).toList();
        assertThat(first).isNotEmpty();
        assertThat(again).containsAll(first);
    }

    @Test
    void everyEventCarriesItsConnectionsSnapshot() {
        ConnectionId connection = createEmbedded(BankRole.SMS_CHALLENGE, emulator.acceptedSecret());
        answerSms(
                connection,
                channel(BankRole.SMS_CHALLENGE, ChannelMode.EMBEDDED).id());
        awaitEvent(connection, EventType.LIST_ACCOUNTS_SUCCESS);
        assertThat(seen()).hasSizeGreaterThanOrEqualTo(3).allSatisfy(e -> {
            assertThat(e.header().snapshot())
                    .hasValueSatisfying(s -> assertThat(s.id()).isEqualTo(connection));
            assertThat(e.header().createdAt()).isBeforeOrEqualTo(emulator.now());
        });
        assertThat(seen()).extracting(e -> e.header().id()).doesNotHaveDuplicates();
    }

    @Test
    void eventsLostFromTheQueueLeaveTheSnapshotAndTheAccountListTellingTheTruth() {
        ConnectionId connection = createEmbedded(BankRole.TWO_CHANNELS, emulator.acceptedSecret());
        emulator.dropQueuedEvents(user);
        assertThat(read()).isEmpty();
        io.oxlinkit.domain.id.ChannelDefinitionId embedded =
                channel(BankRole.TWO_CHANNELS, ChannelMode.EMBEDDED).id();
        assertThat(status(connection, embedded)).isEqualTo(io.oxlinkit.domain.connection.ChannelStatus.SUCCESS);
        assertThat(accounts(connection)).isNotEmpty().allMatch(Account::isPendingConsent);
        grantAll(connection);
        emulator.dropQueuedEvents(user);
        assertThat(accounts(connection))
                .allMatch(a -> a.status() == io.oxlinkit.domain.account.AccountStatus.ACTIVE)
                .allSatisfy(
                        a -> assertThat(api.transactions(user, a.id(), 1, 10)).isNotEmpty());
    }

    @Test
    void anotherUsersQueueIsNotFound() {
        assertThatThrownBy(() -> api.poll(emulator.newUser(), queue)).isInstanceOf(OxlinApiException.NotFound.class);
    }

    @Test
    void everyAccountOfAConnectionIsListedOnce() {
        ConnectionId connection = listedEmbedded(BankRole.CHANGING_HISTORY);
        List<Account> accounts = accounts(connection);
        assertThat(accounts)
                .hasSizeGreaterThanOrEqualTo(2)
                .extracting(Account::id)
                .doesNotHaveDuplicates();
        assertThat(accounts).allMatch(a -> a.connectionId().equals(connection));
    }

    @Test
    void transactionsComeNewestFirstInPagesWithAShortLastPage() {
        AccountId account = synchronizedAccount();
        emulator.seedTransactions(account, 25);
        List<Transaction> all = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            List<Transaction> one = api.transactions(user, account, page, 10);
            assertThat(one).as("page " + page).hasSize(page < 3 ? 10 : 5);
            all.addAll(one);
        }
        assertThat(all).extracting(Transaction::id).doesNotHaveDuplicates();
        assertThat(all).allMatch(t -> t.accountId().equals(account));
        for (int i = 1; i < all.size(); i++) {
            assertThat(all.get(i).date())
                    .as("entry " + i)
                    .isBeforeOrEqualTo(all.get(i - 1).date());
        }
    }

    @Test
    void aPagePastTheEndIsEmpty() {
        AccountId account = synchronizedAccount();
        emulator.seedTransactions(account, 20);
        assertThat(api.transactions(user, account, 2, 10)).hasSize(10);
        assertThat(api.transactions(user, account, 3, 10)).isEmpty();
        assertThat(api.transactions(user, account, 50, 10)).isEmpty();
    }

    @Test
    void anotherUsersAccountIsNotFound() {
        AccountId account = synchronizedAccount();
        assertThatThrownBy(() -> api.transactions(emulator.newUser(), account, 1, 10))
                .isInstanceOf(OxlinApiException.NotFound.class);
    }

    @Test
    void theDataLooksLikeABanksSignedAmountsAFewPendingAtTheTopAndABalancePerAccount() {
        ConnectionId connection = listedEmbedded(BankRole.TWO_CHANNELS);
        grantAll(connection);
        awaitEvent(connection, EventType.SYNC_ALL_SUCCESS);
        List<Account> accounts = accounts(connection);
        assertThat(accounts)
                .hasSizeGreaterThanOrEqualTo(2)
                .allMatch(a -> a.balance().isPresent());
        assertThat(accounts.stream()
                        .map(a -> a.balance().map(Money::amount).orElseThrow())
                        .distinct()
                        .count())
                .isEqualTo(accounts.size());
        List<Transaction> history = history(accounts.get(0).id());
        assertThat(history)
                .anyMatch(t -> t.status() == TransactionStatus.PENDING)
                .anyMatch(t -> t.status() == TransactionStatus.BOOKED);
        int lastPending = -1;
        int firstBooked = Integer.MAX_VALUE;
        for (int i = 0; i < history.size(); i++) {
            if (history.get(i).status() == TransactionStatus.PENDING) {
                lastPending = i;
            } else {
                firstBooked = Math.min(firstBooked, i);
            }
        }
        assertThat(lastPending).as("pending entries come before booked ones").isLessThan(firstBooked);
        assertThat(history)
                .filteredOn(t -> t.type() == TransactionType.DEBIT)
                .allMatch(t -> t.amount().amount().signum() < 0);
        assertThat(history)
                .filteredOn(t -> t.type() == TransactionType.CREDIT)
                .allMatch(t -> t.amount().amount().signum() > 0);
        assertThat(history)
                .anyMatch(t -> t.amount().amount().signum() < 0)
                .anyMatch(t -> t.amount().amount().signum() > 0);
        assertThat(history).allMatch(t -> Optional.of(accounts.get(0).id()).equals(Optional.of(t.accountId())));
    }
}
