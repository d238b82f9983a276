package dev.sci4j.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expected values from scipy.stats.t (SciPy 1.17). */
class StudentTTest {

    @ParameterizedTest(name = "P(T <= {0} | df {1}) = {2}")
    @CsvSource({
        "2.0, 10, 0.9633059826146299",
        "-1.5, 3.7, 0.10679908460100675",
        "0.3, 1, 0.5927735790777423",
        "4, 2.5, 0.9804935120793409",
        "0, 7, 0.5",
    })
    void cdfMatchesScipy(double t, double df, double expected) {
        assertThat(new StudentT(df).cdf(t)).isCloseTo(expected, within(1e-12));
    }

    @Test
    void upperTailKeepsPrecisionFarOut() {
        assertThat(new StudentT(30).upperTail(6)).isCloseTo(6.971384383602382e-07, within(1e-18));
    }

    @Test
    void oneDegreeOfFreedomIsCauchy() {
        assertThat(new StudentT(1).cdf(1)).isCloseTo(0.75, within(1e-14));
    }

    @ParameterizedTest(name = "quantile({1}) at df {0} = {2}")
    @CsvSource({"10, 0.975, 2.228138851986274", "4.3, 0.95, 2.0898220962719454", "2, 0.999, 22.327124770119866"})
    void quantileMatchesScipy(double df, double p, double expected) {
        assertThat(new StudentT(df).quantile(p)).isCloseTo(expected, within(1e-9));
        assertThat(new StudentT(df).quantile(1 - p)).isCloseTo(-expected, within(1e-9));
    }

    @Test
    void rejectsNonPositiveDegreesOfFreedom() {
        assertThatThrownBy(() -> new StudentT(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
