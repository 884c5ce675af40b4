package io.oxlinkit.testkit.fake;

import io.oxlinkit.application.port.OutgoingCredential;
import io.oxlinkit.application.port.OxlinApiException;
import io.oxlinkit.domain.connection.MaskedCredential;
import io.oxlinkit.domain.id.KeyId;
import io.oxlinkit.domain.id.UserId;
import io.oxlinkit.domain.key.EncryptionKey;
import io.oxlinkit.domain.provider.ChannelDefinition;
import io.oxlinkit.domain.provider.CredentialField;
import io.oxlinkit.domain.secret.SecretValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How the fake reads credentials sent for a channel: every id must be a field of the channel, every
 * field whose pattern refuses the empty value must be there (a field whose pattern accepts it may be
 * left out), {@code encrypt:true} values must be messages of {@link FakeCredentialEncryptor} to the
 * user's unexpired key. Records each value received.
 */
final class FakeCredentialCheck {

    private final FakeDirectory directory;
    private final FakeCallLog log;

    FakeCredentialCheck(FakeDirectory directory, FakeCallLog log) {
        this.directory = directory;
        this.log = log;
    }

    /** The plaintext of every value sent, by credential id; throws the server's typed refusal. */
    Map<String, String> read(
            String operation,
            UserId user,
            ChannelDefinition definition,
            Optional<KeyId> keyId,
            List<OutgoingCredential> credentials) {
        Map<String, String> plain = new LinkedHashMap<>();
        for (OutgoingCredential credential : credentials) {
            String value = credential.value().reveal();
            log.received(operation, credential.id(), value, credential.encrypted());
            CredentialField field = definition
                    .field(credential.id().value())
                    .orElseThrow(() -> new OxlinApiException.BadRequest(
                            "invalid_credential",
                            "channel " + definition.id() + " has no credential " + credential.id(),
                            ""));
            plain.put(field.id().value(), field.encrypt() ? open(user, keyId, field, value) : value);
        }
        return plain;
    }

    /** Like {@link #read}, for a whole form: every field whose pattern refuses the empty value must be there. */
    Map<String, String> readWhole(
            String operation,
            UserId user,
            ChannelDefinition definition,
            Optional<KeyId> keyId,
            List<OutgoingCredential> credentials) {
        Map<String, String> plain = read(operation, user, definition, keyId, credentials);
        for (CredentialField field : definition.credentials()) {
            if (!plain.containsKey(field.id().value()) && !acceptsEmpty(field)) {
                throw new OxlinApiException.BadRequest(
                        "missing_credential", "credential " + field.id() + " is required", "");
            }
        }
        return plain;
    }

    private String open(UserId user, Optional<KeyId> keyId, CredentialField field, String value) {
        EncryptionKey key = directory.usableKey(user, keyId);
        FakeCredentialEncryptor.Opened opened = FakeCredentialEncryptor.reveal(value)
                .orElseThrow(() -> new OxlinApiException.Unprocessable(
                        "credential_not_encrypted",
                        "credential " + field.id() + " must be a PGP message encrypted to key " + key.id(),
                        ""));
        if (!opened.keyId().equals(key.id().value())) {
            throw new OxlinApiException.Unprocessable(
                    "wrong_key", "credential " + field.id() + " is encrypted to another key", "");
        }
        return opened.plaintext();
    }

    static boolean acceptsEmpty(CredentialField field) {
        return field.rule()
                .check(field.id().value(), field.label(), SecretValue.of(""))
                .isEmpty();
    }

    /** Whether the bank refuses one of the values (a scripted value differs). */
    static boolean refused(FakeBank bank, Map<String, String> plain) {
        return plain.entrySet().stream().anyMatch(e -> {
            String expected = bank.acceptedCredentials().get(io.oxlinkit.domain.id.CredentialId.of(e.getKey()));
            return expected != null && !expected.equals(e.getValue());
        });
    }

    /** The masked values OXLIN shows: plain text fields only, their last two characters. */
    static List<MaskedCredential> masked(ChannelDefinition definition, Map<String, String> plain) {
        List<MaskedCredential> masked = new ArrayList<>();
        for (CredentialField field : definition.credentials()) {
            String value = plain.get(field.id().value());
            if (value != null
                    && !value.isEmpty()
                    && !field.encrypt()
                    && !field.type().isMasked()) {
                masked.add(new MaskedCredential(field.id(), "**" + value.substring(Math.max(0, value.length() - 2))));
            }
        }
        return masked;
    }
}
