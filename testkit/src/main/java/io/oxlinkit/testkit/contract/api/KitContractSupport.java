package io.oxlinkit.testkit.contract.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.oxlinkit.application.HealthItem;
import io.oxlinkit.application.OxlinKit;
import io.oxlinkit.application.RedirectResult;
import io.oxlinkit.application.StepResult;
import io.oxlinkit.domain.account.Account;
import io.oxlinkit.domain.account.Transaction;
import io.oxlinkit.domain.consent.ConsentDecision;
import io.oxlinkit.domain.id.ChannelDefinitionId;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.CredentialId;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.domain.journey.NextStep;
import io.oxlinkit.domain.provider.ChannelDefinition;
import io.oxlinkit.domain.provider.ChannelMode;
import io.oxlinkit.domain.provider.CredentialField;
import io.oxlinkit.domain.secret.SecretValue;
import io.oxlinkit.testkit.memory.InMemoryAdapters;
import java.net.URI;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the kit journeys share: a host's {@link OxlinKit} on in-memory stores over the emulator's port, a
 * user, the announced steps, and the usual moves (pump then read the next step, fill a form, grant every
 * account, reach Done through EMBEDDED or REDIRECT).
 */
public abstract class KitContractSupport extends ApiContractSupport {

    protected InMemoryAdapters stores;
    protected OxlinKit kit;
    protected UserId host;
    protected final List<NextStep> announced = new CopyOnWriteArrayList<>();

    @BeforeEach
    void buildTheKit() {
        stores = InMemoryAdapters.create();
        Clock clock = new EmulatorClock(emulator::now);
        kit = stores.plugInto(OxlinKit.builder())
                .userSecretVault(emulator.vault())
                .api(api)
                .encryptor(emulator.encryptor())
                .clock(clock)
                .listener((u, c, step) -> announced.add(step))
                .build();
        host = kit.createUser("journey-" + System.nanoTime() + "@host.example");
    }

    protected NextStep pumpAndNext(ConnectionId connection) {
        kit.pumpEvents(host);
        return kit.nextStep(connection).orElseThrow();
    }

    protected Map<CredentialId, SecretValue> form(ChannelDefinition definition, String secret) {
        Map<CredentialId, SecretValue> values = new HashMap<>();
        for (CredentialField field : definition.credentials()) {
            values.put(field.id(), SecretValue.of(typedValue(field, secret)));
        }
        return values;
    }

    protected List<HealthItem> urgent() {
        return kit.refreshHealth().stream().filter(HealthItem::urgent).toList();
    }

    protected void grantAllAndFinish(ConnectionId connection) {
        NextStep consent = pumpAndNext(connection);
        assertThat(consent).isInstanceOf(NextStep.CollectConsent.class);
        List<Account> pending = consent instanceof NextStep.CollectConsent collect
                ? collect.request().pendingAccounts()
                : List.of();
        kit.giveConsent(
                connection,
                pending.stream().map(a -> ConsentDecision.grant(a.id())).toList());
        assertThat(pumpAndNext(connection)).isEqualTo(new NextStep.Done(connection));
    }

    protected ConnectionId doneEmbedded(BankRole role) {
        ChannelDefinition embedded = channel(role, ChannelMode.EMBEDDED);
        StepResult started = kit.startEmbeddedConnection(
                host, emulator.bank(role), embedded.id(), form(embedded, emulator.acceptedSecret()));
        assertThat(started).isInstanceOf(StepResult.Proceeded.class);
        ConnectionId connection = started.connection().orElseThrow();
        grantAllAndFinish(connection);
        return connection;
    }

    protected ConnectionId doneRedirect(BankRole role) {
        ChannelDefinitionId redirect = channel(role, ChannelMode.REDIRECT).id();
        RedirectResult outcome = kit.startRedirectConnection(host, emulator.bank(role), redirect, CALLBACK);
        URI authorize = outcome.url().orElseThrow();
        Map<String, String> callback = emulator.approveAtBank(authorize);
        StepResult completed = kit.completeRedirect(host, callback);
        ConnectionId connection = completed.connection().orElseThrow();
        assertThat(connection.value()).isEqualTo(callback.get("connection_id"));
        grantAllAndFinish(connection);
        return connection;
    }

    protected void everyAccountHoldsTheWholeHistory(ConnectionId connection) {
        for (Account account : kit.accounts(connection)) {
            List<Transaction> served = history(host, account.id(), 500);
            assertThat(stores.transactions().count(account.id()))
                    .as("stored for " + account.id())
                    .isEqualTo(served.size());
            assertThat(kit.transactions(account.id(), 0, 1)).containsExactly(served.get(0));
        }
    }
}
