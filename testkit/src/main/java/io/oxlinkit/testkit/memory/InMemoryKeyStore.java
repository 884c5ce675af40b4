package io.oxlinkit.testkit.memory;

import io.oxlinkit.application.port.KeyStore;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.domain.key.EncryptionKey;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Thread-safe in-memory {@link KeyStore}. */
public final class InMemoryKeyStore implements KeyStore {

    private final Map<UserId, EncryptionKey> keys = new ConcurrentHashMap<>();

    @Override
    public Optional<EncryptionKey> current(UserId user) {
        return Optional.ofNullable(keys.get(user));
    }

    @Override
    public void save(UserId user, EncryptionKey key) {
        keys.put(user, key);
    }

    @Override
    public void erase(UserId user) {
        keys.remove(user);
    }
}
