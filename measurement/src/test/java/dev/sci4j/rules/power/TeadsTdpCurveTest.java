package dev.sci4j.rules.power;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TeadsTdpCurveTest {
    @Test
    void bothReadingsPassThroughThePublishedPoints() {
        double[] pct = TeadsTdpCurve.utilizationPct();
        double[] fractions = TeadsTdpCurve.tdpFractions();
        for (int i = 0; i < pct.length; i++) {
            assertThat(TeadsTdpCurve.linearTdpFraction(pct[i])).isCloseTo(fractions[i], within(1e-12));
            assertThat(TeadsTdpCurve.splineTdpFraction(pct[i])).isCloseTo(fractions[i], within(1e-12));
        }
    }

    @Test
    void linearIsStraightBetweenPoints() {
        assertThat(TeadsTdpCurve.linearTdpFraction(30)).isCloseTo((0.32 + 0.75) / 2, within(1e-12));
    }

    @Test
    void outsideZeroToHundredIsRefused() {
        assertThatThrownBy(() -> TeadsTdpCurve.linearTdpFraction(101)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pointsAreDescribedFromTheConstants() {
        assertThat(TeadsTdpCurve.POINTS).isEqualTo("0/10/50/100 percent load -> 0.12/0.32/0.75/1.02 x TDP");
    }

    @Test
    void ccfComputeIsLinearPerVcpu() {
        assertThat(CcfCoefficients.computeWatts(4, 0.74, 3.5, 0.5)).isCloseTo(4 * (0.74 + 0.5 * 2.76), within(1e-12));
    }
}
