package io.oxlinkit.domain.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rule 2: rendering of moustache labels. */
class ChallengeLabelTest {

    @Test
    void placeholderRendersFromParams() {
        assertThat(LabelTemplate.render("au {phone}.", Map.of("phone", "0606060606")))
                .isEqualTo("au 0606060606.");
    }

    @Test
    void placeholderWithoutParamStaysVisible() {
        assertThat(LabelTemplate.render("Encore {remaining_attempts} tentatives", Map.of()))
                .isEqualTo("Encore {remaining_attempts} tentatives");
    }

    @Test
    void paramValuesAreInsertedLiterally() {
        assertThat(LabelTemplate.render("a {p} b", Map.of("p", "$1\\"))).isEqualTo("a $1\\ b");
        assertThat(LabelTemplate.render("a {p} b", Map.of("p", "{x}", "x", "boom")))
                .isEqualTo("a {x} b");
    }

    @Test
    void unbalancedBracesAreKept() {
        assertThat(LabelTemplate.render("{ {} {phone", Map.of("phone", "1"))).isEqualTo("{ {} {phone");
    }

    @Test
    void hostileLongLabelIsCut() {
        String rendered = LabelTemplate.render("{p}".repeat(10), Map.of("p", "x".repeat(1000)));
        assertThat(rendered).hasSize(LabelTemplate.MAX_RENDERED_LENGTH);
    }
}
