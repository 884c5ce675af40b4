package io.oxlinkit.adapter.jdbc.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.oxlinkit.domain.account.Account;
import io.oxlinkit.domain.account.AccountClassification;
import io.oxlinkit.domain.account.AccountStatus;
import io.oxlinkit.domain.challenge.Challenge;
import io.oxlinkit.domain.challenge.ChallengePrompt;
import io.oxlinkit.domain.challenge.ChallengeType;
import io.oxlinkit.domain.connection.ChannelStatus;
import io.oxlinkit.domain.connection.MaskedCredential;
import io.oxlinkit.domain.event.SyncPhase;
import io.oxlinkit.domain.id.AccountId;
import io.oxlinkit.domain.id.ChannelDefinitionId;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.CredentialId;
import io.oxlinkit.domain.id.EventId;
import io.oxlinkit.domain.journey.ChannelJourney;
import io.oxlinkit.domain.journey.ChannelTrack;
import io.oxlinkit.domain.journey.EventKey;
import io.oxlinkit.domain.journey.Journey;
import io.oxlinkit.domain.journey.NextStep;
import io.oxlinkit.domain.journey.PendingChallenge;
import io.oxlinkit.domain.journey.WaitReason;
import io.oxlinkit.domain.lifecycle.RequiredAction;
import io.oxlinkit.domain.provider.AccountType;
import io.oxlinkit.domain.provider.ChannelMode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Stored journeys: version 2 (one state per channel) reads back what it wrote for every state and every
 * action; version-1 rows, as the previous release wrote them (golden files under {@code journeys/v1}),
 * migrate on read to the step they stood for.
 */
class JourneyCodecTest {

    private static final ConnectionId CONNECTION = ConnectionId.of("c-1");
    private static final ChannelDefinitionId CHANNEL = ChannelDefinitionId.of("8701");
    private static final EventKey KEY = new EventKey(Instant.ofEpochSecond(1500), EventId.of("42"));

    private final DomainCodec codec = new DomainCodec();

    @Test
    void aV1SynchronizedRowReadsAsDone() {
        Journey journey = v1("synchronized");
        assertThat(journey.nextStep()).isEqualTo(new NextStep.Done(CONNECTION));
        assertThat(journey.channels())
                .containsExactly(new ChannelTrack(
                        CHANNEL,
                        new ChannelJourney.Synchronized(),
                        Optional.of(KEY),
                        Optional.of(Instant.ofEpochSecond(1500))));
        assertThat(journey.newest()).contains(KEY);
    }

    @Test
    void aV1RowAwaitingConsentStillAsksForIt() {
        assertThat(v1("awaiting_consent").nextStep())
                .isInstanceOfSatisfying(
                        NextStep.CollectConsent.class,
                        c -> assertThat(c.request().pendingAccounts())
                                .extracting(a -> a.id().value())
                                .containsExactly("a-1"));
    }

    @Test
    void aV1BlockerReadsAsTheChannelsAction() {
        assertThat(v1("fix_credentials").nextStep())
                .isEqualTo(new NextStep.FixCredentials(
                        CONNECTION,
                        CHANNEL,
                        ChannelMode.EMBEDDED,
                        List.of(new MaskedCredential(CredentialId.of("login"), "**mo")),
                        ChannelStatus.AUTH_FAILED));
    }

    @Test
    void aV1PendingChallengeIsStillAnswerable() {
        assertThat(v1("challenge").nextStep())
                .isInstanceOfSatisfying(
                        NextStep.AnswerChallenge.class,
                        a -> assertThat(a.prompt().challenges())
                                .extracting(Challenge::label)
                                .containsExactly("SMS code"));
    }

    @Test
    void aV1RowStoringDataStillWaitsOnIt() {
        Journey journey = v1("storing");
        assertThat(journey.nextStep()).isEqualTo(new NextStep.Wait(WaitReason.STORING_DATA));
        assertThat(journey.channelsStoringData()).containsExactly(CHANNEL);
    }

    @Test
    void aMigratedRowIsWrittenBackAsVersionTwo() {
        Journey migrated = v1("awaiting_consent");
        String written = codec.writeJourney(migrated);
        assertThat(written).startsWith("{\"v\":2,");
        assertThat(codec.readJourney(written)).isEqualTo(migrated);
    }

