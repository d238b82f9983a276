package dev.sci4j.prometheus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sci4j.input.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CounterIncreasesTest {
    private static final Instant T0 = Instant.parse("2024-06-01T00:00:00Z");
    private static final RangeGrid GRID = new RangeGrid(T0, T0.plusSeconds(300), Duration.ofMinutes(1));

    @Test
    void theValueAtTheWindowStartIsTheBaseline() {
        assertThat(increases(100.0, 110.0, 130.0, 130.0, 160.0, 200.0)).containsExactly(0, 10, 20, 0, 30, 40);
    }

    @Test
    void aDropIsARestartCountedFromTheNewValue() {
        assertThat(increases(100.0, 110.0, 5.0, 25.0, 3.0, 4.0)).containsExactly(0, 10, 5, 20, 3, 1);
    }

    @Test
    void aSeriesStartingInsideTheWindowCountsFromZero() {
        assertThat(increases(null, null, 7.0, 10.0, 10.0, 12.0)).containsExactly(0, 0, 7, 3, 0, 2);
    }

    @Test
    void aGapGivesTheWholeIncreaseToTheStepWhereTheValueReappears() {
        assertThat(increases(10.0, 20.0, null, null, 50.0, 60.0)).containsExactly(0, 10, 0, 0, 30, 10);
    }

    @Test
    void stepsAddUpToTheCountedTotalWithoutExtrapolation() {
        double[] inc = increases(0.5, 1.5, 2.5, 0.25, 1.25, 2.0);
        assertThat(inc[0] + inc[1] + inc[2] + inc[3] + inc[4] + inc[5]).isEqualTo(1.0 + 1.0 + 0.25 + 1.0 + 0.75);
    }

    @Test
    void rejectsNegativeOrNotANumberValues() {
        assertThatThrownBy(() -> increases(1.0, Double.NaN))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("q{}");
        assertThatThrownBy(() -> increases(1.0, -2.0))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("never negative");
    }

    @Test
    void rejectsValuesOffTheEvaluationTimes() {
        RangeSeries off = new RangeSeries(Map.of(), List.of(new RangeSeries.Sample(T0.plusSeconds(30), 1)));
        assertThatThrownBy(() -> CounterIncreases.perStep(off, GRID, "q{}"))
                .hasMessageContaining("not one of the evaluation times");
    }

    private static double[] increases(Double... values) {
        List<RangeSeries.Sample> samples = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                samples.add(new RangeSeries.Sample(GRID.at(i), values[i]));
            }
        }
        return CounterIncreases.perStep(new RangeSeries(Map.of("instance", "a"), samples), GRID, "q{}");
    }
}
