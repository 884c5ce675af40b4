package io.oxlinkit.domain.provider;

import io.oxlinkit.domain.id.CredentialId;
import io.oxlinkit.domain.input.ValueRule;
import java.util.Objects;

/**
 * One input of an EMBEDDED channel definition's form.
 *
 * @param id the credential id to send back
 * @param label what to show the user, as the provider wrote it
 * @param rule the server's {@code regexp}, checked with a bounded length
 * @param type the input type
 * @param encrypt whether the value must be PGP-encrypted on the client
 */
public record CredentialField(CredentialId id, String label, ValueRule rule, CredentialType type, boolean encrypt) {

    /** Requires every part; a missing label becomes the id. */
    public CredentialField {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(rule, "rule must not be null");
        Objects.requireNonNull(type, "type must not be null");
        label = label == null || label.isBlank() ? id.value() : label;
    }

    /** Convenience factory from wire strings. */
    public static CredentialField of(String id, String label, String regexp, String type, boolean encrypt) {
        return new CredentialField(
                CredentialId.of(id), label, ValueRule.fromRegexp(regexp), CredentialType.fromWire(type), encrypt);
    }

    /** Whether the user may leave the field out: its pattern accepts the empty value. */
    public boolean optional() {
        return rule.acceptsEmpty();
    }
}
