package io.oxlinkit.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oxlinkit.adapter.crypto.BouncyCastlePgpEncryptor;
import io.oxlinkit.adapter.http.FeignOxlinApi;
import io.oxlinkit.adapter.http.config.OxlinHttpConfig;
import io.oxlinkit.application.OxlinKit;
import io.oxlinkit.application.StepResult;
import io.oxlinkit.application.port.StorageException;
import io.oxlinkit.application.port.SyncCursor;
import io.oxlinkit.application.port.TransactionStore;
import io.oxlinkit.domain.account.Transaction;
import io.oxlinkit.domain.id.AccountId;
import io.oxlinkit.domain.id.ChannelDefinitionId;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.CredentialId;
import io.oxlinkit.domain.id.ProviderId;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.domain.journey.NextStep;
import io.oxlinkit.domain.provider.AccountType;
import io.oxlinkit.domain.secret.SecretValue;
import io.oxlinkit.sandbox.Sandbox;
import io.oxlinkit.sandbox.SandboxConfig;
import io.oxlinkit.testkit.drive.Autopilot;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A sync killed after N writes (the store throws; a write holds four pages) resumes where it stopped: the stored
 * transactions equal the sandbox's.
 */
class ResumeAfterCrashTest {

    private static final int TRANSACTIONS = 4_321;

    /** A transaction store that fails after a number of writes, like a process killed mid-sync. */
    private static final class CrashingStore implements TransactionStore {
        private final TransactionStore delegate;
        private final AtomicInteger writesLeft;

        CrashingStore(TransactionStore delegate, int writes) {
            this.delegate = delegate;
            this.writesLeft = new AtomicInteger(writes);
        }

        @Override
        public int saveBatch(List<Transaction> batch) {
            if (writesLeft.getAndDecrement() <= 0) {
                throw new StorageException("killed mid-sync (test)", null);
            }
            return delegate.saveBatch(batch);
        }

        @Override
        public int removeVanishedPending(
                AccountId accountId, DateWindow window, java.util.Set<io.oxlinkit.domain.id.TransactionId> served) {
            return delegate.removeVanishedPending(accountId, window, served);
        }

        @Override
        public List<Transaction> findByAccount(AccountId accountId, int offset, int limit) {
            return delegate.findByAccount(accountId, offset, limit);
        }

        @Override
        public long count(AccountId accountId) {
            return delegate.count(accountId);
        }

        @Override
        public Optional<SyncCursor> cursor(AccountId accountId) {
            return delegate.cursor(accountId);
        }

        @Override
        public void saveCursor(SyncCursor cursor) {
            delegate.saveCursor(cursor);
        }

        @Override
        public void deleteByAccount(AccountId accountId) {
            delegate.deleteByAccount(accountId);
        }

        @Override
        public int purgeTombstones(java.time.Instant removedBefore) {
            return delegate.purgeTombstones(removedBefore);
        }
    }

    @Test
    void aKilledSyncResumesWithoutLossOrDuplicate() throws Exception {
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.defaults().withTransactionsPerAccount(TRANSACTIONS))) {
            JdbcStorage storage = JdbcStorage.open(Databases.h2Memory(), Databases.KEYS);
            FeignOxlinApi api = new FeignOxlinApi(
                    OxlinHttpConfig.builder()
                            .apiBaseUrl(sandbox.apiBaseUrl())
                            .authBaseUrl(sandbox.authBaseUrl())
                            .clientId(SandboxConfig.DEFAULT_CLIENT_ID)
                            .clientSecret(SecretValue.of(SandboxConfig.DEFAULT_CLIENT_SECRET))
                            .build(),
                    storage.vault(),
                    Clock.systemUTC());
            OxlinKit crashing = storage.plugInto(OxlinKit.builder())
                    .transactionStore(new CrashingStore(storage.transactions(), 1))
                    .api(api)
                    .encryptor(new BouncyCastlePgpEncryptor(Clock.systemUTC()))
                    .synchronizeAfterSyncAll(false)
                    .build();

            UserId user = crashing.createUser("resume@host.example");
            ConnectionId connection = connectAndConsent(crashing, user);
            assertThatThrownBy(() -> crashing.synchronize(connection)).isInstanceOf(StorageException.class);
            AccountId account = crashing.accounts(connection).get(0).id();
            assertThat(storage.transactions().count(account)).as("pages 1 to 4").isEqualTo(2_000);
            assertThat(storage.transactions().cursor(account))
                    .get()
                    .extracting(SyncCursor::nextPage, SyncCursor::complete)
                    .containsExactly(5, false);

            OxlinKit restarted = storage.plugInto(OxlinKit.builder())
                    .api(api)
                    .encryptor(new BouncyCastlePgpEncryptor(Clock.systemUTC()))
                    .build();
            long pagesBefore = sandbox.counters().count("GET /transactions");
            restarted.synchronize(connection);
            assertThat(sandbox.counters().count("GET /transactions") - pagesBefore)
                    .as("resumed at page 5, not 1: pages 5 to 9")
                    .isEqualTo(5);
            assertThat(restarted.nextStep(connection))
                    .as("Done once the data is stored")
                    .contains(new NextStep.Done(connection));

            Set<String> sandboxIds = api.transactionStream(user, account)
                    .map(t -> t.id().value())
                    .collect(Collectors.toSet());
            List<Transaction> stored = storage.transactions().findByAccount(account, 0, TRANSACTIONS * 2);
            assertThat(stored).hasSize(TRANSACTIONS);
            assertThat(stored.stream().map(t -> t.id().value()).collect(Collectors.toSet()))
                    .isEqualTo(sandboxIds);
            assertThat(stored)
                    .containsExactlyElementsOf(
                            api.transactionStream(user, account).toList());
        }
    }

    private static ConnectionId connectAndConsent(OxlinKit kit, UserId user) {
        StepResult started = kit.startEmbeddedConnection(
                user,
                ProviderId.of("87"),
                ChannelDefinitionId.of("8702"),
                Map.of(
                        CredentialId.of("300"),
                        SecretValue.of("alice"),
                        CredentialId.of("301"),
                        SecretValue.of("correct-horse")));
        ConnectionId connection = started.connection().orElseThrow();
        Autopilot.answering(kit, "123456")
                .sharing(account -> account.type() == AccountType.CHECKINGS)
                .untilDataReady(user, connection);
        return connection;
    }
}
