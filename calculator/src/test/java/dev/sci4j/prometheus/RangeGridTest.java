package dev.sci4j.prometheus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sci4j.input.InvalidInputException;
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
    void rejectsAWindowThatIsNotAWholeNumberOfSteps() {
        assertThatThrownBy(() -> RangeGrid.ending(END, Duration.ofMinutes(60), Duration.ofMinutes(7)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("--window").hasMessageContaining("--step");
    }

    @Test
    void rejectsZeroStepsAndWindowsAndTooManyPoints() {
        assertThatThrownBy(() -> RangeGrid.ending(END, Duration.ofHours(1), Duration.ZERO)).hasMessageContaining("--step");
        assertThatThrownBy(() -> RangeGrid.ending(END, Duration.ZERO, Duration.ofMinutes(1))).hasMessageContaining("--window");
        assertThatThrownBy(() -> RangeGrid.ending(END, Duration.ofDays(30), Duration.ofSeconds(1))).hasMessageContaining("11000");
    }
}
