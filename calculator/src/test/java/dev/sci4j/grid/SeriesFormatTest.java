package dev.sci4j.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sci4j.input.InvalidInputException;
import org.junit.jupiter.api.Test;

class SeriesFormatTest {
    @Test
    void parsesIdsCaseInsensitively() {
        assertThat(SeriesFormat.parse("CSV")).isEqualTo(SeriesFormat.CSV);
        assertThat(SeriesFormat.parse("ElectricityMaps")).isEqualTo(SeriesFormat.ELECTRICITY_MAPS);
        assertThat(SeriesFormat.parse("watttime")).isEqualTo(SeriesFormat.WATTTIME);
        assertThat(SeriesFormat.parse("carbon-aware")).isEqualTo(SeriesFormat.CARBON_AWARE);
    }

    @Test
    void unknownFormatListsTheIds() {
        assertThatThrownBy(() -> SeriesFormat.parse("xml"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("csv, electricitymaps, watttime, carbon-aware");
    }
}
