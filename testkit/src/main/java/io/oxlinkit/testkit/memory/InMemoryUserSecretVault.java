package io.oxlinkit.testkit.memory;

import io.oxlinkit.application.port.UserSecretVault;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.domain.secret.SecretValue;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Thread-safe in-memory {@link UserSecretVault} for tests. It keeps secrets as wipeable values in the
 * heap of the test JVM only; a production host uses a sealed store or its KMS.
 */
public final class InMemoryUserSecretVault implements UserSecretVault {

    private record Slot(UserId user, Kind kind) {}

    private final Map<Slot, SecretValue> secrets = new ConcurrentHashMap<>();

    @Override
    public synchronized void store(UserId user, Kind kind, SecretValue value) {
        char[] copy = value.copyChars();
        SecretValue previous = secrets.put(new Slot(user, kind), SecretValue.of(copy));
        Arrays.fill(copy, '\0');
        if (previous != null) {
            previous.wipe();
        }
    }

    @Override
    public synchronized boolean replace(UserId user, Kind kind, SecretValue expected, SecretValue replacement) {
        SecretValue current = secrets.get(new Slot(user, kind));
        if (current == null || !current.equals(expected)) {
            return false;
        }
        store(user, kind, replacement);
        return true;
    }

    @Override
    public Optional<SecretValue> find(UserId user, Kind kind) {
        SecretValue stored = secrets.get(new Slot(user, kind));
        if (stored == null) {
            return Optional.empty();
        }
        char[] copy = stored.copyChars();
        try {
            return Optional.of(SecretValue.of(copy));
        } finally {
            Arrays.fill(copy, '\0');
        }
    }

    @Override
    public void erase(UserId user) {
        secrets.entrySet().removeIf(e -> {
            if (e.getKey().user().equals(user)) {
                e.getValue().wipe();
                return true;
            }
            return false;
        });
    }
}
