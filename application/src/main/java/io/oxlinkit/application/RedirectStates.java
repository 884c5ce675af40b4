package io.oxlinkit.application;

import io.oxlinkit.application.port.UserSecretVault;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.domain.redirect.RedirectState;
import io.oxlinkit.domain.secret.SecretValue;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code state} of a client-handled redirect: the kit issues one (or takes the host's), records it sealed in
 * the user's vault before the user leaves, and on return accepts a callback only when its state equals the
 * recorded one (compared in constant time); a state is spent once it has been accepted. One client-handled
 * redirect per user is pending at a time: starting another replaces the first's state.
 */
final class RedirectStates {

    private final UserSecretVault vault;
    private final SecureRandom random;

    RedirectStates(UserSecretVault vault, SecureRandom random) {
        this.vault = Objects.requireNonNull(vault, "vault must not be null");
        this.random = Objects.requireNonNull(random, "random must not be null");
    }

    /** The host's state, or a new unguessable one, recorded for the user. */
    RedirectState issue(UserId user, Optional<RedirectState> hosts) {
        RedirectState state = hosts.orElseGet(this::fresh);
        vault.store(user, UserSecretVault.Kind.REDIRECT_STATE, SecretValue.of(state.value()));
        return state;
    }

    /** Whether {@code returned} is the state recorded for the user; when it is, it is spent (a replay fails). */
    boolean accept(UserId user, Optional<RedirectState> returned) {
        Optional<SecretValue> recorded = vault.find(user, UserSecretVault.Kind.REDIRECT_STATE);
        if (returned.isEmpty() || recorded.isEmpty()) {
            return false;
        }
        byte[] expected = recorded.get().reveal().getBytes(StandardCharsets.UTF_8);
        byte[] actual = returned.get().value().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(expected, actual)) {
            return false;
        }
        return vault.replace(
                user, UserSecretVault.Kind.REDIRECT_STATE, recorded.get(), SecretValue.of("spent:" + fresh().value()));
    }

    private RedirectState fresh() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return new RedirectState(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }
}
