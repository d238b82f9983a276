package dev.sci4j.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sci4j.input.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IntensityTypeTest {
    @Test
    void parsesEachIdCaseInsensitively() {
        assertThat(IntensityType.parse("average")).isEqualTo(IntensityType.AVERAGE);
        assertThat(IntensityType.parse(" Marginal-Short-Run ")).isEqualTo(IntensityType.MARGINAL_SHORT_RUN);
        assertThat(IntensityType.parse("MARGINAL_LONG_RUN")).isEqualTo(IntensityType.MARGINAL_LONG_RUN);
        for (IntensityType type : IntensityType.values()) {
            assertThat(IntensityType.parse(type.id())).isEqualTo(type);
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "market",
                "market-based",
                "REC",
                "recs",
                "ppa",
                "eac",
                "certificate",
                "guarantee-of-origin",
                "GO",
                "i-rec",
                "residual-mix",
                "offset",
                "market based"
            })
    void rejectsMarketBasedInstrumentsWithTheStandardsReason(String word) {
        assertThatThrownBy(() -> IntensityType.parse(word))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("is a market-based instrument (RECs, PPAs, certificates), which ISO/IEC 21031"
                        + " excludes: give a location-based intensity of type average, marginal-short-run or"
                        + " marginal-long-run");
    }

    @Test
    void unknownTextListsTheAllowedIds() {
        assertThatThrownBy(() -> IntensityType.parse("median"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'median'")
                .hasMessageContaining("average, marginal-short-run, marginal-long-run");
    }

    @Test
    void missingTextIsAnError() {
        assertThatThrownBy(() -> IntensityType.parse(" "))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("missing");
    }
}
