package io.oxlinkit.domain.provider;

import io.oxlinkit.domain.id.ChannelDefinitionId;
import io.oxlinkit.domain.id.CredentialId;
import io.oxlinkit.domain.input.FieldError;
import io.oxlinkit.domain.input.InputResult;
import io.oxlinkit.domain.input.Submission;
import io.oxlinkit.domain.input.SubmittedValue;
import io.oxlinkit.domain.secret.SecretValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The credentials form of an EMBEDDED channel. {@link #fill(Map)} checks what the user typed against
 * each field (bounded length, then the server's pattern) and marks the values to encrypt.
 *
 * @param channel the channel definition the form belongs to
 * @param fields the fields in display order
 */
public record CredentialForm(ChannelDefinitionId channel, List<CredentialField> fields) {

    /** Copies the fields. */
    public CredentialForm {
        Objects.requireNonNull(channel, "channel must not be null");
        fields = List.copyOf(fields);
    }

    /**
     * Checks the user's values. Every field is required unless its pattern accepts the empty value: such
     * an optional field left out, or given empty, is left out of the submission (the server takes it so).
     * A value for an id the form does not have is refused. The values are not wiped here: the caller owns them.
     *
     * @param values what the user typed, by field id
     * @return the submission, or every problem found
     */
    public InputResult<Submission> fill(Map<CredentialId, SecretValue> values) {
        return check(values, fields);
    }

    /**
     * Checks a subset of fields, for updating one credential of a channel
     * ({@code PUT /connections/{id}/credentials/{credential_id}}).
     */
    public InputResult<Submission> fillSome(Map<CredentialId, SecretValue> values) {
        List<CredentialField> chosen =
                fields.stream().filter(f -> values.containsKey(f.id())).toList();
        return check(values, chosen);
    }

    private InputResult<Submission> check(Map<CredentialId, SecretValue> values, List<CredentialField> required) {
        List<FieldError> errors = new ArrayList<>();
        for (CredentialId given : values.keySet()) {
            if (fields.stream().noneMatch(f -> f.id().equals(given))) {
                errors.add(new FieldError(
                        given.value(),
                        FieldError.Problem.UNKNOWN_FIELD,
                        "field " + given + " is not part of channel " + channel));
            }
        }
        List<SubmittedValue> accepted = new ArrayList<>();
        for (CredentialField field : required) {
            SecretValue value = values.get(field.id());
            if ((value == null || value.length() == 0) && field.optional()) {
                continue;
            }
            if (value == null) {
                errors.add(new FieldError(
                        field.id().value(),
                        FieldError.Problem.MISSING,
                        "field " + field.id() + " (" + field.label() + ") is required"));
                continue;
            }
            field.rule()
                    .check(field.id().value(), field.label(), value)
                    .ifPresentOrElse(
                            errors::add, () -> accepted.add(new SubmittedValue(field.id(), value, field.encrypt())));
        }
        if (!errors.isEmpty()) {
            return new InputResult.Rejected<>(errors);
        }
        return new InputResult.Accepted<>(new Submission(accepted));
    }
}
