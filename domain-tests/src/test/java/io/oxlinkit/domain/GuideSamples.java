package io.oxlinkit.domain;

import io.oxlinkit.domain.account.Account;
import io.oxlinkit.domain.account.AccountClassification;
import io.oxlinkit.domain.account.AccountStatus;
import io.oxlinkit.domain.challenge.Challenge;
import io.oxlinkit.domain.challenge.ChallengePrompt;
import io.oxlinkit.domain.challenge.ChallengeType;
import io.oxlinkit.domain.connection.Channel;
import io.oxlinkit.domain.connection.ChannelStatus;
import io.oxlinkit.domain.connection.Connection;
import io.oxlinkit.domain.connection.ConnectionStatus;
import io.oxlinkit.domain.connection.MaskedCredential;
import io.oxlinkit.domain.connection.Owner;
import io.oxlinkit.domain.event.Event;
import io.oxlinkit.domain.event.EventHeader;
import io.oxlinkit.domain.event.EventType;
import io.oxlinkit.domain.id.AccountId;
import io.oxlinkit.domain.id.ChannelDefinitionId;
import io.oxlinkit.domain.id.ConnectionId;
import io.oxlinkit.domain.id.CredentialId;
import io.oxlinkit.domain.id.EventId;
import io.oxlinkit.domain.id.ProviderId;
import io.oxlinkit.domain.provider.AccountType;
import io.oxlinkit.domain.provider.ChannelDefinition;
import io.oxlinkit.domain.provider.ChannelMode;
import io.oxlinkit.domain.provider.CredentialField;
import io.oxlinkit.domain.provider.Provider;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The integration guide's samples, built as domain objects (the JSON forms live in adapter fixtures). */
public final class GuideSamples {

    public static final ConnectionId CONNECTION = ConnectionId.of("17730");
    public static final ChannelDefinitionId EMBEDDED1 = ChannelDefinitionId.of("embedded1");

    private GuideSamples() {}

    /** Provider 119 "HSBC" with channels redirect1 and embedded1, as the guide's JSON. */
    public static Provider hsbc() {
        ChannelDefinition redirect = new ChannelDefinition(
                ChannelDefinitionId.of("redirect1"),
                ChannelMode.REDIRECT,
                Set.of(AccountType.CHECKINGS, AccountType.CREDIT_CARD),
                false,
                List.of());
        ChannelDefinition embedded = new ChannelDefinition(
                EMBEDDED1,
                ChannelMode.EMBEDDED,
                Set.of(AccountType.SAVINGS, AccountType.LOAN),
                false,
                List.of(
                        CredentialField.of("3500", "Identifiant", "^[\\a-zA-Z0-9@._-]{7,}$", "TEXT", false),
                        CredentialField.of("3501", "Réponse mémorable", ".+", "PWD", false),
                        CredentialField.of("3502", "Mot de passe (8 car. min.)", "^.{8,}$", "PWD", true)));
        return new Provider(
                ProviderId.of("119"),
                "HSBC",
                "FRA",
                "https://static.oxlin.io/common/pictures/providers_logos/119.png",
                List.of(redirect, embedded),
                false,
                false);
    }

    /** Connection 18902: a REDIRECT channel NEVER synchronized and an EMPTY EMBEDDED channel 13400. */
    public static Connection connection18902() {
        Channel redirect = new Channel(
                ChannelDefinitionId.of("8701"),
                ChannelMode.REDIRECT,
                ChannelStatus.NEVER,
                Optional.of(Instant.ofEpochSecond(1569974400L)),
                Optional.empty(),
                Optional.empty(),
                List.of(),
                Set.of(AccountType.CHECKINGS, AccountType.CREDIT_CARD));
        Channel empty = new Channel(
                ChannelDefinitionId.of("13400"),
                ChannelMode.EMBEDDED,
                ChannelStatus.EMPTY,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                List.of(),
                Set.of(AccountType.LOAN, AccountType.CREDIT_CARD));
        return new Connection(
                ConnectionId.of("18902"),
                ProviderId.of("87"),
                "Linxo Test Bank",
                ConnectionStatus.SUCCESS,
                true,
                List.of(redirect, empty),
                Owner.unknown(),
                Optional.of(Instant.ofEpochSecond(1562233640L)));
    }

