package io.oxlinkit.testkit.contract;

import io.oxlinkit.application.OxlinKit;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.CredentialId;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.domain.secret.SecretValue;
import io.oxlinkit.testkit.data.Banks;
import io.oxlinkit.testkit.drive.Autopilot;
import java.util.HashMap;
import java.util.Map;

/** The storage contracts' one journey: a user connects to the fake's Linxo test bank through its form and reaches Done. */
final class TestBankJourneys {

    private TestBankJourneys() {}

    /** The form's values: {@code login} and {@code password} (a fresh, mutable map the kit wipes). */
    static Map<CredentialId, SecretValue> form(String login, String password) {
        Map<CredentialId, SecretValue> values = new HashMap<>();
        values.put(CredentialId.of("300"), SecretValue.of(login));
        values.put(CredentialId.of("301"), SecretValue.of(password));
        return values;
    }

    /** Starts the EMBEDDED connection with {@code password} and drives it to Done (the SMS code 123456). */
    static ConnectionId connectedUntilDone(OxlinKit kit, UserId user, String password) {
        ConnectionId connection = kit.startEmbeddedConnection(
                        user, Banks.linxoTestBank().id(), Banks.TEST_BANK_EMBEDDED, form("login", password))
                .connection()
                .orElseThrow();
        Autopilot.answering(kit, "123456").untilDone(user, connection);
        return connection;
    }
}
