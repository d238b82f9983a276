package dev.sci4j.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.sci4j.stats.StudentT;
import java.util.List;
import org.junit.jupiter.api.Test;

class UncertaintyTest {
    @Test
    void threeRepetitionsUseStudentTWithTwoDegreesOfFreedom() {
        Uncertainty u = Uncertainty.of(List.of(1.0, 2.0, 3.0), 0, 0);
        // s = 1, t(0.975, 2) = 4.302652729749464, half-width = t × s / √3
        assertThat(u.meanSciGPerUnit()).isEqualTo(2.0);
        assertThat(u.repetitionHalfWidthGPerUnit()).isCloseTo(4.302652729749464 / Math.sqrt(3), within(1e-9));
        assertThat(u.lowSciGPerUnit()).isEqualTo(0.0); // clipped: carbon is never negative
        assertThat(u.highSciGPerUnit()).isCloseTo(2 + 4.302652729749464 / Math.sqrt(3), within(1e-9));
    }

    @Test
    void accuracyCombinesInQuadratureOnTheOperationalPart() {
        Uncertainty u = Uncertainty.of(List.of(10.0, 10.0), 8.0, 0.05);
        assertThat(u.repetitionHalfWidthGPerUnit()).isZero();
        assertThat(u.accuracyHalfWidthGPerUnit()).isCloseTo(0.4, within(1e-12));
        assertThat(u.lowSciGPerUnit()).isCloseTo(9.6, within(1e-12));
        assertThat(u.highSciGPerUnit()).isCloseTo(10.4, within(1e-12));
    }

    @Test
    void oneRepetitionHasOnlyTheAccuracyHalfWidth() {
        Uncertainty u = Uncertainty.of(List.of(5.0), 5.0, 0.1);
        assertThat(u.repetitionHalfWidthGPerUnit()).isZero();
        assertThat(u.highSciGPerUnit() - u.lowSciGPerUnit()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void overlappingIntervalsCannotBeToldApart() {
        Uncertainty a = Uncertainty.of(List.of(10.0), 10.0, 0.1); // 9 .. 11
        Uncertainty b = Uncertainty.of(List.of(10.8), 10.8, 0.05); // 10.26 .. 11.34
        Uncertainty c = Uncertainty.of(List.of(20.0), 20.0, 0.05); // 19 .. 21
        assertThat(a.overlaps(b)).isTrue();
        assertThat(b.overlaps(a)).isTrue();
        assertThat(a.overlaps(c)).isFalse();
    }

    @Test
    void studentTQuantilesNeverNarrowBetweenTabledValues() {
        assertThat(new StudentT(1).quantile(0.975)).isCloseTo(12.7062047, within(1e-6));
        assertThat(new StudentT(29).quantile(0.975)).isCloseTo(2.04522964, within(1e-6));
        assertThat(new StudentT(35).quantile(0.975)).isLessThan(new StudentT(30).quantile(0.975));
        assertThat(new StudentT(1000).quantile(0.975)).isGreaterThan(1.959964);
    }
}
