package io.oxlinkit.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.oxlinkit.application.port.UserSecretVault;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.domain.secret.SecretValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract of every {@link UserSecretVault}. */
public abstract class UserSecretVaultContract {

    private UserSecretVault vault;

    /** A vault to test. */
    protected abstract UserSecretVault createVault();

    @BeforeEach
    void setUpVault() {
        vault = createVault();
    }

    @Test
    void aStoredSecretIsFoundAsACopy() {
        UserId user = UserId.of(ContractIds.fresh("u"));
        SecretValue password = SecretValue.of("s3cret-é€");
        vault.store(user, UserSecretVault.Kind.PASSWORD, password);
        password.wipe();
        SecretValue found = vault.find(user, UserSecretVault.Kind.PASSWORD).orElseThrow();
        assertThat(found.reveal()).isEqualTo("s3cret-é€");
        found.wipe();
        assertThat(vault.find(user, UserSecretVault.Kind.PASSWORD).orElseThrow().reveal())
                .isEqualTo("s3cret-é€");
    }

    @Test
    void secretsAreKeptPerKindAndReplaced() {
        UserId user = UserId.of(ContractIds.fresh("u"));
        vault.store(user, UserSecretVault.Kind.PASSWORD, SecretValue.of("one"));
        vault.store(user, UserSecretVault.Kind.PASSWORD, SecretValue.of("two"));
        assertThat(vault.find(user, UserSecretVault.Kind.PASSWORD).orElseThrow().reveal())
                .isEqualTo("two");
        assertThat(vault.find(user, UserSecretVault.Kind.REFRESH_TOKEN)).isEmpty();
    }

    @Test
    void erasingAUserRemovesEverySecretOfTheirsOnly() {
        UserId user = UserId.of(ContractIds.fresh("u"));
        UserId other = UserId.of(ContractIds.fresh("u"));
        vault.store(user, UserSecretVault.Kind.PASSWORD, SecretValue.of("one"));
        vault.store(user, UserSecretVault.Kind.REFRESH_TOKEN, SecretValue.of("rt"));
        vault.store(other, UserSecretVault.Kind.PASSWORD, SecretValue.of("keep"));
        vault.erase(user);
        assertThat(vault.find(user, UserSecretVault.Kind.PASSWORD)).isEmpty();
        assertThat(vault.find(user, UserSecretVault.Kind.REFRESH_TOKEN)).isEmpty();
        assertThat(vault.find(other, UserSecretVault.Kind.PASSWORD)).isPresent();
    }

    @Test
    void aSecretIsReplacedOnlyWhileItHoldsTheExpectedValue() {
        UserId user = UserId.of(ContractIds.fresh("u"));
        vault.store(user, UserSecretVault.Kind.REFRESH_TOKEN, SecretValue.of("r1"));
        assertThat(vault.replace(user, UserSecretVault.Kind.REFRESH_TOKEN, SecretValue.of("r0"), SecretValue.of("x")))
                .isFalse();
        assertThat(vault.replace(user, UserSecretVault.Kind.REFRESH_TOKEN, SecretValue.of("r1"), SecretValue.of("r2")))
                .isTrue();
        assertThat(vault.find(user, UserSecretVault.Kind.REFRESH_TOKEN)).contains(SecretValue.of("r2"));
        assertThat(vault.replace(
                        UserId.of(ContractIds.fresh("u")),
                        UserSecretVault.Kind.REFRESH_TOKEN,
                        SecretValue.of("r2"),
                        SecretValue.of("x")))
                .as("nothing stored")
                .isFalse();
    }

    @Test
    void ofConcurrentReplacersOfOneValueExactlyOneWins() throws Exception {
        UserId user = UserId.of(ContractIds.fresh("u"));
        vault.store(user, UserSecretVault.Kind.REFRESH_TOKEN, SecretValue.of("shared"));
        java.util.List<java.util.concurrent.Callable<Boolean>> replacers = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String mine = "claimed-" + i;
            replacers.add(() -> vault.replace(
                    user, UserSecretVault.Kind.REFRESH_TOKEN, SecretValue.of("shared"), SecretValue.of(mine)));
        }
        assertThat(Concurrently.run(replacers)).filteredOn(Boolean.TRUE::equals).hasSize(1);
    }
}
