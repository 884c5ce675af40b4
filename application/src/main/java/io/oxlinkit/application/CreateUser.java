package io.oxlinkit.application;

import io.oxlinkit.application.port.NewUser;
import io.oxlinkit.application.port.UserSecretVault;
import io.oxlinkit.application.port.UsersApi;
import io.oxlinkit.domain.agreement.AgreementPolicy;
import io.oxlinkit.domain.agreement.Feature;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.domain.secret.SecretValue;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;

/**
 * Creates an OXLIN user for one of the host's customers. The user's OXLIN password is generated here
 * (32 random characters), sealed in the {@link UserSecretVault}, and never shown to anyone: the API
 * adapter reads it back to obtain the user's token.
 */
public final class CreateUser {

    private final AgreementPolicy policy;

    private static final char[] ALPHABET =
            "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789-_.!".toCharArray();
    private static final int PASSWORD_LENGTH = 32;

    private final UsersApi api;
    private final UserSecretVault vault;
    private final SecureRandom random;

    CreateUser(UsersApi api, UserSecretVault vault, SecureRandom random, AgreementPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy must not be null");
        this.api = Objects.requireNonNull(api, "api must not be null");
        this.vault = Objects.requireNonNull(vault, "vault must not be null");
        this.random = Objects.requireNonNull(random, "random must not be null");
    }

    /** {@code length} characters of {@code alphabet}, each drawn from {@code random} (the caller wipes them). */
    static char[] randomChars(SecureRandom random, char[] alphabet, int length) {
        char[] chars = new char[length];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = alphabet[random.nextInt(alphabet.length)];
        }
        return chars;
    }

    /** A new password of 32 characters drawn from {@code random}. */
    static SecretValue generatedPassword(SecureRandom random) {
        char[] chars = randomChars(random, ALPHABET, PASSWORD_LENGTH);
        SecretValue password = SecretValue.of(chars);
        Arrays.fill(chars, '\0');
        return password;
    }

    /**
     * Creates the user (not safe to retry: a lost answer leaves a user no one can log in as; prefer
     * {@link FindOrCreateUser}).
     *
     * @param email the login to give the OXLIN user (the host's customer's address, or an alias)
     * @return the new user's id
     */
    public UserId create(String email) {
        policy.require(Feature.CREATE_USERS_OUTSIDE_WIDGETS);
        SecretValue password = generatedPassword(random);
        try {
            UserId user = api.createUser(new NewUser(email, password));
            SecretValue login = SecretValue.of(email);
            vault.store(user, UserSecretVault.Kind.LOGIN, login);
            login.wipe();
            vault.store(user, UserSecretVault.Kind.PASSWORD, password);
            return user;
        } finally {
            password.wipe();
        }
    }
}
