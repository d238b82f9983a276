package dev.sci4j.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.sci4j.units.Carbon;
import dev.sci4j.units.Energy;
import dev.sci4j.units.Intensity;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SciTest {
    @Test
    void scoreIsOperationalPlusEmbodiedPerUnit() {
        SciScore s = Sci.score(Energy.ofKwh(2), 1.5, Intensity.ofGramsPerKwh(400), Carbon.ofGrams(100), 50);

        assertThat(s.facilityEnergy().kwh()).isCloseTo(3, within(1e-15));
        assertThat(s.operational().grams()).isCloseTo(1200, within(1e-9));
        assertThat(s.totalCarbon().grams()).isCloseTo(1300, within(1e-9));
        assertThat(s.gramsPerUnit()).isCloseTo(26, within(1e-12));
        assertThat(s.effectiveIntensityGPerKwh()).isCloseTo(400, within(1e-9));
    }

    @Test
    void sciIsLinearInEnergyWhenEmbodiedIsZero() {
        Random random = new Random(21031);
        for (int i = 0; i < 200; i++) {
            double kwh = random.nextDouble() * 1000;
            double k = 1 + random.nextInt(10);
            double intensity = random.nextDouble() * 900;
            double units = 1 + random.nextDouble() * 1e6;
            double one = Sci.score(Energy.ofKwh(kwh), 1, Intensity.ofGramsPerKwh(intensity), Carbon.ZERO, units)
                    .gramsPerUnit();
            double scaled = Sci.score(Energy.ofKwh(kwh * k), 1, Intensity.ofGramsPerKwh(intensity), Carbon.ZERO, units)
                    .gramsPerUnit();
            assertThat(scaled).isCloseTo(k * one, within(Math.abs(k * one) * 1e-12 + 1e-300));
        }
    }

    @Test
    void zeroUnitsIsRefusedRatherThanReturningTotalCarbon() {
        assertThatThrownBy(() -> Sci.score(Energy.ofKwh(1), 1, Intensity.ofGramsPerKwh(100), Carbon.ZERO, 0))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("R (functional units) must be greater than zero");
    }

    @Test
    void pueBelowOneIsRefused() {
        assertThatThrownBy(() -> Sci.score(Energy.ofKwh(1), 0.9, Intensity.ofGramsPerKwh(100), Carbon.ZERO, 1))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PUE");
    }

    @Test
    void effectiveIntensityIsUndefinedWithoutEnergy() {
        SciScore s = Sci.score(Energy.ZERO, 1, Carbon.ZERO, Carbon.ofGrams(0.205), 10);
        assertThat(s.effectiveIntensityGPerKwh()).isNaN();
        assertThat(s.gramsPerUnit()).isCloseTo(0.0205, within(1e-15));
    }
}
