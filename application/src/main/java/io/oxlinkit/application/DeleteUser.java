package io.oxlinkit.application;

import io.oxlinkit.application.port.UsersApi;
import io.oxlinkit.domain.id.UserId;
import java.util.Objects;

/**
 * Deletes a user at OXLIN (with their connections) and erases every local row and sealed secret of theirs:
 * connections, accounts, transactions and tombstones, sync checkpoints, change-feed entries, recorded events,
 * leases, key, subscription, login, password, tokens, redirect state. Idempotent and resumable: OXLIN first (a
 * user already gone is success), then the local rows in an order a rerun can finish
 * ({@code docs/security.md}, "Data map").
 */
public final class DeleteUser {

    private final UsersApi api;
    private final LocalErasure erasure;

    DeleteUser(UsersApi api, LocalErasure erasure) {
        this.api = Objects.requireNonNull(api, "api must not be null");
        this.erasure = Objects.requireNonNull(erasure, "erasure must not be null");
    }

    /** Deletes the user remotely, then locally; safe to repeat after any failure. */
    public void delete(UserId user) {
        api.deleteUser(user);
        erasure.user(user);
    }
}
