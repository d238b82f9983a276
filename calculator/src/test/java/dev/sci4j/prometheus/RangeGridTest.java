package dev.sci4j.prometheus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RangeGridTest {
    private static final Instant END = Instant.parse("2024-06-01T01:00:00Z");

    @Test
    void evaluatesFromStartToEndEveryStep() {
        RangeGrid g = RangeGrid.ending(END, Duration.ofHours(1), Duration.ofMinutes(5));
        assertThat(g.points()).isEqualTo(13);
        assertThat(g.at(0)).isEqualTo(Instant.parse("2024-06-01T00:00:00Z"));
        assertThat(g.at(12)).isEqualTo(END);
        assertThat(g.indexOf(Instant.parse("2024-06-01T00:10:00Z"))).isEqualTo(2);
        assertThat(g.indexOf(Instant.parse("2024-06-01T00:10:00.0004Z"))).isEqualTo(2);
        assertThat(g.indexOf(Instant.parse("2024-06-01T00:11:00Z"))).isEqualTo(-1);
        assertThat(g.indexOf(END.plusSeconds(300))).isEqualTo(-1);
    }

    @Test
    void aWindowThatIsNotAWholeNumberOfStepsIsAProblemNamingBoth() {
        assertThat(RangeGrid.problem(Duration.ofMinutes(60), Duration.ofMinutes(7), "--window", "--step"))
                .hasValueSatisfying(
                        p -> assertThat(p).contains("--window 3600 s").contains("--step 420 s"));
        assertThatThrownBy(() -> RangeGrid.ending(END, Duration.ofMinutes(60), Duration.ofMinutes(7)))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("window")
                .hasMessageContaining("step");
    }

    @Test
    void zeroStepsAndWindowsAndTooManyPointsAreProblems() {
        assertThat(RangeGrid.problem(Duration.ofHours(1), Duration.ZERO, "--window", "--step"))
                .hasValueSatisfying(p -> assertThat(p).startsWith("--step must be greater than zero"));
        assertThat(RangeGrid.problem(Duration.ZERO, Duration.ofMinutes(1), "--window", "--step"))
                .hasValueSatisfying(p -> assertThat(p).startsWith("--window must be greater than zero"));
        assertThat(RangeGrid.problem(Duration.ofDays(30), Duration.ofSeconds(1), "--window", "--step"))
                .hasValueSatisfying(p -> assertThat(p).contains("11000"));
        assertThat(RangeGrid.problem(Duration.ofHours(1), Duration.ofMinutes(5), "--window", "--step"))
                .isEmpty();
        assertThatThrownBy(() -> RangeGrid.ending(END, Duration.ofHours(1), Duration.ZERO))
                .isExactlyInstanceOf(IllegalArgumentException.class);
    }
}
