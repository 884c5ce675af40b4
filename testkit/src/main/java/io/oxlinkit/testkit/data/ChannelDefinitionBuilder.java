package io.oxlinkit.testkit.data;

import io.oxlinkit.domain.id.ChannelDefinitionId;
import io.oxlinkit.domain.provider.AccountType;
import io.oxlinkit.domain.provider.ChannelDefinition;
import io.oxlinkit.domain.provider.ChannelMode;
import io.oxlinkit.domain.provider.CredentialField;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Builds a {@link ChannelDefinition} (an EMBEDDED login/password channel by default). */
public final class ChannelDefinitionBuilder {

    private String id = "8702";
    private ChannelMode mode = ChannelMode.EMBEDDED;
    private final Set<AccountType> accountTypes = EnumSet.of(AccountType.CHECKINGS);
    private boolean interactive;
    private final List<CredentialField> fields = new ArrayList<>();

    /** Sets the id. */
    public ChannelDefinitionBuilder id(String value) {
        this.id = value;
        return this;
    }

    /** A REDIRECT channel (no form). */
    public ChannelDefinitionBuilder redirect() {
        this.mode = ChannelMode.REDIRECT;
        return this;
    }

    /** Sets the account type. */
    public ChannelDefinitionBuilder accountType(AccountType type) {
        accountTypes.add(type);
        return this;
    }

    /** Sets the interactive. */
    public ChannelDefinitionBuilder interactive(boolean value) {
        this.interactive = value;
        return this;
    }

    /** Adds a form field; {@code encrypt} marks it for PGP encryption. */
    public ChannelDefinitionBuilder field(String fieldId, String label, String regexp, String type, boolean encrypt) {
        fields.add(CredentialField.of(fieldId, label, regexp, type, encrypt));
        return this;
    }

    /** The channel definition with the values set so far. */
    public ChannelDefinition build() {
        List<CredentialField> form = fields;
        if (mode == ChannelMode.EMBEDDED && form.isEmpty()) {
            form = List.of(
                    CredentialField.of("300", "Identifiant", "^.{3,}$", "TEXT", false),
                    CredentialField.of("301", "Mot de passe", "^.{4,}$", "PWD", true));
        }
        return new ChannelDefinition(ChannelDefinitionId.of(id), mode, accountTypes, interactive, form);
    }
}
