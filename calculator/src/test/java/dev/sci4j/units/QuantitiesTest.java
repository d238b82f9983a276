package dev.sci4j.units;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuantitiesTest {
    @ParameterizedTest
    @ValueSource(doubles = {-1, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void quantitiesRejectNegativeAndNonFiniteValues(double bad) {
        assertThatThrownBy(() -> Energy.ofJoules(bad))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("energy");
        assertThatThrownBy(() -> Energy.ofKwh(bad))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("kWh");
        assertThatThrownBy(() -> Carbon.ofGrams(bad))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gCO2e");
        assertThatThrownBy(() -> Intensity.ofGramsPerKwh(bad))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gCO2e/kWh");
    }
}
