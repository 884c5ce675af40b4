package io.oxlinkit.domain.provider;

import io.oxlinkit.domain.id.ChannelDefinitionId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A way to reach some account types of a provider: REDIRECT (PSD2 authorize URL) or EMBEDDED (a form).
 *
 * @param id the channel definition id
 * @param mode REDIRECT or EMBEDDED
 * @param accountTypes the account types this channel reaches
 * @param interactive whether synchronizations may ask the user a challenge
 * @param credentials the form fields (empty for most REDIRECT definitions)
 */
public record ChannelDefinition(
        ChannelDefinitionId id,
        ChannelMode mode,
        Set<AccountType> accountTypes,
        boolean interactive,
        List<CredentialField> credentials) {

    /** Copies collections and requires an id and a mode. */
    public ChannelDefinition {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(mode, "mode must not be null");
        accountTypes = Set.copyOf(accountTypes);
        credentials = List.copyOf(credentials);
    }

    /** The credentials form of this channel; EMBEDDED only. */
    public CredentialForm form() {
        if (mode != ChannelMode.EMBEDDED) {
            throw new IllegalStateException("channel " + id + " is " + mode + ": only EMBEDDED channels have a form");
        }
        return new CredentialForm(id, credentials);
    }

    /** The field of the given id, if any. */
    public Optional<CredentialField> field(String credentialId) {
        return credentials.stream()
                .filter(f -> f.id().value().equals(credentialId))
                .findFirst();
    }
}
