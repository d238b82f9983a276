package dev.sci4j.power;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sci4j.input.InvalidInputException;
import org.junit.jupiter.api.Test;

class InterpolationTest {
    @Test
    void parsesLabelsIgnoringCaseAndBlanks() {
        assertThat(Interpolation.parse("linear")).isEqualTo(Interpolation.LINEAR);
        assertThat(Interpolation.parse(" SPLINE ")).isEqualTo(Interpolation.SPLINE);
    }

    @Test
    void unknownNameIsRejectedListingBothChoices() {
        assertThatThrownBy(() -> Interpolation.parse("cubic"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("interpolation 'cubic'")
                .hasMessageContaining("linear, spline");
    }

    @Test
    void missingNameIsRejected() {
        assertThatThrownBy(() -> Interpolation.parse(" "))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("interpolation is missing");
    }

    @Test
    void printsAsItsLabel() {
        assertThat(Interpolation.SPLINE).hasToString("spline");
    }
}
