package io.oxlinkit.application;

import io.oxlinkit.application.port.ProvidersApi;
import io.oxlinkit.domain.id.ProviderId;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.domain.provider.Provider;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Lists the providers, through a cache shared by all users (the list is the same for everyone). The
 * cache honours the {@code unavailable} flag: {@link #connectable(UserId)} leaves unavailable providers
 * out, and asking for a provider the cache holds as unavailable asks the API again, since
 * availability changes faster than the list.
 */
public final class ListProviders {

    private final ProvidersApi api;
    private final Clock clock;
    private final Duration ttl;
    private volatile Snapshot cache;

    private record Snapshot(List<Provider> providers, Instant fetchedAt) {}

    /**
     * @param api the providers API
     * @param clock the clock the cache ages by
     * @param ttl how long a fetched list is served; zero disables the cache
     */
    public ListProviders(ProvidersApi api, Clock clock, Duration ttl) {
        this.api = Objects.requireNonNull(api, "api must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
        this.ttl = Objects.requireNonNull(ttl, "ttl must not be null");
        if (ttl.isNegative()) {
            throw new IllegalArgumentException("ttl must not be negative");
        }
    }

    /** Every provider, unavailable ones included. */
    public List<Provider> all(UserId user) {
        Snapshot current = cache;
        Instant now = clock.instant();
        if (current == null || !now.isBefore(current.fetchedAt().plus(ttl))) {
            current = new Snapshot(api.listProviders(user), now);
            cache = current;
        }
        return current.providers();
    }

    /** Providers a user can connect to now. */
    public List<Provider> connectable(UserId user) {
        return all(user).stream().filter(p -> !p.unavailable()).toList();
    }

    /** One provider; an unavailable cached one is fetched again. Empty when it does not exist. */
    public Optional<Provider> provider(UserId user, ProviderId id) {
        Optional<Provider> cached =
                all(user).stream().filter(p -> p.id().equals(id)).findFirst();
        if (cached.isPresent() && !cached.get().unavailable()) {
            return cached;
        }
        try {
            return Optional.of(api.provider(user, id));
        } catch (io.oxlinkit.application.port.OxlinApiException.NotFound absent) {
            return Optional.empty();
        }
    }

    /** Drops the cache. */
    public void invalidate() {
        cache = null;
    }
}
