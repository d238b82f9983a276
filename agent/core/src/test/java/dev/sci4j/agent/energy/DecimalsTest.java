package dev.sci4j.agent.energy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DecimalsTest {
    @Test
    void writesWhatTheFormatterWritesInTheRootLocale() {
        SplittableRandom random = new SplittableRandom(21031);
        double[] fixedCases = {0, 65, 0.05, 0.15, 0.25, 1.005, 2.675, 1e-7, 123456.789, 99.95, 0.125, 3.5};
        for (int places = 0; places <= 3; places++) {
            for (double v : fixedCases) {
                assertSame(v, places);
            }
            for (int i = 0; i < 2000; i++) {
                assertSame(random.nextDouble(0, 1000), places);
            }
        }
    }

    @Test
    void nonFiniteValuesAreWrittenAsJavaWritesThem() {
        assertThat(Decimals.fixed(Double.NaN, 2)).isEqualTo("NaN");
        assertThat(Decimals.fixed(Double.POSITIVE_INFINITY, 1)).isEqualTo("Infinity");
    }

    private static void assertSame(double value, int places) {
        assertThat(Decimals.fixed(value, places))
                .as("%s with %d places", value, places)
                .isEqualTo(String.format(Locale.ROOT, "%." + places + "f", value));
    }
}
