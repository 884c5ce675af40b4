package io.oxlinkit.domain.input;

import static org.assertj.core.api.Assertions.assertThat;

import io.oxlinkit.domain.challenge.LabelTemplate;
import io.oxlinkit.domain.secret.SecretValue;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

/**
 * What a provider definition and a challenge carry, at random: patterns built from the fragments that make
 * regular expressions backtrack, values up to the length cap, labels full of braces with params of any size.
 * A pattern's check never throws and, when it gives a verdict, gives the JDK's; a label renders within its cap
 * with its params inserted literally.
 */
class ProviderInputFuzzTest {

    private static final List<String> FRAGMENTS = List.of(
            "a", "b", "(", ")", "(?:", "*", "+", "?", "*?", "+?", "|", "{1,10}", "{2}", "\\1", "\\w", "\\d", ".", "^",
            "$", "[ab]", "[^a]", ",", "\\s", "(a|a?)", "(a+)+");

    @Provide
    Arbitrary<String> patterns() {
        return Arbitraries.of(FRAGMENTS).list().ofMinSize(1).ofMaxSize(14).map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<String> values() {
        Arbitrary<String> unit =
                Arbitraries.strings().withChars("ab, 1!").ofMinLength(1).ofMaxLength(3);
        return unit.flatMap(u -> Arbitraries.integers()
                        .between(0, ValueRule.MAX_VALUE_LENGTH / u.length())
                        .flatMap(times -> Arbitraries.strings()
                                .withChars("ab!c")
                                .ofMaxLength(2)
                                .map(tail -> u.repeat(times) + tail)))
                .filter(v -> v.length() <= ValueRule.MAX_VALUE_LENGTH);
    }

    @Property(tries = 300)
    void aPatternsCheckNeverThrowsAndItsVerdictsAreTheJdks(
            @ForAll("patterns") String pattern, @ForAll("values") String value) {
        ValueRule rule = ValueRule.fromRegexp(pattern);
        Optional<FieldError> verdict = rule.check("301", "Code", SecretValue.of(value));
        assertThat(verdict.map(FieldError::problem).orElse(FieldError.Problem.PATTERN_MISMATCH))
                .as("a full-length value is refused for its format only, or left to the server")
                .isEqualTo(FieldError.Problem.PATTERN_MISMATCH);
        // on a short value the JDK's own engine, unbounded, decides fast: the budgeted check must agree with it
        String shortValue = value.substring(0, Math.min(value.length(), 6));
        Optional<FieldError> shortVerdict = rule.check("301", "Code", SecretValue.of(shortValue));
        if (rule.enforcesPattern()) {
            assertThat(shortVerdict.isEmpty())
                    .as("%s on %s", pattern, shortValue)
                    .isEqualTo(jdkFinds(pattern, shortValue));
        } else {
            assertThat(shortVerdict)
                    .as("an unusable pattern leaves the value to the server")
                    .isEmpty();
        }
    }

    @Provide
    Arbitrary<String> labels() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of("{", "}", "{phone}", "{n}", "{ }", "{{phone}}", "{phone", "x"),
                Arbitraries.strings().withChars("{}ab $\\").ofMaxLength(8),
                Arbitraries.strings().withChars("{").ofMinLength(60).ofMaxLength(200));
        return piece.list().ofMaxSize(60).map(parts -> String.join("", parts));
    }

    @Property(tries = 300)
    void aLabelRendersWithinItsCapWithItsParamsInsertedLiterally(
            @ForAll("labels") String label, @ForAll @StringLength(max = 6000) String phone) {
        String rendered = LabelTemplate.render(label, Map.of("phone", phone, "n", "{phone}"));
        assertThat(rendered.length()).isLessThanOrEqualTo(LabelTemplate.MAX_RENDERED_LENGTH);
        String expected = reference(label, Map.of("phone", phone, "n", "{phone}"));
        assertThat(rendered)
                .isEqualTo(expected.substring(0, Math.min(expected.length(), LabelTemplate.MAX_RENDERED_LENGTH)));
    }

    private static boolean jdkFinds(String pattern, String value) {
        try {
            return Pattern.compile(pattern).matcher(value).find();
        } catch (PatternSyntaxException | StackOverflowError unusable) {
            return true;
        }
    }

    /** The rendering rule written plainly, unbounded: each {name} with a short name and a param is replaced, once. */
    private static String reference(String label, Map<String, String> params) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < label.length()) {
            int close = label.charAt(i) == '{' ? label.indexOf('}', i + 1) : -1;
            String name = close > i + 1 ? label.substring(i + 1, close) : "";
            if (!name.isEmpty() && name.length() <= LabelTemplate.MAX_NAME_LENGTH && params.containsKey(name)) {
                out.append(params.get(name));
                i = close + 1;
            } else {
                out.append(label.charAt(i));
                i++;
            }
        }
        return out.toString();
    }
}
