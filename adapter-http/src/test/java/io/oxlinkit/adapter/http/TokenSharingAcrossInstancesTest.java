package io.oxlinkit.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.testkit.contract.Concurrently;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two instances on one vault (as two hosts on one database) renewing one user's tokens at once, against a
 * sandbox whose refresh tokens are single use: no refresh token is ever sent twice.
 */
class TokenSharingAcrossInstancesTest {

    private SandboxKit env;

    @BeforeEach
    void start() {
        env = new SandboxKit();
    }

    @AfterEach
    void stop() {
        env.close();
    }

    @Test
    void twoInstancesNeverSendOneRefreshTokenTwice() throws Exception {
        UserId user = env.kit.createUser("hana@host.example");
        FeignOxlinApi other =
                new FeignOxlinApi(SandboxKit.config(env.sandbox).build(), env.stores.vault(), Clock.systemUTC());
        env.api.listProviders(user);
        other.listProviders(user);
        for (int round = 0; round < 4; round++) {
            env.sandbox.expireTokens();
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                FeignOxlinApi instance = i % 2 == 0 ? env.api : other;
                calls.add(() -> instance.listProviders(user).size());
            }
            assertThat(Concurrently.run(calls))
                    .allSatisfy(outcome -> assertThat(outcome)
                            .isInstanceOfSatisfying(
                                    Integer.class,
                                    providers -> assertThat(providers).isGreaterThan(5)));
        }
        assertThat(env.sandbox.refreshTokenReuses())
                .as("spent refresh tokens presented again")
                .isZero();
    }
}
