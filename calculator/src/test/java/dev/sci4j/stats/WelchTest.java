package dev.sci4j.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Expected values from scipy.stats.ttest_ind(a, k*b, equal_var=False, alternative='greater'). */
class WelchTest {
    private static final SampleSummary A = SampleSummary.of(10.2, 10.5, 9.9, 10.8, 10.4);
    private static final SampleSummary B = SampleSummary.of(9.8, 9.6, 10.1, 9.7, 9.9, 9.5);

    @Test
    void matchesScipyWithoutScaling() {
        WelchResult r = Welch.greaterThanScaled(A, B, 1.0);
        assertThat(r.t()).isCloseTo(3.4042445212983825, within(1e-12));
        assertThat(r.df()).isCloseTo(6.601455988709595, within(1e-12));
        assertThat(r.pValue()).isCloseTo(0.006221878065352689, within(1e-12));
        assertThat(r.significantAt(0.05)).isTrue();
    }

    @Test
    void aRegressionWithinTheThresholdIsNotSignificant() {
        // A is about 5.4 % above B: beyond noise, but not beyond a 5 % threshold with this spread.
        WelchResult r = Welch.greaterThanScaled(A, B, 1.05);
        assertThat(r.t()).isCloseTo(0.5946837453780309, within(1e-12));
        assertThat(r.df()).isCloseTo(6.825190116655215, within(1e-12));
        assertThat(r.pValue()).isCloseTo(0.2856168381535682, within(1e-12));
        assertThat(r.significantAt(0.05)).isFalse();
    }

    @Test
    void constantSamplesGiveAnExactAnswer() {
        SampleSummary two = SampleSummary.of(2, 2, 2);
        SampleSummary one = SampleSummary.of(1, 1);
        assertThat(Welch.greaterThanScaled(two, one, 1.5).pValue()).isZero();
        assertThat(Welch.greaterThanScaled(one, two, 1).pValue()).isEqualTo(1.0);
        assertThat(Welch.greaterThanScaled(two, one, 1.5).confidenceHalfWidth(0.05))
                .isZero();
    }

    @Test
    void confidenceHalfWidthUsesTheTQuantile() {
        WelchResult r = Welch.greaterThanScaled(A, B, 1.0);
        double expected = new StudentT(r.df()).quantile(0.975) * r.standardError();
        assertThat(r.confidenceHalfWidth(0.05)).isCloseTo(expected, within(1e-15));
    }

    @Test
    void needsTwoValuesOnEachSide() {
        assertThatThrownBy(() -> Welch.greaterThanScaled(SampleSummary.of(1), B, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void summaryUsesTheUnbiasedVarianceAndTheMiddleValues() {
        SampleSummary s = SampleSummary.of(4, 1, 3, 2);
        assertThat(s.mean()).isEqualTo(2.5);
        assertThat(s.median()).isEqualTo(2.5);
        assertThat(s.stdDev()).isCloseTo(Math.sqrt(5.0 / 3), within(1e-15));
        assertThat(s.min()).isEqualTo(1.0);
        assertThat(s.max()).isEqualTo(4.0);
    }
}
