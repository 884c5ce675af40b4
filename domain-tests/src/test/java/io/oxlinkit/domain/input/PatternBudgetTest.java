package io.oxlinkit.domain.input;

import static org.assertj.core.api.Assertions.assertThat;

import io.oxlinkit.domain.secret.SecretValue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A provider's pattern that backtracks without end (nested quantifiers, alternations that overlap, nested lazy
 * groups, backreferences) is checked within a budget of character reads: the check gives up and leaves the
 * value to the server instead of pinning a CPU. The outcome is decided by counting reads, not by a clock; the
 * timeout only guards the suite. Ordinary patterns still accept and refuse as before.
 */
class PatternBudgetTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = ';',
            value = {
                "(a*?)*?b;a;c",
                "^(a+)+\\1b$;a;c",
                "((a{1,10}){1,10}){1,10}$;a;!",
                "^(a|a?)+\\1$;a;!",
                "^(.*?,){11}P;a,;x",
                "(\\w*)*\\1@;ab;!"
            })
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aCatastrophicPatternGivesUpWithinItsBudgetAndLeavesTheValueToTheServer(
            String pattern, String unit, String tail) {
        ValueRule rule = ValueRule.fromRegexp(pattern);
        assertThat(rule.enforcesPattern()).isTrue();
        String value = unit.repeat((ValueRule.MAX_VALUE_LENGTH - 1) / unit.length()) + tail;
        assertThat(value.length()).isLessThanOrEqualTo(ValueRule.MAX_VALUE_LENGTH);
        assertThat(rule.check("301", "Code", SecretValue.of(value)))
                .as("no verdict the kit cannot reach in bounded time")
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = ';',
            value = {"(a+)+$;a;!", "(a|aa)+$;a;!", "^(\\w+\\s?)*$;ab ;!"})
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void patternsTheJdkMemoizesAreDecidedWithinTheBudget(String pattern, String unit, String tail) {
        String value = unit.repeat((ValueRule.MAX_VALUE_LENGTH - 1) / unit.length()) + tail;
        assertThat(ValueRule.fromRegexp(pattern).check("301", "Code", SecretValue.of(value)))
                .get()
                .extracting(FieldError::problem)
                .isEqualTo(FieldError.Problem.PATTERN_MISMATCH);
    }

    @Test
    void ordinaryPatternsStillAcceptAndRefuse() {
        ValueRule sixDigits = ValueRule.fromRegexp("^[0-9]{6}$");
        assertThat(sixDigits.check("301", "Code", SecretValue.of("123456"))).isEmpty();
        assertThat(sixDigits.check("301", "Code", SecretValue.of("12a456")))
                .get()
                .extracting(FieldError::problem)
                .isEqualTo(FieldError.Problem.PATTERN_MISMATCH);
        ValueRule backreference = ValueRule.fromRegexp("^(ab)\\1$");
        assertThat(backreference.check("1", "x", SecretValue.of("abab"))).isEmpty();
        assertThat(backreference.check("1", "x", SecretValue.of("abba"))).isPresent();
        ValueRule longPassword = ValueRule.fromRegexp("^.{4,}$");
        assertThat(longPassword.check("1", "x", SecretValue.of("p".repeat(ValueRule.MAX_VALUE_LENGTH))))
                .isEmpty();
    }
}
