package io.oxlinkit.application;

import io.oxlinkit.application.port.NewUser;
import io.oxlinkit.application.port.OxlinApiException;
import io.oxlinkit.application.port.UserSecretVault;
import io.oxlinkit.application.port.UserSecretVault.Kind;
import io.oxlinkit.application.port.UsersApi;
import io.oxlinkit.domain.agreement.AgreementPolicy;
import io.oxlinkit.domain.agreement.Feature;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.domain.secret.SecretValue;
import java.security.SecureRandom;
import java.util.Objects;
import java.util.Optional;

/**
 * The OXLIN user of one of the host's customers, created once whatever fails in between. The login and the
 * generated password are sealed under the host's reference <em>before</em> {@code POST /users} is sent; a retry
 * after a crash or a lost answer posts the same login again, and a 409 for it (the earlier post did create the
 * user) logs in with the held values and reads the user's id instead. The reference is kept only as a hash.
 */
public final class FindOrCreateUser {

    private static final char[] LOWER = "abcdefghijkmnopqrstuvwxyz23456789".toCharArray();

    private final UsersApi api;
    private final UserSecretVault vault;
    private final SecureRandom random;
    private final AgreementPolicy policy;
    private final String loginDomain;

    FindOrCreateUser(
            UsersApi api, UserSecretVault vault, SecureRandom random, AgreementPolicy policy, String loginDomain) {
        this.api = Objects.requireNonNull(api, "api must not be null");
        this.vault = Objects.requireNonNull(vault, "vault must not be null");
        this.random = Objects.requireNonNull(random, "random must not be null");
        this.policy = Objects.requireNonNull(policy, "policy must not be null");
        this.loginDomain = Objects.requireNonNull(loginDomain, "loginDomain must not be null");
    }

    /** The user for {@code hostReference}, created with a generated login at the configured domain if there is none. */
    public UserId findOrCreate(String hostReference) {
        UserId registration = Registrations.of(hostReference);
        return find(registration).orElseGet(() -> create(registration, () -> SecretValue.of(generatedLogin())));
    }

    /** The same, the user's login being {@code email} (a 409 for an address the kit does not hold stays a refusal). */
    public UserId findOrCreate(String hostReference, String email) {
        Objects.requireNonNull(email, "email must not be null");
        UserId registration = Registrations.of(hostReference);
        return find(registration).orElseGet(() -> create(registration, () -> SecretValue.of(email)));
    }

    private Optional<UserId> find(UserId registration) {
        return vault.find(registration, Kind.REGISTERED_USER).map(id -> {
            try {
                return UserId.of(id.reveal());
            } finally {
                id.wipe();
            }
        });
    }

    private UserId create(UserId registration, java.util.function.Supplier<SecretValue> newLogin) {
        policy.require(Feature.CREATE_USERS_OUTSIDE_WIDGETS);
        SecretValue login = held(registration, Kind.LOGIN, newLogin);
        SecretValue password = held(registration, Kind.PASSWORD, () -> CreateUser.generatedPassword(random));
        try {
            NewUser user = new NewUser(login.reveal(), password);
            UserId id;
            try {
                id = api.createUser(user);
            } catch (OxlinApiException.Conflict alreadyCreated) {
                id = api.identify(user);
            }
            vault.store(id, Kind.LOGIN, login);
            vault.store(id, Kind.PASSWORD, password);
            SecretValue link = SecretValue.of(registration.value());
            vault.store(id, Kind.REGISTRATION, link);
            link.wipe();
            SecretValue bound = SecretValue.of(id.value());
            vault.store(registration, Kind.REGISTERED_USER, bound);
            bound.wipe();
            return id;
        } finally {
            login.wipe();
            password.wipe();
        }
    }

    /** The value held under the registration, or a new one sealed there first. */
    private SecretValue held(UserId registration, Kind kind, java.util.function.Supplier<SecretValue> fresh) {
        Optional<SecretValue> held = vault.find(registration, kind);
        if (held.isPresent()) {
            return held.get();
        }
        SecretValue value = fresh.get();
        vault.store(registration, kind, value);
        return value;
    }

    private String generatedLogin() {
        return "oxk-" + new String(CreateUser.randomChars(random, LOWER, 24)) + "@" + loginDomain;
    }
}
