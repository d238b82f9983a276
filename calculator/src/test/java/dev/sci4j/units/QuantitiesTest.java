package dev.sci4j.units;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sci4j.input.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuantitiesTest {
    @ParameterizedTest
    @ValueSource(doubles = {-1, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void quantitiesRejectNegativeAndNonFiniteValues(double bad) {
        assertThatThrownBy(() -> Energy.ofJoules(bad)).isInstanceOf(InvalidInputException.class).hasMessageContaining("energy");
        assertThatThrownBy(() -> Energy.ofKwh(bad)).isInstanceOf(InvalidInputException.class).hasMessageContaining("kWh");
        assertThatThrownBy(() -> Carbon.ofGrams(bad)).isInstanceOf(InvalidInputException.class).hasMessageContaining("gCO2e");
        assertThatThrownBy(() -> Intensity.ofGramsPerKwh(bad)).isInstanceOf(InvalidInputException.class).hasMessageContaining("gCO2e/kWh");
    }
}
