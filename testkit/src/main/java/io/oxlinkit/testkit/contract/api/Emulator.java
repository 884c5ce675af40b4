package io.oxlinkit.testkit.contract.api;

import io.oxlinkit.application.port.CredentialEncryptor;
import io.oxlinkit.application.port.OxlinApi;
import io.oxlinkit.application.port.UserSecretVault;
import io.oxlinkit.domain.connection.ChannelStatus;
import io.oxlinkit.domain.id.AccountId;
import io.oxlinkit.domain.id.ChannelDefinitionId;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.ProviderId;
import io.oxlinkit.domain.id.UserId;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * The script hooks an emulator of the OXLIN API offers to {@code OxlinApiContract}: the API port to
 * test, and the few things only the server side can do (move its clock, make a job fail, ask a
 * challenge, repeat a queue read, answer at the bank's authorize page). One emulator per test; closing
 * it releases whatever it holds (a port, a thread).
 */
public interface Emulator extends AutoCloseable {

    /** The port under test. */
    OxlinApi api();

    /** What encrypts {@code encrypt:true} credentials so that this emulator can read them. */
    CredentialEncryptor encryptor();

    /** Where the port reads each user's OXLIN login (a host's {@code OxlinKit} must share it). */
    UserSecretVault vault();

    /** A new user the port can act for (created through {@link OxlinApi#createUser}, its login kept where the port reads it). */
    UserId newUser();

    /** The emulator's clock. */
    Instant now();

    /** Moves the emulator's clock forward; challenges, keys, tokens and histories follow it. */
    void advance(Duration duration);

    /** Every token issued so far expires now. */
    void expireTokens();

    /** How many tokens the emulator has granted so far (all grants, all users). */
    long tokenGrants();

    /** The emulator's bank playing {@code role}. */
    ProviderId bank(BankRole role);

    /** A secret the banks accept as a password. */
    String acceptedSecret();

    /** A secret the banks refuse as a password (the channel ends in AUTH_FAILED). */
    String refusedSecret();

    /** The user approves at the bank's authorize page: the query the browser brings back to the redirect URI. */
    Map<String, String> approveAtBank(URI authorizeUrl);

    /** The user refuses at the bank's authorize page: the query the browser brings back to the redirect URI. */
    Map<String, String> denyAtBank(URI authorizeUrl);

    /** The next job (LIST_ACCOUNTS or SYNC_ALL) on that channel ends with {@code status}, once. */
    void failNextJob(ConnectionId connection, ChannelDefinitionId channel, ChannelStatus status);

    /** The next job on that channel asks the guide's SMS challenge before it goes on, once. */
    void askSmsOnNextJob(ConnectionId connection, ChannelDefinitionId channel);

    /** OXLIN's own schedule: a SYNC_ALL on every channel of the connection that holds credentials. */
    void runScheduledSync(ConnectionId connection);

    /** The user's next queue read delivers its events but keeps them, so the read after repeats them. */
    void repeatNextQueueRead(UserId user);

    /** The user's waiting events are lost, as when a queue keeps them only for a while. */
    void dropQueuedEvents(UserId user);

    /** The account's history holds exactly {@code count} entries from now on (changing banks excepted). */
    void seedTransactions(AccountId account, int count);

    /** Every following call fails with this HTTP status (a 5xx the client may retry), until {@link #recover()}. */
    void breakServer(int status);

    /** Ends {@link #breakServer}. */
    void recover();

    @Override
    void close();
}
