package io.oxlinkit.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.oxlinkit.application.port.SubscriptionStore;
import io.oxlinkit.domain.id.QueueId;
import io.oxlinkit.domain.id.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract of every {@link SubscriptionStore}. */
public abstract class SubscriptionStoreContract {

    private SubscriptionStore store;

    /** A store to test. */
    protected abstract SubscriptionStore createStore();

    @BeforeEach
    void setUpStore() {
        store = createStore();
    }

    @Test
    void aUserWithoutQueueHasNone() {
        assertThat(store.queue(UserId.of(ContractIds.fresh("u")))).isEmpty();
    }

    @Test
    void theSavedQueueIsFoundAndReplaced() {
        UserId user = UserId.of(ContractIds.fresh("u"));
        store.save(user, QueueId.of("q1"));
        store.save(user, QueueId.of("q2"));
        assertThat(store.queue(user)).contains(QueueId.of("q2"));
    }

    @Test
    void everySubscribedUserIsListed() {
        UserId first = UserId.of(ContractIds.fresh("u"));
        UserId second = UserId.of(ContractIds.fresh("u"));
        store.save(first, QueueId.of("q1"));
        store.save(second, QueueId.of("q2"));
        store.save(first, QueueId.of("q3"));
        org.assertj.core.api.Assertions.assertThat(store.users())
                .contains(first, second)
                .doesNotHaveDuplicates();
    }
}
