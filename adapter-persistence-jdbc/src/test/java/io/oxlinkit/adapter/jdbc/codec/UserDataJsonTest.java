package io.oxlinkit.adapter.jdbc.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.oxlinkit.adapter.jdbc.JdbcStorage;
import io.oxlinkit.adapter.jdbc.SealingKeys;
import io.oxlinkit.application.OxlinKit;
import io.oxlinkit.application.port.UserSecretVault;
import io.oxlinkit.domain.account.Account;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.CredentialId;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.domain.secret.SecretValue;
import io.oxlinkit.testkit.data.Banks;
import io.oxlinkit.testkit.drive.Autopilot;
import io.oxlinkit.testkit.fake.FakeClock;
import io.oxlinkit.testkit.fake.FakeCredentialEncryptor;
import io.oxlinkit.testkit.fake.FakeOxlinApi;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** A synced user's export on H2, written as JSON and read back: the same connection, accounts and transactions, no secret. */
class UserDataJsonTest {

    @Test
    void theExportOfASyncedUserRoundTripsAndHoldsNoSecret() {
        FakeClock clock = new FakeClock(Instant.parse("2026-11-27T10:00:00Z"));
        FakeOxlinApi api = new FakeOxlinApi(clock);
        api.bank(Banks.linxoTestBank())
                .listsAccounts("Compte courant", "Livret A")
                .transactionsPerAccount(1500)
                .acceptsCredential("301", "export-pass-1");
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:export-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        JdbcStorage storage = JdbcStorage.open(
                h2, SealingKeys.current("k1", "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII)));
        OxlinKit kit = storage.plugInto(OxlinKit.builder())
                .api(api)
                .encryptor(new FakeCredentialEncryptor(clock))
                .clock(clock)
                .build();
        String login = "exported@host.example";
        UserId user = kit.findOrCreateUser("customer-1", login);
        Map<CredentialId, SecretValue> values = new HashMap<>();
        values.put(CredentialId.of("300"), SecretValue.of("login"));
        values.put(CredentialId.of("301"), SecretValue.of("export-pass-1"));
        ConnectionId connection = kit.startEmbeddedConnection(
                        user, Banks.linxoTestBank().id(), Banks.TEST_BANK_EMBEDDED, values)
                .connection()
                .orElseThrow();
        Autopilot.answering(kit, "123456").untilDone(user, connection);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        kit.exportUserData(user, UserDataJson.writer(out));
        String json = out.toString(StandardCharsets.UTF_8);
        UserDataJson.UserData back = UserDataJson.read(new ByteArrayInputStream(out.toByteArray()));

        assertThat(back.user()).isEqualTo(user);
        assertThat(back.secretsHeld())
                .contains(UserSecretVault.Kind.LOGIN, UserSecretVault.Kind.PASSWORD, UserSecretVault.Kind.REGISTRATION);
        assertThat(back.connections()).hasSize(1);
        UserDataJson.ConnectionData exported = back.connections().get(0);
        assertThat(exported.connection())
                .isEqualTo(kit.connection(connection).orElseThrow().connection());
        List<Account> accounts = kit.accounts(connection);
        assertThat(exported.accounts())
                .extracting(UserDataJson.AccountData::account)
                .containsExactlyElementsOf(accounts);
        for (UserDataJson.AccountData account : exported.accounts()) {
            assertThat(account.transactions())
                    .as("every transaction, past the export's page of 1,000")
                    .hasSize(1500)
                    .isEqualTo(kit.transactions(account.account().id(), 0, 2000));
        }
        assertThat(json).doesNotContain(login).doesNotContain("export-pass-1");
        assertThat(back.keyId()).isPresent();
    }
}
