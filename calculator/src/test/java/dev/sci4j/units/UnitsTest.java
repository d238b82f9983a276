package dev.sci4j.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class UnitsTest {
    @Test
    void oneKwhIsThreePointSixMegajoules() {
        assertThat(Units.kwhToJoules(1)).isEqualTo(3_600_000.0);
        assertThat(Units.joulesToKwh(3_600_000.0)).isEqualTo(1.0);
        assertThat(Energy.ofKwh(2).joules()).isEqualTo(7_200_000.0);
        assertThat(Energy.ofJoules(1_800_000).kwh()).isEqualTo(0.5);
    }

    @Test
    void wattsForSecondsAreJoules() {
        assertThat(Units.wattSecondsToKwh(1000, 3600)).isEqualTo(1.0);
    }

    @Test
    void massConversionsRoundTrip() {
        assertThat(Units.kilogramsToGrams(1.5)).isEqualTo(1500.0);
        assertThat(Units.tonnesToGrams(1)).isEqualTo(1_000_000.0);
        assertThat(Units.gramsToTonnes(2_500_000)).isEqualTo(2.5);
        assertThat(Carbon.ofKilograms(1000).grams()).isEqualTo(1_000_000.0);
        assertThat(Carbon.ofGrams(500).kilograms()).isEqualTo(0.5);
        assertThat(Units.kgPerKwhToGPerKwh(0.494)).isCloseTo(494, within(1e-12));
    }

    @Test
    void wattTimePoundsPerMegawattHourConvertAtTheAvoirdupoisPound() {
        assertThat(Units.lbPerMwhToGPerKwh(1000)).isCloseTo(453.59237, within(1e-12));
    }

    @Test
    void aYearIs365DaysSoFourYearsIs126144000Seconds() {
        assertThat(4 * Units.SECONDS_PER_YEAR).isEqualTo(126_144_000L);
        assertThat(Units.hours(Duration.ofMinutes(90))).isEqualTo(1.5);
        assertThat(Units.seconds(Duration.ofMillis(1500))).isEqualTo(1.5);
    }

    @Test
    void operationalCarbonIsEnergyTimesIntensity() {
        assertThat(Intensity.ofGramsPerKwh(50).carbonOf(Energy.ofKwh(10)).grams())
                .isEqualTo(500.0);
    }
}