    /** Connection 18903: FAILED, its one EMBEDDED channel 17650 in AUTH_FAILED with identifier {@code **mo}. */
    public static Connection connection18903() {
        Channel channel = new Channel(
                ChannelDefinitionId.of("17650"),
                ChannelMode.EMBEDDED,
                ChannelStatus.AUTH_FAILED,
                Optional.empty(),
                Optional.of(Instant.ofEpochSecond(1562233742L)),
                Optional.of(Instant.ofEpochSecond(1562233742L)),
                List.of(new MaskedCredential(CredentialId.of("10001"), "**mo")),
                Set.of(AccountType.CHECKINGS, AccountType.SAVINGS, AccountType.LOAN, AccountType.CREDIT_CARD));
        Owner owner = new Owner(
                Optional.of("Mr Test"),
                Optional.of("address test"),
                Optional.of(Instant.ofEpochSecond(1562233742L)),
                Optional.of("birth place test"),
                Optional.of("06******1"));
        return new Connection(
                ConnectionId.of("18903"),
                ProviderId.of("182"),
                "Demo Bank",
                ConnectionStatus.FAILED,
                true,
                List.of(channel),
                owner,
                Optional.of(Instant.ofEpochSecond(1562233721L)));
    }

    /** Challenges 303 (INFO_MSG with {phone}) and 304 (OK_CANCEL). */
    public static ChallengePrompt sendSmsPrompt() {
        return new ChallengePrompt(List.of(
                Challenge.of(
                        CredentialId.of("303"),
                        "La connexion à Banque demande la saisie d’un code envoyé par SMS sur votre téléphone au {phone}. Souhaitez vous recevoir ce code maintenant ?",
                        ".*",
                        ChallengeType.INFO_MSG,
                        false,
                        Map.of("phone", "0606060606")),
                Challenge.of(
                        CredentialId.of("304"), "Envoyer le SMS", ".*", ChallengeType.OK_CANCEL, false, Map.of())));
    }

    /** Challenges 305, 309, 306, 308, 307 as in the guide's wrong-code event. */
    public static ChallengePrompt smsCodePrompt() {
        return new ChallengePrompt(List.of(
                Challenge.of(
                        CredentialId.of("305"),
                        "Un code a été envoyé par SMS sur votre téléphone au {phone}.",
                        ".*",
                        ChallengeType.INFO_MSG,
                        false,
                        Map.of("phone", "0606060606")),
                Challenge.of(
                        CredentialId.of("309"),
                        "Code invalide. Encore {remaining_attempts} tentatives",
                        ".*",
                        ChallengeType.ERROR_MSG,
                        false,
                        Map.of("remaining_attempts", "1")),
                Challenge.of(CredentialId.of("306"), "Code", "^[0-9]{6}$", ChallengeType.NUMERIC, false, Map.of()),
                Challenge.of(
                        CredentialId.of("308"),
                        "Il vous reste {timeout} pour valider votre code.",
                        ".*",
                        ChallengeType.TIMEOUT_MSG,
                        false,
                        Map.of("timeout", "120")),
                Challenge.of(CredentialId.of("307"), "Valider", ".*", ChallengeType.OK_CANCEL, false, Map.of())));
    }

    /** The connection snapshot events carry, with the embedded channel in {@code status}. */
    public static Connection snapshot(ChannelStatus embeddedStatus) {
        Channel embedded = new Channel(
                EMBEDDED1,
                ChannelMode.EMBEDDED,
                embeddedStatus,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                List.of(new MaskedCredential(CredentialId.of("3500"), "**e7")),
                Set.of(AccountType.SAVINGS));
        return new Connection(
                CONNECTION,
                ProviderId.of("87"),
                "Test Bank",
                ConnectionStatus.RUNNING,
                true,
                List.of(embedded),
                Owner.unknown(),
                Optional.empty());
    }

    public static EventHeader header(String id, long createdAt, ChannelStatus status) {
        return new EventHeader(
                EventId.of(id),
                CONNECTION,
                Instant.ofEpochSecond(createdAt),
                Optional.of(EMBEDDED1),
                Optional.of(snapshot(status)));
    }

    public static Event challenge(String id, long createdAt, EventType type, ChallengePrompt prompt) {
        return new Event.UserInputRequested(header(id, createdAt, ChannelStatus.CHALLENGE_REQUIRED), type, prompt);
    }

    public static Event success(String id, long createdAt, EventType type) {
        return new Event.SynchronizationSucceeded(header(id, createdAt, ChannelStatus.SUCCESS), type);
    }

    public static Event failure(String id, long createdAt, EventType type, ChannelStatus status) {
        return new Event.SynchronizationFailed(header(id, createdAt, status), type);
    }

    public static Account account(String id, AccountStatus status) {
        return new Account(
                AccountId.of(id),
                CONNECTION,
                Optional.of("Compte " + id),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                AccountType.SAVINGS,
                status,
                AccountClassification.PERSONAL,
                Optional.of(EMBEDDED1));
    }
}
