package dev.sci4j.grid;

import static dev.sci4j.grid.Fixtures.fixture;
import static dev.sci4j.grid.Fixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.sci4j.input.InvalidInputException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnergySeriesReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsKilowattHourIntervals() {
        List<EnergyInterval> intervals = EnergySeriesReader.read(fixture("energy.csv"));

        assertThat(intervals).hasSize(2);
        assertThat(intervals.get(0).start()).isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
        assertThat(intervals.get(1).energy().kwh()).isCloseTo(3.0, within(1e-12));
    }

    @Test
    void readsJoulesWithAnyHeaderCaseAndOffsets() {
        List<EnergyInterval> intervals = EnergySeriesReader.read(fixture("energy-joules.csv"));

        assertThat(intervals).singleElement().satisfies(interval -> {
            assertThat(interval.start()).isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
            assertThat(interval.energy().kwh()).isCloseTo(1.0, within(1e-12));
        });
    }

    @Test
    void energyFedThroughTheWindowMatchesTheHandComputedSum() {
        IntensitySeries series = SeriesReader.read(
                write(
                        dir,
                        "i.csv",
                        "datetime,carbon_intensity\n" + "2024-01-01T00:00:00Z,100\n2024-01-01T01:00:00Z,500\n"),
                SeriesFormat.CSV,
                IntensityType.AVERAGE);

        WindowCarbonResult result = WindowCarbon.compute(EnergySeriesReader.read(fixture("energy.csv")), series, null);

        assertThat(result.operational().grams()).isCloseTo(1600, within(1e-9));
    }

    @Test
    void badRowsNameFileLineAndField() {
        assertError(
                "start,end,energy_kwh\n2024-01-01T00:00:00Z,2024-01-01T01:00:00Z,1\n"
                        + "2024-01-01T01:00:00Z,2024-01-01T00:30:00Z,1\n",
                "line 3, field 'end'",
                "must be after start");
        assertError(
                "start,end,energy_kwh\n2024-01-01T00:00:00Z,2024-01-01T01:00:00Z,-2\n",
                "line 2, field 'energy_kwh'",
                "must not be negative");
        assertError(
                "start,end,energy_kwh\n2024-01-01T00:00:00Z,2024-01-01T01:00:00Z,lots\n",
                "line 2, field 'energy_kwh'",
                "'lots' is not a number");
        assertError(
                "start,end,energy_kwh\n2024-01-01 00:00:00,2024-01-01T01:00:00Z,1\n",
                "line 2, field 'start'",
                "has no time zone");
        assertError("start,end,energy_kwh,energy_joules\n", "line 1, field 'energy_joules'", "keep one energy column");
        assertError(
                "start,end,kwh\n2024-01-01T00:00:00Z,2024-01-01T01:00:00Z,1\n",
                "line 1, field 'energy_kwh'",
                "energy_kwh or energy_joules");
    }

    private void assertError(String content, String where, String problem) {
        Path file = write(dir, "energy.csv", content);
        assertThatThrownBy(() -> EnergySeriesReader.read(file))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(file + " " + where)
                .hasMessageContaining(problem);
    }
}
