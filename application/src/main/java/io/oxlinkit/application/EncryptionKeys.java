package io.oxlinkit.application;

import io.oxlinkit.application.port.KeyStore;
import io.oxlinkit.application.port.KeysApi;
import io.oxlinkit.application.port.WorkLeases;
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
    private final WorkLeases leases;
    private final String worker;
    /** Keys OXLIN refused although their dates said usable: never given again by this instance. */
    private final java.util.Set<KeyId> setAside = ConcurrentHashMap.newKeySet();

    /** How long one attempt keeps the creation of a user's key to itself, across instances. */
    static final Duration CREATION_LEASE = Duration.ofSeconds(30);

    private static final int WAITS = 50;
    private static final Duration WAIT = Duration.ofMillis(100);

    EncryptionKeys(KeysApi api, KeyStore store, Clock clock, WorkLeases leases, String worker) {
        this.api = Objects.requireNonNull(api, "api must not be null");
        this.store = Objects.requireNonNull(store, "store must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
        this.leases = Objects.requireNonNull(leases, "leases must not be null");
        this.worker = Objects.requireNonNull(worker, "worker must not be null");
    }

    /**
     * The stored key when usable, else a new one created through the API and stored. Threads of one
     * instance asking for the same user's key at once create one key (the others read it); across
     * instances a {@code key:} lease does the same, the others waiting (up to 5 s) for the key it stores.
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
            String holder = ClaimTokens.next(worker);
            String resource = LeaseResources.key(user);
            for (int round = 0;
                    round < WAITS && !leases.tryAcquire(resource, holder, clock.instant(), CREATION_LEASE);
                    round++) {
                Optional<EncryptionKey> another = usable(user);
                if (another.isPresent()) {
                    return another.get();
                }
                pause();
            }
            try {
                Optional<EncryptionKey> meanwhile = usable(user);
                if (meanwhile.isPresent()) {
                    return meanwhile.get();
                }
                KeyId id = api.createKey(user);
                EncryptionKey key = api.key(user, id);
                store.save(user, key);
                return key;
            } finally {
                leases.release(resource, holder);
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(WAIT.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while another instance created the user's key", interrupted);
        }
    }

    /** OXLIN refused this key of the user (expired by its clock, revoked): the next {@link #validKey} creates another. */
    public void setAside(UserId user, KeyId key) {
        Objects.requireNonNull(user, "user must not be null");
        setAside.add(Objects.requireNonNull(key, "key must not be null"));
    }

    private Optional<EncryptionKey> usable(UserId user) {
        return store.current(user).filter(k -> k.isUsableAt(clock.instant(), MARGIN) && !setAside.contains(k.id()));
    }
}
