package io.oxlinkit.testkit.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oxlinkit.application.OxlinKit;
import io.oxlinkit.application.port.NewUser;
import io.oxlinkit.application.port.OxlinApi;
import io.oxlinkit.application.port.OxlinApiException;
import io.oxlinkit.application.port.UserSecretVault;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.testkit.data.Banks;
import io.oxlinkit.testkit.fake.FakeCredentialEncryptor;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * {@code findOrCreateUser} under crashes: the process dies at each step of a creation in turn (before the post,
 * with the post's answer lost after OXLIN created the user, between the vault's writes), then runs again on a new
 * kit over the same stores. Every run ends as one without a crash does: one user at OXLIN for the reference, that
 * the kit can log in as, found again by later calls.
 */
class FindOrCreateUserJourneyTest {

    /** The steps a creation can die at: the vault's writes and the post, whose answer is lost after it ran. */
    private static final class Crash {
        final AtomicInteger steps = new AtomicInteger();
        final List<String> postedLogins = new CopyOnWriteArrayList<>();
        volatile int at = Integer.MAX_VALUE;

        UserSecretVault vault(UserSecretVault vault) {
            return PortProxy.around(UserSecretVault.class, vault, (method, args, proceed) -> {
                if (method.getName().equals("store") && steps.incrementAndGet() == at) {
                    throw new IllegalStateException("the process died before the vault wrote");
                }
                return proceed.call();
            });
        }

        OxlinApi api(OxlinApi api) {
            return PortProxy.around(OxlinApi.class, api, (method, args, proceed) -> {
                if (!method.getName().equals("createUser")) {
                    return proceed.call();
                }
                postedLogins.add(((NewUser) args[0]).email());
                Object created = proceed.call();
                if (steps.incrementAndGet() == at) {
                    throw new OxlinApiException.Transport(
                            "the answer to POST /users was lost", new java.io.IOException("reset"));
                }
                return created;
            });
        }
    }

    private final KitHarness harness = new KitHarness();
    private final Crash crash = new Crash();

    {
        harness.api.bank(Banks.linxoTestBank());
    }

    private OxlinKit kit() {
        return harness.stores
                .plugInto(OxlinKit.builder())
                .api(crash.api(harness.api))
                .userSecretVault(crash.vault(harness.stores.vault()))
                .encryptor(new FakeCredentialEncryptor(harness.clock))
                .clock(harness.clock)
                .generatedLoginDomain("users.host.example")
                .build();
    }

    @Test
    void theSameReferenceIsTheSameUserAndOXLINIsAskedOnce() {
        OxlinKit kit = kit();
        UserId first = kit.findOrCreateUser("customer-42");
        assertThat(kit.findOrCreateUser("customer-42")).isEqualTo(first);
        assertThat(kit.findOrCreateUser("customer-43")).isNotEqualTo(first);
        assertThat(crash.postedLogins)
                .hasSize(2)
                .allSatisfy(login -> assertThat(login).matches("oxk-[a-z0-9]{24}@users\\.host\\.example"));
        assertThat(kit.providers(first)).as("the kit logs in as the user").isNotEmpty();
    }

    @Test
    void aCreationThatDiesAtAnyStepEndsWithOneWorkingUserWhenRunAgain() {
        kit().findOrCreateUser("clean-run");
        int steps = crash.steps.get();
        assertThat(steps).as("the post and the vault's writes").isGreaterThanOrEqualTo(5);
        for (int at = 1; at <= steps; at++) {
            String reference = "customer-crash-" + at;
            crash.postedLogins.clear();
            crash.at = crash.steps.get() + at;
            int crashAt = at;
            assertThatThrownBy(() -> kit().findOrCreateUser(reference))
                    .as("dies at step " + crashAt)
                    .isInstanceOf(RuntimeException.class);
            crash.at = Integer.MAX_VALUE;
            UserId user = kit().findOrCreateUser(reference);

            assertThat(crash.postedLogins.stream().distinct())
                    .as("step " + at + ": one login posted, so one user at OXLIN")
                    .hasSize(1);
            assertThat(kit().findOrCreateUser(reference))
                    .as("step " + at + ": found again")
                    .isEqualTo(user);
            assertThat(kit().providers(user))
                    .as("step " + at + ": the kit can log in as the user")
                    .isNotEmpty();
        }
    }

    @Test
    void anAddressAnotherUserHoldsIsARefusalNotSomeoneElsesUser() {
        OxlinKit kit = kit();
        kit.createUser("taken@host.example");
        assertThatThrownBy(() -> kit.findOrCreateUser("customer-7", "taken@host.example"))
                .isInstanceOf(OxlinApiException.Unauthorized.class);
        assertThat(kit.findOrCreateUser("customer-8", "free@host.example")).isNotNull();
    }

    @Test
    void aDeletedUsersReferenceGetsANewUser() {
        OxlinKit kit = kit();
        UserId first = kit.findOrCreateUser("customer-9");
        kit.deleteUser(first);
        UserId second = kit.findOrCreateUser("customer-9");
        assertThat(second).isNotEqualTo(first);
        assertThat(kit.providers(second)).isNotEmpty();
    }
}
