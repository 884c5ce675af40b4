package io.oxlinkit.testkit.fake;

import io.oxlinkit.domain.id.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The user tokens a real adapter would hold, modelled so that tests can see them expire: a user's first
 * call, and the first call after its token ran out (lifetime or {@link #expireAll()}), count one grant.
 */
final class FakeTokens {

    static final Duration LIFETIME = Duration.ofHours(1);

    private final Clock clock;
    private final Map<UserId, Instant> expiries = new HashMap<>();
    private long grants;

    FakeTokens(Clock clock) {
        this.clock = clock;
    }

    void use(UserId user) {
        Instant now = clock.instant();
        Instant expiry = expiries.get(user);
        if (expiry == null || !now.isBefore(expiry)) {
            grants++;
            expiries.put(user, now.plus(LIFETIME));
        }
    }

    void expireAll() {
        Instant now = clock.instant();
        expiries.replaceAll((user, expiry) -> now);
    }

    void forget(UserId user) {
        expiries.remove(user);
    }

    long grants() {
        return grants;
    }
}
