package io.oxlinkit.testkit.fake;

import io.oxlinkit.application.port.CredentialEncryptor;
import io.oxlinkit.application.port.NewUser;
import io.oxlinkit.application.port.OxlinApi;
import io.oxlinkit.application.port.UserSecretVault;
import io.oxlinkit.domain.connection.ChannelStatus;
import io.oxlinkit.domain.id.AccountId;
import io.oxlinkit.domain.id.ChannelDefinitionId;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.ProviderId;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.domain.provider.AccountType;
import io.oxlinkit.domain.secret.SecretValue;
import io.oxlinkit.testkit.contract.api.BankRole;
import io.oxlinkit.testkit.contract.api.Emulator;
import io.oxlinkit.testkit.data.Banks;
import io.oxlinkit.testkit.memory.InMemoryUserSecretVault;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** The API contract's hooks on the in-memory {@link FakeOxlinApi}, its banks scripted as BankRole describes them. */
class FakeEmulator implements Emulator {

    static final String ACCEPTED = "correct-horse-battery";

    final FakeClock clock = new FakeClock(Instant.parse("2026-03-02T09:00:00Z"));
    final FakeOxlinApi api;
    private final Map<BankRole, ProviderId> roles = new EnumMap<>(BankRole.class);
    private final AtomicInteger users = new AtomicInteger();
    private final UserSecretVault vault = new InMemoryUserSecretVault();

    FakeEmulator() {
        this.api = new FakeOxlinApi(clock);
        scriptBanks(api);
    }

    private void scriptBanks(FakeOxlinApi fake) {
        fake.bank(Banks.linxoTestBank())
                .listAccountsAsks(GuideChallenges.sms(GuideChallenges.PHONE, GuideChallenges.CODE, 3))
                .listsAccount("Compte courant", AccountType.CHECKINGS)
                .listsAccount("Livret A", AccountType.SAVINGS)
                .listsAccount("Carte Visa", AccountType.CREDIT_CARD)
                .acceptsCredential("301", ACCEPTED);
        roles.put(BankRole.SMS_CHALLENGE, Banks.linxoTestBank().id());
        fake.bank(Banks.hsbc())
                .listsAccount("Compte chèques", AccountType.CHECKINGS)
                .listsAccount("Carte Premier", AccountType.CREDIT_CARD)
                .listsAccount("Livret Épargne", AccountType.SAVINGS)
                .listsAccount("Prêt immobilier", AccountType.LOAN)
                .acceptsCredential("3501", ACCEPTED)
                .acceptsCredential("3502", ACCEPTED)
                .transactionsPerAccount(12);
        roles.put(BankRole.TWO_CHANNELS, Banks.hsbc().id());
        fake.bank(Banks.optionalCredentialBank())
                .listsAccount("Compte joint", AccountType.CHECKINGS)
                .listsAccount("Livret jeune", AccountType.SAVINGS)
                .acceptsCredential("301", ACCEPTED);
        roles.put(BankRole.OPTIONAL_CREDENTIAL, Banks.optionalCredentialBank().id());
        fake.bank(Banks.changingHistoryBank())
                .listsAccount("Compte courant", AccountType.CHECKINGS)
                .listsAccount("Carte à débit différé", AccountType.CREDIT_CARD)
                .acceptsCredential("301", ACCEPTED)
                .transactionsPerAccount(9)
                .changesHistoryOverTime();
        roles.put(BankRole.CHANGING_HISTORY, Banks.changingHistoryBank().id());
        fake.bank(Banks.everyChallengeTypeBank())
                .listAccountsAsks(GuideChallenges.everyInputType())
                .listsAccount("Compte courant", AccountType.CHECKINGS)
                .acceptsCredential("301", ACCEPTED);
        roles.put(BankRole.EVERY_CHALLENGE_TYPE, Banks.everyChallengeTypeBank().id());
        fake.bank(Banks.unavailableBank());
        roles.put(BankRole.UNAVAILABLE, Banks.unavailableBank().id());
    }

    @Override
    public OxlinApi api() {
        return api;
    }

    @Override
    public UserSecretVault vault() {
        return vault;
    }

    @Override
    public CredentialEncryptor encryptor() {
        return new FakeCredentialEncryptor(clock);
    }

    @Override
    public UserId newUser() {
        return api.createUser(new NewUser(
                "contract" + users.incrementAndGet() + "@host.example", SecretValue.of("generated-password")));
    }

    @Override
    public Instant now() {
        return clock.instant();
    }

    @Override
    public void advance(Duration duration) {
        clock.advance(duration);
    }

    @Override
    public void expireTokens() {
        api.server().expireTokens();
    }

    @Override
    public long tokenGrants() {
        return api.tokenGrants();
    }

    @Override
    public ProviderId bank(BankRole role) {
        return roles.get(role);
    }

    @Override
    public String acceptedSecret() {
        return ACCEPTED;
    }

    @Override
    public String refusedSecret() {
        return "wrong-horse-battery";
    }

    @Override
    public Map<String, String> approveAtBank(URI authorizeUrl) {
        return api.completeAuthorization(authorizeUrl);
    }

    @Override
    public Map<String, String> denyAtBank(URI authorizeUrl) {
        return api.denyAuthorization(authorizeUrl);
    }

    @Override
    public void failNextJob(ConnectionId connection, ChannelDefinitionId channel, ChannelStatus status) {
        api.server().failNextJob(connection, channel, status);
    }

    @Override
    public void askSmsOnNextJob(ConnectionId connection, ChannelDefinitionId channel) {
        api.server().askSmsOnNextJob(connection, channel);
    }

    @Override
    public void runScheduledSync(ConnectionId connection) {
        api.triggerSync(connection);
    }

    @Override
    public void repeatNextQueueRead(UserId user) {
        api.server().repeatNextRead(user);
    }

    @Override
    public void dropQueuedEvents(UserId user) {
        api.server().dropQueuedEvents(user);
    }

    @Override
    public void seedTransactions(AccountId account, int count) {
        api.server().seedTransactions(account, count);
    }

    @Override
    public void breakServer(int status) {
        api.server().breakServer(status);
    }

    @Override
    public void recover() {
        api.server().recover();
    }

    @Override
    public void close() {
        // nothing held
    }
}
