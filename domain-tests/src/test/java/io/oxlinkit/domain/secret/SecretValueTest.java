package io.oxlinkit.domain.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Rule 9: secrets are redacted, wipeable and compared in constant time. */
class SecretValueTest {

    @Test
    void toStringNeverShowsTheSecret() {
        SecretValue secret = SecretValue.of("hunter2-password");
        assertThat(secret.toString()).doesNotContain("hunter2").doesNotContain("password");
        secret.wipe();
        assertThat(secret.toString()).doesNotContain("hunter2");
    }

    @Test
    void wipeZeroesTheCharactersAndLaterUseFails() throws Exception {
        SecretValue secret = SecretValue.of("hunter2");
        java.lang.reflect.Field field = SecretValue.class.getDeclaredField("chars");
        field.setAccessible(true);
        char[] inside = (char[]) field.get(secret);
        secret.wipe();
        assertThat(inside).containsOnly('\0');
        assertThat(secret.isWiped()).isTrue();
        assertThatThrownBy(secret::reveal)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void ofCopiesTheCallerBuffer() {
        char[] typed = "abc".toCharArray();
        SecretValue secret = SecretValue.of(typed);
        typed[0] = 'z';
        assertThat(secret.reveal()).isEqualTo("abc");
    }

    @Test
    void utf8BytesEncodeNonAscii() {
        assertThat(SecretValue.of("mot de passe é€").utf8Bytes())
                .isEqualTo("mot de passe é€".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void equalityComparesContent() {
        assertThat(SecretValue.of("same")).isEqualTo(SecretValue.of("same"));
        assertThat(SecretValue.of("same")).isNotEqualTo(SecretValue.of("sane"));
        assertThat(SecretValue.of("same")).isNotEqualTo(SecretValue.of("same!"));
        assertThat(SecretValue.of("same").hashCode())
                .isEqualTo(SecretValue.of("other").hashCode());
    }

    @Test
    void comparisonReadsEveryCharacterWhateverTheFirstDifference() {
        CountingSequence differsFirst = new CountingSequence("Xbcdefgh");
        CountingSequence reference = new CountingSequence("abcdefgh");
        assertThat(ConstantTime.equals(differsFirst, reference)).isFalse();
        assertThat(differsFirst.reads).isEqualTo(8);
        assertThat(reference.reads).isEqualTo(8);

        CountingSequence shorter = new CountingSequence("ab");
        CountingSequence longer = new CountingSequence("abcdefgh");
        assertThat(ConstantTime.equals(shorter, longer)).isFalse();
        assertThat(longer.reads).isEqualTo(8);
    }

    /** A sequence that counts the characters read from it. */
    private static final class CountingSequence implements CharSequence {
        private final String value;
        private int reads;

        CountingSequence(String value) {
            this.value = value;
        }

        @Override
        public int length() {
            return value.length();
        }

        @Override
        public char charAt(int index) {
            reads++;
            return value.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return value.subSequence(start, end);
        }

        @Override
        public String toString() {
            return value;
        }
    }
}
