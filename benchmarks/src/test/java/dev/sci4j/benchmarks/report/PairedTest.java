package dev.sci4j.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PairedTest {
    private static final double[] BASELINE = {100, 110, 90, 100, 105};

    @Test
    void valuesArePerPairAndTheIntervalSpansThem() {
        Paired p = Paired.of(BASELINE, new double[] {99, 99, 90, 95, 105}, (a, b) -> a / b);

        assertThat(p.pairValues()).containsExactly(0.99, 0.9, 1.0, 0.95, 1.0);
        assertThat(p.median()).isEqualTo(0.99);
        assertThat(p.low()).isEqualTo(0.9);
        assertThat(p.high()).isEqualTo(1.0);
        assertThat(p.confidence()).isCloseTo(0.9375, within(1e-12));
    }

    @Test
    void aTargetIsMetOrMissedOnlyByTheWholeInterval() {
        Paired allAbove = Paired.of(BASELINE, new double[] {100, 110, 90, 100, 105}, (a, b) -> a / b);
        Paired allBelow = Paired.of(BASELINE, new double[] {90, 99, 81, 90, 94.5}, (a, b) -> a / b);
        Paired straddling = Paired.of(BASELINE, new double[] {99, 99, 90, 95, 105}, (a, b) -> a / b);

        assertThat(allAbove.verdict(0.99, false)).isTrue();
        assertThat(allBelow.verdict(0.99, false)).isFalse();
        assertThat(straddling.verdict(0.99, false)).isNull(); // median 0.99 alone would have said "pass"
        assertThat(Paired.of(BASELINE, new double[] {500, 510, 490, 500, 505}, (a, b) -> a - b)
                        .verdict(300, true))
                .isFalse();
    }

    @Test
    void twoPairsGiveOnlyAFiftyPercentInterval() {
        assertThat(Paired.of(new double[] {1, 1}, new double[] {1, 2}, (a, b) -> a / b)
                        .confidence())
                .isEqualTo(0.5);
    }

    @Test
    void unpairedRunsAreRejected() {
        assertThatThrownBy(() -> Paired.of(new double[] {1}, new double[] {1, 2}, (a, b) -> a / b))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
