package io.oxlinkit.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oxlinkit.application.OxlinKit;
import io.oxlinkit.application.StepResult;
import io.oxlinkit.application.port.StorageException;
import io.oxlinkit.application.port.UserSecretVault;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.CredentialId;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.domain.journey.NextStep;
import io.oxlinkit.domain.secret.SecretValue;
import io.oxlinkit.testkit.data.Banks;
import io.oxlinkit.testkit.drive.Autopilot;
import io.oxlinkit.testkit.fake.FakeClock;
import io.oxlinkit.testkit.fake.FakeCredentialEncryptor;
import io.oxlinkit.testkit.fake.FakeOxlinApi;
import io.oxlinkit.testkit.fake.GuideChallenges;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** After a full flow, no column of any table holds a secret in clear; sealed secrets survive a key rotation. */
class NoSecretAtRestTest {

    private static final String BANK_PASSWORD = "correct-horse-battery";
    private static final String EMAIL = "secret-person@host.example";

    @Test
    void everyColumnOfEveryTableIsFreeOfSecrets() throws Exception {
        DataSource dataSource = Databases.h2Memory();
        JdbcStorage storage = JdbcStorage.open(dataSource, Databases.KEYS);
        FakeClock clock = new FakeClock(Instant.parse("2026-11-27T10:00:00Z"));
        FakeOxlinApi api = new FakeOxlinApi(clock);
        api.bank(Banks.linxoTestBank())
                .listAccountsAsks(GuideChallenges.sms("0606060606", "123456", 3))
                .listsAccounts("A", "B");
        OxlinKit kit = storage.plugInto(OxlinKit.builder())
                .api(api)
                .encryptor(new FakeCredentialEncryptor(clock))
                .clock(clock)
                .build();
        UserId user = kit.createUser(EMAIL);
        StepResult started = kit.startEmbeddedConnection(
                user,
                Banks.linxoTestBank().id(),
                Banks.TEST_BANK_EMBEDDED,
                Map.of(
                        CredentialId.of("300"),
                        SecretValue.of("alice.login"),
                        CredentialId.of("301"),
                        SecretValue.of(BANK_PASSWORD)));
        ConnectionId connection = started.connection().orElseThrow();
        Autopilot.answering(kit, "123456").untilDone(user, connection);
        assertThat(kit.nextStep(connection)).contains(new NextStep.Done(connection));
        String oxlinPassword = storage.vault()
                .find(user, UserSecretVault.Kind.PASSWORD)
                .orElseThrow()
                .reveal();
        assertThat(storage.vault()
                        .find(user, UserSecretVault.Kind.LOGIN)
                        .orElseThrow()
                        .reveal())
                .isEqualTo(EMAIL);

        List<String> secrets = List.of(BANK_PASSWORD, oxlinPassword, EMAIL, "alice.login");
        List<String> cells = allCells(dataSource);
        assertThat(cells).hasSizeGreaterThan(100);
        assertThat(cells).anySatisfy(cell -> assertThat(cell).contains("**in"));
        for (String cell : cells) {
            for (String secret : secrets) {
                assertThat(cell).as("a stored value").doesNotContain(secret);
            }
        }
    }

    @Test
    void sealedSecretsSurviveAKeyRotation() {
        DataSource dataSource = Databases.h2Memory();
        byte[] oldKey = "old-key-old-key-old-key-old-key!".getBytes(StandardCharsets.US_ASCII);
        byte[] newKey = "new-key-new-key-new-key-new-key!".getBytes(StandardCharsets.US_ASCII);
        JdbcStorage before = JdbcStorage.open(dataSource, SealingKeys.current("2025", oldKey));
        UserId user = UserId.of("rotating-user");
        before.vault().store(user, UserSecretVault.Kind.PASSWORD, SecretValue.of("p@ss-é€"));

        JdbcStorage during =
                JdbcStorage.open(dataSource, SealingKeys.current("2026", newKey).withRetired("2025", oldKey));
        assertThat(during.vault()
                        .find(user, UserSecretVault.Kind.PASSWORD)
                        .orElseThrow()
                        .reveal())
                .isEqualTo("p@ss-é€");
        assertThat(during.vault().rotate()).isEqualTo(1);
        assertThat(during.vault().rotate()).isZero();

        JdbcStorage after = JdbcStorage.open(dataSource, SealingKeys.current("2026", newKey));
        assertThat(after.vault()
                        .find(user, UserSecretVault.Kind.PASSWORD)
                        .orElseThrow()
                        .reveal())
                .isEqualTo("p@ss-é€");
        assertThatThrownBy(() -> before.vault().find(user, UserSecretVault.Kind.PASSWORD))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("2026")
                .hasMessageNotContaining("p@ss");
    }

    private static List<String> allCells(DataSource dataSource) throws Exception {
        List<String> cells = new ArrayList<>();
        try (Connection db = dataSource.getConnection();
                Statement statement = db.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = db.getMetaData().getTables(null, null, "OXK_%", new String[] {"TABLE"})) {
                while (rows.next()) {
                    tables.add(rows.getString("TABLE_NAME"));
                }
            }
            assertThat(tables).hasSizeGreaterThanOrEqualTo(9);
            for (String table : tables) {
                try (ResultSet rows = statement.executeQuery("SELECT * FROM " + table)) {
                    ResultSetMetaData meta = rows.getMetaData();
                    while (rows.next()) {
                        for (int column = 1; column <= meta.getColumnCount(); column++) {
                            Object value = rows.getObject(column);
                            if (value instanceof byte[] bytes) {
                                cells.add(new String(bytes, StandardCharsets.ISO_8859_1));
                            } else if (value != null) {
                                cells.add(value.toString());
                            }
                        }
                    }
                }
            }
        }
        return cells;
    }
}
