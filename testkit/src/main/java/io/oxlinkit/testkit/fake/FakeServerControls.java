package io.oxlinkit.testkit.fake;

import io.oxlinkit.domain.connection.ChannelStatus;
import io.oxlinkit.domain.id.AccountId;
import io.oxlinkit.domain.id.ChannelDefinitionId;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.UserId;
import java.util.Optional;

/**
 * The fake's server-side hooks (test seams): what only OXLIN can make happen. Obtained from
 * {@link FakeOxlinApi#server()}; every method runs under the fake's lock.
 */
public final class FakeServerControls {

    private final Object lock;
    private final FakeConnections connections;
    private final FakeLedger ledger;
    private final FakeTokens tokens;
    private final FakeQueues queues;
    private final FakeFaultPlan faults;
    private final FakeDirectory directory;

    FakeServerControls(
            Object lock,
            FakeConnections connections,
            FakeLedger ledger,
            FakeTokens tokens,
            FakeQueues queues,
            FakeFaultPlan faults,
            FakeDirectory directory) {
        this.lock = lock;
        this.connections = connections;
        this.ledger = ledger;
        this.tokens = tokens;
        this.queues = queues;
        this.faults = faults;
        this.directory = directory;
    }

    /** OXLIN revokes the user's keys now: values sealed to them are refused with 422 {@code key_revoked}. */
    public void revokeKeys(UserId user) {
        synchronized (lock) {
            directory.revokeKeys(user);
        }
    }

    /** The next job (LIST_ACCOUNTS or SYNC_ALL) on that channel ends with {@code status}, once. */
    public void failNextJob(ConnectionId id, ChannelDefinitionId channel, ChannelStatus status) {
        synchronized (lock) {
            connections.existing(id).channel(channel).nextJobFailure = Optional.of(status);
        }
    }

    /** The next job on that channel asks the guide's SMS challenge (code {@link GuideChallenges#CODE}), once. */
    public void askSmsOnNextJob(ConnectionId id, ChannelDefinitionId channel) {
        synchronized (lock) {
            connections.existing(id).channel(channel).smsOnNextJob = true;
        }
    }

    /** The account serves exactly {@code count} plain entries from now on. */
    public void seedTransactions(AccountId account, int count) {
        synchronized (lock) {
            ledger.seed(account, count);
        }
    }

    /** Every token issued so far expires now: each user's next call counts a new grant. */
    public void expireTokens() {
        synchronized (lock) {
            tokens.expireAll();
        }
    }

    /** The user's next queue read delivers its events and keeps them, so the read after repeats them. */
    public void repeatNextRead(UserId user) {
        synchronized (lock) {
            queues.repeatNextRead(user);
        }
    }

    /**
     * The user's next queue read is served (its events leave the queue) but its answer is cut on the way: the
     * caller gets a decoding error, as from a truncated body.
     */
    public void loseNextQueueAnswer(UserId user) {
        synchronized (lock) {
            queues.loseNextAnswer(user);
        }
    }

    /** The user's waiting events are lost, as when a queue keeps them only for a while. */
    public void dropQueuedEvents(UserId user) {
        synchronized (lock) {
            queues.drop(user);
        }
    }

    /** Every call answers this 5xx status until {@link #recover()}. */
    public void breakServer(int status) {
        synchronized (lock) {
            faults.breakServer(status);
        }
    }

    /** Ends {@link #breakServer(int)}. */
    public void recover() {
        synchronized (lock) {
            faults.recover();
        }
    }

    /** Queues again every event already delivered to the user (at-least-once delivery). */
    public void redeliverAll(UserId user) {
        synchronized (lock) {
            queues.redeliverAll(user);
        }
    }

    /** Reverses the order of the user's waiting events (out-of-order delivery). */
    public void reverseWaitingEvents(UserId user) {
        synchronized (lock) {
            queues.reverseWaiting(user);
        }
    }
}
