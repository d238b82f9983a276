package dev.sci4j.power;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TeadsCurveTest {
    private static final Duration ONE_HOUR = Duration.ofHours(1);
    private final TeadsCurve curve = TeadsCurve.standard();

    /** Relative tolerance 1e-12 of the conformance cases. */
    private static void assertConforms(double actual, double expected) {
        assertThat(Math.abs(actual - expected)).isLessThanOrEqualTo(1e-12 * Math.abs(expected));
    }

    @Test
    void conformance_teadsSplineAtKnot_200W_50pct_1h_is_0_15kWh() {
        assertConforms(curve.energy(200, 50, ONE_HOUR, Interpolation.SPLINE).kwh(), 0.15);
    }

    @Test
    void conformance_teadsLinearBetweenKnots_300W_15pct_1h() {
        assertConforms(curve.energy(300, 15, ONE_HOUR, Interpolation.LINEAR).kwh(), 0.11212500000000002);
    }

    @Test
    void conformance_teadsLinear45_1000W_1h() {
        assertConforms(curve.energy(1000, 45, ONE_HOUR, Interpolation.LINEAR).kwh(), 0.69625);
    }

    @Test
    void conformance_teadsSpline45_1000W_1h() {
        assertConforms(curve.energy(1000, 45, ONE_HOUR, Interpolation.SPLINE).kwh(), 0.7169698932926829);
    }

    @Test
    void conformance_pipelineCpuEnergy_100W_50pct_1s_2of8Vcpus_linear() {
        double kwh = curve.energy(100, 50, Duration.ofSeconds(1), Interpolation.LINEAR, new VcpuShare(2, 8))
                .kwh();
        assertConforms(kwh, 5.208333333333333e-6);
    }

    @Test
    void linearAndSplineAgreeAtThePublishedKnots() {
        double[] utilizationPct = {0, 10, 50, 100};
        double[] tdpFractions = {0.12, 0.32, 0.75, 1.02};
        for (int i = 0; i < utilizationPct.length; i++) {
            double u = utilizationPct[i];
            double expected = tdpFractions[i];
            assertThat(curve.tdpFraction(u, Interpolation.LINEAR)).isCloseTo(expected, within(1e-15));
            assertThat(curve.tdpFraction(u, Interpolation.SPLINE)).isCloseTo(expected, within(1e-15));
        }
    }

    @Test
    void splineIsContinuousWithContinuousSlopeAcrossTheInteriorKnots() {
        double eps = 1e-7;
        for (double knot : new double[] {10, 50}) {
            double left = curve.tdpFraction(knot - eps, Interpolation.SPLINE);
            double right = curve.tdpFraction(knot + eps, Interpolation.SPLINE);
            assertThat(right - left).isCloseTo(0, within(1e-6));
            double slopeLeft = (curve.tdpFraction(knot, Interpolation.SPLINE)
                            - curve.tdpFraction(knot - 1e-4, Interpolation.SPLINE))
                    / 1e-4;
            double slopeRight = (curve.tdpFraction(knot + 1e-4, Interpolation.SPLINE)
                            - curve.tdpFraction(knot, Interpolation.SPLINE))
                    / 1e-4;
            assertThat(slopeRight).isCloseTo(slopeLeft, within(1e-5));
        }
    }

    @Test
    void splineIsNaturalWithNoCurvatureAtEitherEnd() {
        double h = 1e-3;
        for (double end : new double[] {0 + h, 100 - h}) {
            double second = (curve.tdpFraction(end + h, Interpolation.SPLINE)
                            - 2 * curve.tdpFraction(end, Interpolation.SPLINE)
                            + curve.tdpFraction(end - h, Interpolation.SPLINE))
                    / (h * h);
            assertThat(second).isCloseTo(0, within(1e-4));
        }
    }

    @Test
    void splineRisesMonotonicallyOverTheWholeRange() {
        double previous = curve.tdpFraction(0, Interpolation.SPLINE);
        for (int u = 1; u <= 100; u++) {
            double current = curve.tdpFraction(u, Interpolation.SPLINE);
            assertThat(current).isGreaterThan(previous);
            previous = current;
        }
    }

    @Test
    void energyScalesWithTdpAndDuration() {
        double base = curve.energy(100, 30, ONE_HOUR, Interpolation.SPLINE).joules();
        assertThat(curve.energy(300, 30, Duration.ofHours(2), Interpolation.SPLINE)
                        .joules())
                .isCloseTo(6 * base, Percentage.withPercentage(1e-10));
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.001, 100.001, Double.NaN, Double.POSITIVE_INFINITY})
    void utilisationOutsideZeroToHundredIsRejectedNamingTheField(double utilizationPct) {
        for (Interpolation interpolation : Interpolation.values()) {
            assertThatThrownBy(() -> curve.tdpFraction(utilizationPct, interpolation))
                    .isExactlyInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("utilisation");
        }
    }

    @Test
    void negativeOrNanTdpIsRejectedNamingTheField() {
        assertThatThrownBy(() -> curve.energy(-1, 50, ONE_HOUR, Interpolation.LINEAR))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("TDP");
        assertThatThrownBy(() -> curve.energy(Double.NaN, 50, ONE_HOUR, Interpolation.LINEAR))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("TDP");
    }

    @Test
    void missingInterpolationOrDurationIsRejected() {
        assertThatThrownBy(() -> curve.tdpFraction(50, null))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("interpolation");
        assertThatThrownBy(() -> curve.energy(100, 50, null, Interpolation.LINEAR))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("duration");
    }
}
