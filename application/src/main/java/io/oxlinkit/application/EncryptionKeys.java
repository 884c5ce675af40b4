package io.oxlinkit.application;

import io.oxlinkit.application.port.KeyStore;
import io.oxlinkit.application.port.KeysApi;
import io.oxlinkit.domain.id.KeyId;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.domain.key.EncryptionKey;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Gives a user's PGP key that will still be valid when a request reaches OXLIN, creating one when needed. */
public final class EncryptionKeys {

    /** A key must outlive now by this margin to be used. */
    public static final Duration MARGIN = Duration.ofMinutes(5);

    private final KeysApi api;
    private final KeyStore store;
    private final Clock clock;
    private final ConcurrentHashMap<UserId, Object> locks = new ConcurrentHashMap<>();

    public EncryptionKeys(KeysApi api, KeyStore store, Clock clock) {
        this.api = Objects.requireNonNull(api, "api must not be null");
        this.store = Objects.requireNonNull(store, "store must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
    }

    /**
     * The stored key when usable, else a new one created through the API and stored. Threads of one
     * instance asking for the same user's key at once create one key (the others read it).
     */
    public EncryptionKey validKey(UserId user) {
        Optional<EncryptionKey> current = usable(user);
        if (current.isPresent()) {
            return current.get();
        }
        synchronized (locks.computeIfAbsent(user, u -> new Object())) {
            Optional<EncryptionKey> created = usable(user);
            if (created.isPresent()) {
                return created.get();
            }
            KeyId id = api.createKey(user);
            EncryptionKey key = api.key(user, id);
            store.save(user, key);
            return key;
        }
    }

    private Optional<EncryptionKey> usable(UserId user) {
        return store.current(user).filter(k -> k.isUsableAt(clock.instant(), MARGIN));
    }
}
