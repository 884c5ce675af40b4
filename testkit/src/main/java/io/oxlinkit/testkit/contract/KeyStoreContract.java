package io.oxlinkit.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.oxlinkit.application.port.KeyStore;
import io.oxlinkit.domain.id.KeyId;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.domain.key.EncryptionKey;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract of every {@link KeyStore}. */
public abstract class KeyStoreContract {

    private KeyStore store;

    /** A store to test. */
    protected abstract KeyStore createStore();

    @BeforeEach
    void setUpStore() {
        store = createStore();
    }

    private static EncryptionKey key(String id, Instant expiration) {
        return new EncryptionKey(
                KeyId.of(id),
                "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nabc\n-----END PGP PUBLIC KEY BLOCK-----\n",
                expiration);
    }

    @Test
    void aUserWithoutKeyHasNone() {
        assertThat(store.current(UserId.of(ContractIds.fresh("u")))).isEmpty();
    }

    @Test
    void theNewestSavedKeyIsCurrent() {
        UserId user = UserId.of(ContractIds.fresh("u"));
        store.save(user, key(ContractIds.fresh("k"), Instant.parse("2026-01-01T00:00:00Z")));
        EncryptionKey newer = key(ContractIds.fresh("k"), Instant.parse("2026-02-01T00:00:00Z"));
        store.save(user, newer);
        assertThat(store.current(user)).contains(newer);
    }

    @Test
    void keysAreKeptPerUser() {
        UserId one = UserId.of(ContractIds.fresh("u"));
        UserId two = UserId.of(ContractIds.fresh("u"));
        EncryptionKey key = key(ContractIds.fresh("k"), Instant.parse("2026-01-01T00:00:00Z"));
        store.save(one, key);
        assertThat(store.current(two)).isEmpty();
    }
}
