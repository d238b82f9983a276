package dev.sci4j.embodied;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.sci4j.units.Carbon;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EmbodiedShareTest {
    private static final Duration FOUR_YEARS = Duration.ofSeconds(126_144_000);

    private static void assertConforms(double actual, double expected) {
        assertThat(Math.abs(actual - expected)).isLessThanOrEqualTo(1e-12 * Math.abs(expected));
    }

    @Test
    void defaultLifespanIsFourYearsOf365Days() {
        assertThat(EmbodiedShare.DEFAULT_LIFESPAN).isEqualTo(FOUR_YEARS);
    }

    @Test
    void conformance_embodiedTimeShare_200g_30days_of_4years() {
        var share = new EmbodiedShare(Carbon.ofGrams(200), Duration.ofSeconds(2_592_000), FOUR_YEARS, 1, 1);
        assertConforms(share.carbon().grams(), 4.10958904109589);
    }

    @Test
    void conformance_pipelineEmbodied_1000000g_1s_of_4years() {
        var share = EmbodiedShare.wholeMachine(
                Carbon.ofGrams(1_000_000), Duration.ofSeconds(1), EmbodiedShare.DEFAULT_LIFESPAN);
        assertConforms(share.carbon().grams(), 0.007927447995941146);
    }

    @Test
    void specExample_1000kg_1hour_of_4years_isAbout28_5g() {
        var share = EmbodiedShare.wholeMachine(
                Carbon.ofKilograms(1000), Duration.ofHours(1), EmbodiedShare.DEFAULT_LIFESPAN);
        assertThat(share.carbon().grams()).isCloseTo(28.5, within(0.05));
    }

    @Test
    void sharesAreTimeOverLifespanAndReservedOverTotal() {
        var share = new EmbodiedShare(Carbon.ofGrams(1000), Duration.ofDays(365), FOUR_YEARS, 4, 16);
        assertThat(share.timeShare()).isCloseTo(0.25, within(1e-15));
        assertThat(share.resourceShare()).isEqualTo(0.25);
        assertThat(share.carbon().grams()).isCloseTo(62.5, within(1e-12));
    }

    @Test
    void embodiedShareIsProportionalToTimeReserved() {
        Random random = new Random(21031);
        Carbon te = Carbon.ofKilograms(1000);
        double perSecond = new EmbodiedShare(te, Duration.ofSeconds(1), FOUR_YEARS, 3, 8)
                .carbon()
                .grams();
        for (int i = 0; i < 1000; i++) {
            long seconds = random.nextInt(200_000_000);
            long nanos = random.nextInt(1_000_000_000);
            Duration tir = Duration.ofSeconds(seconds, nanos);
            double m = new EmbodiedShare(te, tir, FOUR_YEARS, 3, 8).carbon().grams();
            double expected = perSecond * (seconds + nanos / 1e9);
            assertThat(m).as("M for TiR %s", tir).isCloseTo(expected, within(1e-9 * Math.max(1, expected)));
        }
    }

    @Test
    void nothingReservedMeansNoEmbodiedShare() {
        assertThat(new EmbodiedShare(Carbon.ofGrams(500), Duration.ZERO, FOUR_YEARS, 1, 1).carbon())
                .isEqualTo(Carbon.ZERO);
        assertThat(new EmbodiedShare(Carbon.ofGrams(500), Duration.ofDays(1), FOUR_YEARS, 0, 4).carbon())
                .isEqualTo(Carbon.ZERO);
    }

    @Test
    void zeroOrNegativeLifespanIsRejected() {
        assertThatThrownBy(() -> EmbodiedShare.wholeMachine(Carbon.ofGrams(1), Duration.ofHours(1), Duration.ZERO))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected lifespan EL");
        assertThatThrownBy(
                        () -> EmbodiedShare.wholeMachine(Carbon.ofGrams(1), Duration.ofHours(1), Duration.ofDays(-1)))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected lifespan EL");
    }

    @Test
    void negativeTimeReservedIsRejected() {
        assertThatThrownBy(() -> EmbodiedShare.wholeMachine(Carbon.ofGrams(1), Duration.ofHours(-1), FOUR_YEARS))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("time reserved TiR");
    }

    @Test
    void resourcesOutsideZeroToTotalAreRejected() {
        assertThatThrownBy(() -> new EmbodiedShare(Carbon.ofGrams(1), Duration.ofHours(1), FOUR_YEARS, 5, 4))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("resources reserved RR");
        assertThatThrownBy(() -> new EmbodiedShare(Carbon.ofGrams(1), Duration.ofHours(1), FOUR_YEARS, -1, 4))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("resources reserved RR");
        assertThatThrownBy(() -> new EmbodiedShare(Carbon.ofGrams(1), Duration.ofHours(1), FOUR_YEARS, 0, 0))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("total resources ToR");
    }

    @Test
    void missingTotalEmbodiedIsRejected() {
        assertThatThrownBy(() -> EmbodiedShare.wholeMachine(null, Duration.ofHours(1), FOUR_YEARS))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("total embodied emissions TE");
    }
}
