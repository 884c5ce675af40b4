package io.oxlinkit.cli.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.oxlinkit.adapter.crypto.BouncyCastlePgpEncryptor;
import io.oxlinkit.adapter.http.FeignOxlinApi;
import io.oxlinkit.adapter.http.config.OxlinHttpConfig;
import io.oxlinkit.adapter.jdbc.JdbcStorage;
import io.oxlinkit.adapter.jdbc.SealingKeys;
import io.oxlinkit.application.OxlinKit;
import io.oxlinkit.application.port.ChangeFeed;
import io.oxlinkit.domain.account.Account;
import io.oxlinkit.domain.account.Transaction;
import io.oxlinkit.domain.challenge.ChallengeAnswer;
import io.oxlinkit.domain.consent.ConsentDecision;
import io.oxlinkit.domain.id.ChannelDefinitionId;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.CredentialId;
import io.oxlinkit.domain.id.ProviderId;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.domain.journey.NextStep;
import io.oxlinkit.domain.secret.SecretValue;
import io.oxlinkit.sandbox.Sandbox;
import io.oxlinkit.sandbox.SandboxConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The ledger against the sandbox's Living Bank, through the HTTP adapter and the JDBC store of each database:
 * the first sync feeds every entry as added; a day later the bank has booked two pending entries (one under
 * its id, one under a new id), dropped the third, corrected a label and imported an entry dated fifteen days
 * back; after OXLIN's next sync the kit's incremental sync, which reads only filtered pages, feeds exactly
 * those changes for each account, and both balance changes; the store lists exactly what the bank serves. Half
 * a day later the card account closes: the feed holds that one account change.
 */
class LivingBankLedgerTest {

