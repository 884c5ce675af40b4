package io.oxlinkit.domain.challenge;

import io.oxlinkit.domain.id.CredentialId;
import io.oxlinkit.domain.input.ValueRule;
import java.util.Map;
import java.util.Objects;

/**
 * One item of a challenge sent during a synchronization: a message to show, a value to type, or an
 * OK/CANCEL confirmation. Closed set: a host switches over the three kinds (plus {@link Unrecognized}).
 */
public sealed interface Challenge
        permits Challenge.Message, Challenge.Input, Challenge.Confirmation, Challenge.Unrecognized {

    /** The challenge id to answer with. */
    CredentialId id();

    /** The wire type. */
    ChallengeType type();

    /** The label as sent, with its placeholders. */
    String label();

    /** Values of the label's placeholders. */
    Map<String, String> params();

    /** The label with its placeholders replaced from {@link #params()}. */
    default String renderedLabel() {
        return LabelTemplate.render(label(), params());
    }

    /**
     * Builds the item matching {@code type}.
     *
     * @param id the challenge id
     * @param label the label with moustache placeholders
     * @param regexp the server's pattern for inputs
     * @param type the challenge type
     * @param encrypt whether an input must be encrypted on the client
     * @param params the placeholder values
     * @return the typed challenge
     */
    static Challenge of(
            CredentialId id,
            String label,
            String regexp,
            ChallengeType type,
            boolean encrypt,
            Map<String, String> params) {
        String text = label == null ? "" : label;
        if (type == ChallengeType.OK_CANCEL) {
            return new Confirmation(id, text, params);
        }
        if (type.isInput()) {
            return new Input(id, type, text, ValueRule.fromRegexp(regexp), encrypt, params);
        }
        if (type == ChallengeType.UNKNOWN) {
            return new Unrecognized(id, text, params);
        }
        return new Message(id, type, text, params);
    }

    /** An INFO_MSG, TIMEOUT_MSG or ERROR_MSG to display. */
    record Message(CredentialId id, ChallengeType type, String label, Map<String, String> params) implements Challenge {
        /** Requires a message type. */
        public Message {
            Objects.requireNonNull(id, "id must not be null");
            Objects.requireNonNull(label, "label must not be null");
            params = Map.copyOf(params);
            if (type != ChallengeType.INFO_MSG
                    && type != ChallengeType.TIMEOUT_MSG
                    && type != ChallengeType.ERROR_MSG) {
                throw new IllegalArgumentException(
                        "type of message " + id + " must be INFO_MSG, TIMEOUT_MSG or ERROR_MSG");
            }
        }
    }

    /** A value the user types (NUMERIC, TEXT, PWD, NUMERIC_PWD or DATE), checked by {@code rule}. */
    record Input(
            CredentialId id,
            ChallengeType type,
            String label,
            ValueRule rule,
            boolean encrypt,
            Map<String, String> params)
            implements Challenge {
        /** Requires an input type. */
        public Input {
            Objects.requireNonNull(id, "id must not be null");
            Objects.requireNonNull(label, "label must not be null");
            Objects.requireNonNull(rule, "rule must not be null");
            params = Map.copyOf(params);
            if (!type.isInput()) {
                throw new IllegalArgumentException("type of input " + id + " must be an input type, not " + type);
            }
        }
    }

    /** The OK/CANCEL button: answered {@code "true"} or {@code "false"}. */
    record Confirmation(CredentialId id, String label, Map<String, String> params) implements Challenge {
        /** Copies the params. */
        public Confirmation {
            Objects.requireNonNull(id, "id must not be null");
            Objects.requireNonNull(label, "label must not be null");
            params = Map.copyOf(params);
        }

        @Override
        public ChallengeType type() {
            return ChallengeType.OK_CANCEL;
        }
    }

    /** A type this version does not know: displayed like a message, never answered. */
    record Unrecognized(CredentialId id, String label, Map<String, String> params) implements Challenge {
        /** Copies the params. */
        public Unrecognized {
            Objects.requireNonNull(id, "id must not be null");
            Objects.requireNonNull(label, "label must not be null");
            params = Map.copyOf(params);
        }

        @Override
        public ChallengeType type() {
            return ChallengeType.UNKNOWN;
        }
    }
}