    @Test
    void everyStateAndEveryActionReadsBackAsWritten() {
        List<ChannelJourney> states = new ArrayList<>(List.of(
                new ChannelJourney.ListingAccounts(),
                new ChannelJourney.ChallengeAsked(
                        new PendingChallenge(EventId.of("7"), CHANNEL, SyncPhase.SYNC_ALL, prompt(), true)),
                new ChannelJourney.AwaitingAccountList(ChannelJourney.WhenNonePending.KIT_FETCHES_DATA),
                new ChannelJourney.AwaitingConsent(List.of(account())),
                new ChannelJourney.Synchronizing(),
                new ChannelJourney.StoringData(),
                new ChannelJourney.StoringData().failed(Instant.ofEpochSecond(1000)),
                new ChannelJourney.Synchronized()));
        for (RequiredAction action : everyAction()) {
            states.add(new ChannelJourney.Blocked(action, ChannelMode.REDIRECT, SyncPhase.LIST_ACCOUNTS));
        }
        for (ChannelJourney state : states) {
            Journey journey = new Journey(
                    CONNECTION,
                    List.of(
                            new ChannelTrack(CHANNEL, state, Optional.of(KEY), Optional.empty()),
                            new ChannelTrack(
                                    ChannelDefinitionId.of("13400"),
                                    new ChannelJourney.Synchronized(),
                                    Optional.empty(),
                                    Optional.of(Instant.ofEpochSecond(99)),
                                    Optional.of(Instant.ofEpochSecond(99)))),
                    Optional.of(KEY));
            assertThat(codec.readJourney(codec.writeJourney(journey)))
                    .as(state.toString())
                    .isEqualTo(journey);
        }
    }

    @Test
    void aStateALaterVersionWroteReadsAsAFreshLookAtTheAccounts() {
        String later =
                "{\"v\":3,\"connection_id\":\"c-1\",\"channels\":[{\"channel\":\"8701\",\"state\":{\"kind\":\"teleported\"}}]}";
        assertThat(codec.readJourney(later).channels().get(0).state())
                .isEqualTo(new ChannelJourney.AwaitingAccountList(ChannelJourney.WhenNonePending.KIT_FETCHES_DATA));
    }

    private static List<RequiredAction> everyAction() {
        return List.of(
                new RequiredAction.None(),
                new RequiredAction.Wait(CHANNEL),
                new RequiredAction.AnswerChallenge(CHANNEL),
                new RequiredAction.RestartChallenge(CHANNEL, ChannelStatus.CHALLENGE_FAILED),
                new RequiredAction.UpdateCredentials(
                        CHANNEL,
                        List.of(new MaskedCredential(CredentialId.of("1"), "**e7")),
                        ChannelStatus.AUTH_FAILED),
                new RequiredAction.ReauthorizeAtBank(CHANNEL, ChannelStatus.TOO_MANY_ATTEMPTS),
                new RequiredAction.ActOnProviderWebsite(CHANNEL),
                new RequiredAction.AddChannel(CHANNEL),
                new RequiredAction.RenewBeforeExpiry(CHANNEL, Instant.ofEpochSecond(2000)),
                new RequiredAction.RetryLater(CHANNEL),
                new RequiredAction.CheckUnknownStatus(CHANNEL, "BANK_MAINTENANCE"));
    }

    private static ChallengePrompt prompt() {
        return new ChallengePrompt(List.of(Challenge.of(
                CredentialId.of("code"), "SMS code", "^[0-9]{6}$", ChallengeType.NUMERIC, false, Map.of())));
    }

    private static Account account() {
        return new Account(
                AccountId.of("a-1"),
                CONNECTION,
                Optional.of("Checking"),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                AccountType.CHECKINGS,
                AccountStatus.PENDING_CONSENT,
                AccountClassification.PERSONAL,
                Optional.of(CHANNEL));
    }

    private Journey v1(String name) {
        try (InputStream in = JourneyCodecTest.class.getResourceAsStream("/journeys/v1/" + name + ".json")) {
            return codec.readJourney(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
