package io.oxlinkit.domain.input;

import io.oxlinkit.domain.id.CredentialId;
import java.util.List;
import java.util.Optional;

/**
 * Checked values to send to OXLIN, in the order of the form or challenge. Holds secrets: call
 * {@link #wipe()} once they are sent.
 *
 * @param values the values, each at most once
 */
public record Submission(List<SubmittedValue> values) {

    /** Copies the list and refuses a value given twice. */
    public Submission {
        values = List.copyOf(values);
        long distinct = values.stream().map(SubmittedValue::id).distinct().count();
        if (distinct != values.size()) {
            throw new IllegalArgumentException("a submission holds each credential id at most once");
        }
    }

    /** The value for one id. */
    public Optional<SubmittedValue> value(CredentialId id) {
        return values.stream().filter(v -> v.id().equals(id)).findFirst();
    }

    /** The ids OXLIN wants encrypted. */
    public List<CredentialId> idsToEncrypt() {
        return values.stream()
                .filter(SubmittedValue::mustEncrypt)
                .map(SubmittedValue::id)
                .toList();
    }

    /** Wipes every secret of the submission. */
    public void wipe() {
        values.forEach(v -> v.value().wipe());
    }
}
