package dev.sci4j.prometheus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sci4j.input.InvalidInputException;
import org.junit.jupiter.api.Test;

class SelectorTest {
    @Test
    void mergesTheUsersMatchersAfterSci4jsOwn() {
        assertThat(Selector.parse("{job=\"shop\", env=~\"prod|eu\"}")
                        .apply("sci_energy_joules_total", "scope=\"process\""))
                .isEqualTo("sci_energy_joules_total{scope=\"process\",job=\"shop\",env=~\"prod|eu\"}");
    }

    @Test
    void bracesAreOptionalAndEmptySelectsEverything() {
        assertThat(Selector.parse("job!=\"x\"").apply("m")).isEqualTo("m{job!=\"x\"}");
        assertThat(Selector.parse("{}").apply("m")).isEqualTo("m{}");
        assertThat(Selector.parse(null).apply("m", "a=\"b\"")).isEqualTo("m{a=\"b\"}");
    }

    @Test
    void keepsEscapedQuotesInValues() {
        assertThat(Selector.parse("{path=\"a\\\"b,c\"}").apply("m")).isEqualTo("m{path=\"a\\\"b,c\"}");
    }

    @Test
    void rejectsWhatIsNotALabelSelector() {
        assertThatThrownBy(() -> Selector.parse("up{job=\"shop\"}"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("--selector");
        assertThatThrownBy(() -> Selector.parse("{job=shop}")).hasMessageContaining("label matchers");
        assertThatThrownBy(() -> Selector.parse("{job=\"shop\"")).hasMessageContaining("unbalanced");
        assertThatThrownBy(() -> Selector.parse("{job=\"a\"} or vector(1)")).isInstanceOf(InvalidInputException.class);
    }
}
