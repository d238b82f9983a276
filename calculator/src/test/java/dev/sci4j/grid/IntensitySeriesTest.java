package dev.sci4j.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class IntensitySeriesTest {
    private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");
    private static final Duration HOUR = Duration.ofHours(1);

    @Test
    void sortsPointsByStartWhateverTheInputOrder() {
        IntensitySeries series = new IntensitySeries(
                List.of(new IntensityPoint(T0.plus(HOUR), HOUR, 2), new IntensityPoint(T0, HOUR, 1)),
                IntensityType.AVERAGE,
                "test",
                "TW");

        assertThat(series.points()).extracting(IntensityPoint::gramsPerKwh).containsExactly(1.0, 2.0);
        assertThat(series.start()).isEqualTo(T0);
        assertThat(series.end()).isEqualTo(T0.plus(Duration.ofHours(2)));
        assertThat(series.coverage()).isEqualTo("2024-01-01T00:00:00Z–2024-01-01T02:00:00Z");
    }

    @Test
    void rejectsEmptyDuplicateAndOverlappingPointsNamingTheTimestamps() {
        assertThatThrownBy(() -> new IntensitySeries(List.of(), IntensityType.AVERAGE, "test", null))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no points");
        assertThatThrownBy(() -> new IntensitySeries(
                        List.of(new IntensityPoint(T0, HOUR, 1), new IntensityPoint(T0, HOUR, 2)),
                        IntensityType.AVERAGE,
                        "test",
                        null))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("two points starting at 2024-01-01T00:00:00Z");
        assertThatThrownBy(() -> new IntensitySeries(
                        List.of(
                                new IntensityPoint(T0, Duration.ofMinutes(90), 1),
                                new IntensityPoint(T0.plus(HOUR), HOUR, 2)),
                        IntensityType.AVERAGE,
                        "test",
                        null))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2024-01-01T00:00:00Z lasts until 2024-01-01T01:30:00Z")
                .hasMessageContaining("overlapping the point at 2024-01-01T01:00:00Z");
    }

    @Test
    void pointsRejectNonPositiveDurationsAndBadIntensities() {
        assertThatThrownBy(() -> new IntensityPoint(T0, Duration.ZERO, 1))
                .isExactlyInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IntensityPoint(T0, HOUR, -1)).isExactlyInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IntensityPoint(T0, HOUR, Double.NaN))
                .isExactlyInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void coverageListsTheContiguousRanges() {
        IntensitySeries series = new IntensitySeries(
                List.of(new IntensityPoint(T0, HOUR, 1), new IntensityPoint(T0.plus(Duration.ofHours(3)), HOUR, 2)),
                IntensityType.AVERAGE,
                "test",
                null);

        assertThat(series.coverage())
                .isEqualTo("2024-01-01T00:00:00Z–2024-01-01T01:00:00Z, 2024-01-01T03:00:00Z–2024-01-01T04:00:00Z");
    }
}