    private static final ProviderId LIVING_BANK = ProviderId.of("908");
    private static final ChannelDefinitionId EMBEDDED = ChannelDefinitionId.of("9081");
    private static final SealingKeys KEYS =
            SealingKeys.current("ledger-1", "0123456789abcdef0123456789abcdef".getBytes());
    private static final List<String> CHANGES_PER_ACCOUNT = List.of(
            "MODIFIED -bakery",
            "REMOVED -train",
            "REMOVED -hold",
            "ADDED -train-booked",
            "MODIFIED -b1",
            "ADDED -refund");
    private static final String CONSUMER = "host-ledger";

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"h2", "postgresql", "mariadb"})
    void theFeedHoldsExactlyWhatTheBankChangedAfterAnIncrementalSync(String database) {
        try (FreshDatabase db = new FreshDatabase(database);
                Sandbox sandbox = Sandbox.start()) {
            JdbcStorage storage = JdbcStorage.open(db.dataSource(), KEYS);
            OxlinHttpConfig config = OxlinHttpConfig.builder()
                    .apiBaseUrl(sandbox.apiBaseUrl())
                    .authBaseUrl(sandbox.authBaseUrl())
                    .clientId(SandboxConfig.DEFAULT_CLIENT_ID)
                    .clientSecret(SecretValue.of(SandboxConfig.DEFAULT_CLIENT_SECRET))
                    .build();
            FeignOxlinApi api = new FeignOxlinApi(config, storage.vault(), Clock.systemUTC());
            OxlinKit kit = storage.plugInto(OxlinKit.builder())
                    .api(api)
                    .encryptor(new BouncyCastlePgpEncryptor(Clock.systemUTC()))
                    .build();
            UserId user = kit.createUser("ledger-" + System.nanoTime() + "@host.example");
            ConnectionId connection = kit.startEmbeddedConnection(
                            user,
                            LIVING_BANK,
                            EMBEDDED,
                            Map.of(
                                    CredentialId.of("300"),
                                    SecretValue.of("login"),
                                    CredentialId.of("301"),
                                    SecretValue.of("correct-horse")))
                    .connection()
                    .orElseThrow();
            kit.acknowledgeChanges(CONSUMER, kit.changesHead());
            driveUntilDone(kit, sandbox, user, connection);
            List<Account> accounts = kit.accounts(connection);
            assertThat(accounts).hasSize(2);
            ChangeFeed.Page first = kit.changesSince(CONSUMER, 10_000);
            assertThat(first.transactionChanges())
                    .allMatch(e -> e.kind() == ChangeFeed.ChangeKind.ADDED)
                    .hasSize(accounts.stream()
                            .mapToInt(a -> kit.transactions(a.id(), 0, 10_000).size())
                            .sum());
            kit.acknowledgeChanges(CONSUMER, first.next());
            long filteredBefore = sandbox.counters().count("GET /transactions");

            sandbox.advance(Duration.ofHours(25));
            sandbox.triggerSync(connection.value());
            List<String> expected = new ArrayList<>();
            accounts.forEach(a -> CHANGES_PER_ACCOUNT.forEach(
                    change -> expected.add(change.replace(" -", " " + a.id().value() + "-"))));
            for (int round = 0;
                    round < 30
                            && kit.changesSince(CONSUMER, 10_000)
                                            .transactionChanges()
                                            .size()
                                    < expected.size();
                    round++) {
                driveUntilDone(kit, sandbox, user, connection);
            }
            assertThat(kit.changesSince(CONSUMER, 10_000).transactionChanges())
                    .extracting(e -> e.kind() + " " + e.transaction().id().value())
                    .containsExactlyInAnyOrderElementsOf(expected);
            assertThat(sandbox.counters().count("GET /transactions") - filteredBefore)
                    .as("two filtered reads per account, a page each")
                    .isEqualTo(2L * accounts.size());
            assertThat(kit.changesSince(CONSUMER, 10_000).accountChanges())
                    .as("the refund moved both balances")
                    .extracting(c -> c.kind() + " " + c.account().id().value())
                    .containsExactlyInAnyOrderElementsOf(accounts.stream()
                            .map(a -> "BALANCE_CHANGED " + a.id().value())
                            .toList());
            for (Account account : accounts) {
                List<String> served = api.transactions(user, account.id(), 1, 500).stream()
                        .map(t -> t.id().value())
                        .toList();
                assertThat(kit.transactions(account.id(), 0, 10_000))
                        .extracting(Transaction::id)
                        .extracting(id -> id.value())
                        .containsExactlyInAnyOrderElementsOf(served);
            }
            kit.acknowledgeChanges(CONSUMER, kit.changesSince(CONSUMER, 10_000).next());

            sandbox.advance(Duration.ofHours(12));
            sandbox.triggerSync(connection.value());
            for (int round = 0;
                    round < 30
                            && kit.changesSince(CONSUMER, 10_000)
                                    .accountChanges()
                                    .isEmpty();
                    round++) {
                driveUntilDone(kit, sandbox, user, connection);
            }
            Account card = accounts.stream()
                    .filter(a -> a.type() == io.oxlinkit.domain.provider.AccountType.CREDIT_CARD)
                    .findFirst()
                    .orElseThrow();
            assertThat(kit.changesSince(CONSUMER, 10_000).entries())
                    .as("36 hours after the listing the card account closes, nothing else")
                    .singleElement()
                    .isInstanceOfSatisfying(ChangeFeed.AccountChange.class, change -> {
                        assertThat(change.kind()).isEqualTo(ChangeFeed.AccountChangeKind.CLOSED);
                        assertThat(change.account().id()).isEqualTo(card.id());
                    });
        }
    }

    /** Pumps and answers (every answer proceeds, every account granted) until the connection is Done. */
    private static void driveUntilDone(OxlinKit kit, Sandbox sandbox, UserId user, ConnectionId connection) {
        for (int round = 0; round < 30; round++) {
            kit.pumpEvents(user);
            NextStep step = kit.nextStep(connection).orElseThrow();
            if (step instanceof NextStep.Done) {
                return;
            }
            if (step instanceof NextStep.AnswerChallenge challenge) {
                Map<CredentialId, SecretValue> values = new HashMap<>();
                challenge.prompt().inputs().forEach(input -> values.put(input.id(), SecretValue.of("123456")));
                kit.answerChallenge(connection, ChallengeAnswer.ok(values));
            } else if (step instanceof NextStep.CollectConsent consent) {
                kit.giveConsent(
                        connection,
                        consent.request().pendingAccounts().stream()
                                .map(a -> ConsentDecision.grant(a.id()))
                                .toList());
            } else {
                sandbox.advance(Duration.ofSeconds(5));
            }
        }
        throw new AssertionError("connection " + connection + " did not reach Done: " + kit.nextStep(connection));
    }
}
