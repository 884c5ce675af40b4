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

    private Banks() {
    }

    /**
     * Bank 87 "Linxo Test Bank": a REDIRECT channel 8701 and an interactive EMBEDDED channel 8702 whose
     * login 300 is plain and password 301 is {@code encrypt:true}.
     */
    public static Provider linxoTestBank() {
        return new ProviderBuilder().id("87").name("Linxo Test Bank").interactive(true)
                .channel(new ChannelDefinition(TEST_BANK_REDIRECT, ChannelMode.REDIRECT,
                        Set.of(AccountType.CHECKINGS, AccountType.CREDIT_CARD), false, List.of()))
                .channel(new ChannelDefinition(TEST_BANK_EMBEDDED, ChannelMode.EMBEDDED,
                        Set.of(AccountType.CHECKINGS, AccountType.SAVINGS), true, List.of(
                        CredentialField.of("300", "Identifiant", "^.{3,}$", "TEXT", false),
                        CredentialField.of("301", "Mot de passe", "^.{4,}$", "PWD", true))))
                .build();
    }

    /** Provider 119 "HSBC" exactly as the guide's JSON: {@code redirect1} and {@code embedded1}. */
    public static Provider hsbc() {
        return new ProviderBuilder().id("119").name("HSBC").countryCode("FRA")
                .channel(new ChannelDefinition(HSBC_REDIRECT, ChannelMode.REDIRECT,
                        Set.of(AccountType.CHECKINGS, AccountType.CREDIT_CARD), false, List.of()))
                .channel(new ChannelDefinition(HSBC_EMBEDDED, ChannelMode.EMBEDDED, Set.of(AccountType.SAVINGS, AccountType.LOAN),
                        false, List.of(
                        CredentialField.of("3500", "Identifiant", "^[\\a-zA-Z0-9@._-]{7,}$", "TEXT", false),
                        CredentialField.of("3501", "Réponse mémorable", ".+", "PWD", false),
                        CredentialField.of("3502", "Mot de passe (8 car. min.)", "^.{8,}$", "PWD", true))))
                .build();
    }

    /** A provider OXLIN marks unavailable. */
    public static Provider unavailableBank() {
        return new ProviderBuilder().id("666").name("Closed Bank").unavailable(true)
                .channel(new ChannelDefinition(ChannelDefinitionId.of("6661"), ChannelMode.REDIRECT, Set.of(AccountType.CHECKINGS),
                        false, List.of()))
                .build();
    }

    /** An id of no registered provider. */
    public static ProviderId unknownProvider() {
        return ProviderId.of("999999");
    }
}
