package dev.sci4j.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumbersTest {
    @ParameterizedTest
    @CsvSource({
        "0.050199999999999995, 0.0502",
        "126144000, 126144000",
        "0.2774761234, 0.277476",
        "1.23456789E-9, 1.23457E-9",
        "0, 0",
        "494, 494",
        "1234567.89, 1234570",
    })
    void roundsToSixSignificantDigitsForDisplay(double value, String shown) {
        assertThat(Numbers.display(value)).isEqualTo(shown);
    }

    @Test
    void displayIgnoresTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(Numbers.display(1.5)).isEqualTo("1.5");
        } finally {
            Locale.setDefault(before);
        }
    }
}
