package io.oxlinkit.application;

import io.oxlinkit.domain.id.EventId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The events one pump recorded already claimed under its token, until it applies, defers or releases each;
 * whatever is left when the pump ends is released. Confined to the pump's thread.
 */
final class HeldClaims {

    private final String token;
    private final Set<EventId> ids = new LinkedHashSet<>();

    HeldClaims(String token) {
        this.token = token;
    }

    String token() {
        return token;
    }

    void add(List<EventId> recorded) {
        ids.addAll(recorded);
    }

    /** Those of {@code wanted} held, now in the caller's hands. */
    List<EventId> take(List<EventId> wanted) {
        List<EventId> taken = wanted.stream().filter(ids::contains).toList();
        taken.forEach(ids::remove);
        return taken;
    }

    /** Every event still held, handed over. */
    List<EventId> remaining() {
        List<EventId> left = List.copyOf(ids);
        ids.clear();
        return left;
    }
}
