package io.oxlinkit.testkit.data;

import io.oxlinkit.domain.id.ChannelDefinitionId;
import io.oxlinkit.domain.id.ProviderId;
import io.oxlinkit.domain.provider.AccountType;
import io.oxlinkit.domain.provider.ChannelDefinition;
import io.oxlinkit.domain.provider.ChannelMode;
import io.oxlinkit.domain.provider.CredentialField;
import io.oxlinkit.domain.provider.Provider;
import java.util.List;
import java.util.Set;

/** The test banks of the integration guide, ready to register on the fake API. */
public final class Banks {

    /** Bank 87's embedded channel. */
    public static final ChannelDefinitionId TEST_BANK_EMBEDDED = ChannelDefinitionId.of("8702");
    /** Bank 87's redirect channel. */
    public static final ChannelDefinitionId TEST_BANK_REDIRECT = ChannelDefinitionId.of("8701");
    /** HSBC's redirect channel. */
    public static final ChannelDefinitionId HSBC_REDIRECT = ChannelDefinitionId.of("redirect1");
    /** HSBC's embedded channel. */
    public static final ChannelDefinitionId HSBC_EMBEDDED = ChannelDefinitionId.of("embedded1");

    private Banks() {}

    /**
     * Bank 87 "Linxo Test Bank": a REDIRECT channel 8701 and an interactive EMBEDDED channel 8702 whose
     * login 300 is plain and password 301 is {@code encrypt:true}.
     */
    public static Provider linxoTestBank() {
        return new ProviderBuilder()
                .id("87")
                .name("Linxo Test Bank")
                .interactive(true)
                .channel(new ChannelDefinition(
                        TEST_BANK_REDIRECT,
                        ChannelMode.REDIRECT,
                        Set.of(AccountType.CHECKINGS, AccountType.CREDIT_CARD),
                        false,
                        List.of()))
                .channel(new ChannelDefinition(
                        TEST_BANK_EMBEDDED,
                        ChannelMode.EMBEDDED,
                        Set.of(AccountType.CHECKINGS, AccountType.SAVINGS),
                        true,
                        List.of(
                                CredentialField.of("300", "Identifiant", "^.{3,}$", "TEXT", false),
                                CredentialField.of("301", "Mot de passe", "^.{4,}$", "PWD", true))))
                .build();
    }

    /** Provider 119 "HSBC" exactly as the guide's JSON: {@code redirect1} and {@code embedded1}. */
    public static Provider hsbc() {
        return new ProviderBuilder()
                .id("119")
                .name("HSBC")
                .countryCode("FRA")
                .channel(new ChannelDefinition(
                        HSBC_REDIRECT,
                        ChannelMode.REDIRECT,
                        Set.of(AccountType.CHECKINGS, AccountType.CREDIT_CARD),
                        false,
                        List.of()))
                .channel(new ChannelDefinition(
                        HSBC_EMBEDDED,
                        ChannelMode.EMBEDDED,
                        Set.of(AccountType.SAVINGS, AccountType.LOAN),
                        false,
                        List.of(
                                CredentialField.of("3500", "Identifiant", "^[\\a-zA-Z0-9@._-]{7,}$", "TEXT", false),
                                CredentialField.of("3501", "Réponse mémorable", ".+", "PWD", false),
                                CredentialField.of("3502", "Mot de passe (8 car. min.)", "^.{8,}$", "PWD", true))))
                .build();
    }

    /** A provider OXLIN marks unavailable: a REDIRECT channel 6661 and an EMBEDDED one 6662. */
    public static Provider unavailableBank() {
        return new ProviderBuilder()
                .id("666")
                .name("Closed Bank")
                .unavailable(true)
                .channel(new ChannelDefinition(
                        ChannelDefinitionId.of("6661"),
                        ChannelMode.REDIRECT,
                        Set.of(AccountType.CHECKINGS),
                        false,
                        List.of()))
                .channel(new ChannelDefinition(
                        ChannelDefinitionId.of("6662"),
                        ChannelMode.EMBEDDED,
                        Set.of(AccountType.SAVINGS),
                        false,
                        loginAndPassword()))
                .build();
    }

    /**
     * Provider 870 "Scenario Bank": one EMBEDDED channel 8700 with login 300, password 301 ({@code encrypt:true})
     * and an optional scenario URL 302 whose pattern accepts the empty value, like the guide's third field.
     */
    public static Provider optionalCredentialBank() {
        List<CredentialField> fields = new java.util.ArrayList<>(loginAndPassword());
        fields.add(CredentialField.of("302", "URL du scénario (optionnel)", "^(https?://.+)?$", "URL", false));
        return new ProviderBuilder()
                .id("870")
                .name("Scenario Bank")
                .channel(new ChannelDefinition(
                        ChannelDefinitionId.of("8700"),
                        ChannelMode.EMBEDDED,
                        Set.of(AccountType.CHECKINGS, AccountType.SAVINGS),
                        false,
                        fields))
                .build();
    }

    /** Provider 880 "Living Bank": one EMBEDDED channel 8800 over checking and card accounts; script its history to change. */
    public static Provider changingHistoryBank() {
        return new ProviderBuilder()
                .id("880")
                .name("Living Bank")
                .channel(new ChannelDefinition(
                        ChannelDefinitionId.of("8800"),
                        ChannelMode.EMBEDDED,
                        Set.of(AccountType.CHECKINGS, AccountType.CREDIT_CARD),
                        false,
                        loginAndPassword()))
                .build();
    }

    /** Provider 890 "Quiz Bank": one interactive EMBEDDED channel 8900; script it to ask every input type. */
    public static Provider everyChallengeTypeBank() {
        return new ProviderBuilder()
                .id("890")
                .name("Quiz Bank")
                .interactive(true)
                .channel(new ChannelDefinition(
                        ChannelDefinitionId.of("8900"),
                        ChannelMode.EMBEDDED,
                        Set.of(AccountType.CHECKINGS),
                        true,
                        loginAndPassword()))
                .build();
    }

    private static List<CredentialField> loginAndPassword() {
        return List.of(
                CredentialField.of("300", "Identifiant", "^.{3,}$", "TEXT", false),
                CredentialField.of("301", "Mot de passe", "^.{4,}$", "PWD", true));
    }

    /** An id of no registered provider. */
    public static ProviderId unknownProvider() {
        return ProviderId.of("999999");
    }
}
